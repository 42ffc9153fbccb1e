"""`python -m recruitwatch` runs the command line."""

from recruitwatch.cli import main

main()
