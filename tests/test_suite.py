"""The test suite itself: a test defined twice under one name runs only as its last
definition (Python rebinds the name), so the first one's cases silently never run."""

from __future__ import annotations

import ast
import collections
from pathlib import Path


def test_no_two_tests_in_a_module_share_a_name():
    shadowed = {}
    for path in sorted(Path(__file__).parent.rglob("test_*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        scopes = [tree] + [n for n in tree.body if isinstance(n, ast.ClassDef)]
        for scope in scopes:
            names = collections.Counter(n.name for n in scope.body
                                        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)))
            twice = sorted(name for name, k in names.items() if k > 1)
            if twice:
                shadowed[f"{path.name}:{getattr(scope, 'name', '')}"] = twice
    assert shadowed == {}
