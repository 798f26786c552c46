"""Translations and locale formats outside Qt: print copies, mail, problems, the CLI."""
