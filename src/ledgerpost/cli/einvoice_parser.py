"""The arguments of ``einvoice``: a document's CII XML, or the check of a file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ledgerpost.cli.rights import Exempt, runs
from ledgerpost.domain.users import Right

if TYPE_CHECKING:
    import argparse

    Commands = argparse._SubParsersAction[argparse.ArgumentParser]

FORMAT_CHOICES = ("en16931-cii", "xrechnung-cii")
TYPES_WITH_EINVOICE = ("invoice", "credit-note")


def add_einvoice_commands(commands: Commands) -> None:
    einvoices = "ledgerpost.cli.einvoice_commands:"
    einvoice = commands.add_parser(
        "einvoice",
        help="write a posted invoice or credit note as an EN 16931 e-invoice (CII XML)",
        description="Write the CII XML of a posted invoice or credit note after checking it "
        "with the official rules (schema, EN 16931, XRechnung), or check a file.",
    )
    actions = einvoice.add_subparsers(dest="einvoice_action", metavar="TYPE", required=True)
    for doc_type in TYPES_WITH_EINVOICE:
        action = actions.add_parser(doc_type, help=f"the e-invoice of a posted {doc_type}")
        action.add_argument("number", metavar="NUMBER", help="e.g. 17 or INV-17")
        action.add_argument("--format", choices=FORMAT_CHOICES, default="en16931-cii")
        action.add_argument("--out", required=True, metavar="FILE", help="the XML to write")
        # It writes the buyer's electronic address (often an email): the contact right.
        runs(action, einvoices + "run_einvoice", Right.SEE_CONTACTS, create=False, type=doc_type)
    check = actions.add_parser("validate", help="check a CII file with the official rules")
    check.add_argument("file", metavar="FILE")
    check.add_argument(
        "--format",
        choices=FORMAT_CHOICES,
        help="the rules to apply (default: those the file names in BT-24)",
    )
    runs(check, einvoices + "run_validate", Exempt("checks a file with the rules; reads no ledger"))
