"""``python -m newscheck`` runs the command line."""

from newscheck.cli import main

main()
