"""python -m lint.cli: the draftlint command."""

from lint.cli.app import main

main()
