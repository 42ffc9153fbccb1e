"""The README documents every command and every option of the command line."""

from pathlib import Path

import pytest

from recruitwatch.cli import cli

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_is_in_the_readme(name):
    assert f"`{name}" in README, f"README does not document `recruitwatch {name}`"


def test_readme_opens_with_the_two_commands():
    head = README.split("## Commands")[0]
    assert "bash scripts/demo.sh" in head and "bash scripts/test.sh" in head


def test_ci_runs_the_readme_test_command():
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text()
    assert "scripts/test.sh" in ci
