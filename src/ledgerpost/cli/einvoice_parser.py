"""The arguments of ``einvoice``: a document's CII XML, or the check of a file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ledgerpost.cli.rights import Exempt, runs
from ledgerpost.domain.users import Right

if TYPE_CHECKING:
    import argparse

    Commands = argparse._SubParsersAction[argparse.ArgumentParser]

FORMAT_CHOICES = (
    "facturx",
    "en16931-cii",
    "xrechnung-cii",
    "xrechnung-ubl",
    "peppol-ubl",
    "ciusro-ubl",
)
RULE_CHOICES = (
    "en16931-cii",
    "xrechnung-cii",
    "en16931-ubl",
    "xrechnung-ubl",
    "peppol-ubl",
    "ciusro-ubl",
)
TYPES_WITH_EINVOICE = ("invoice", "credit-note")


def add_einvoice_commands(commands: Commands) -> None:
    einvoices = "ledgerpost.cli.einvoice_commands:"
    einvoice = commands.add_parser(
        "einvoice",
        help="write a posted invoice or credit note as an EN 16931 e-invoice (Factur-X PDF, "
        "CII or UBL XML)",
        description="Write the e-invoice of a posted invoice or credit note after checking it "
        "with the official rules (schema, EN 16931, XRechnung, Peppol): the Factur-X print copy "
        "(PDF), or CII or UBL XML; or check a file (XML or Factur-X PDF).",
    )
    actions = einvoice.add_subparsers(dest="einvoice_action", metavar="TYPE", required=True)
    for doc_type in TYPES_WITH_EINVOICE:
        action = actions.add_parser(doc_type, help=f"the e-invoice of a posted {doc_type}")
        action.add_argument("number", metavar="NUMBER", help="e.g. 17 or INV-17")
        action.add_argument("--format", choices=FORMAT_CHOICES, default="en16931-cii")
        action.add_argument(
            "--out", required=True, metavar="FILE", help="the XML (or, for facturx, PDF) to write"
        )
        # It writes the buyer's electronic address (often an email): the contact right.
        runs(action, einvoices + "run_einvoice", Right.SEE_CONTACTS, create=False, type=doc_type)
    check = actions.add_parser(
        "validate", help="check a CII or UBL file, or a Factur-X PDF's XML, with the official rules"
    )
    check.add_argument("file", metavar="FILE")
    check.add_argument(
        "--format",
        choices=RULE_CHOICES,
        help="the rules to apply (default: those the file names in BT-24)",
    )
    runs(check, einvoices + "run_validate", Exempt("checks a file with the rules; reads no ledger"))
    received = actions.add_parser(
        "import",
        help="import received e-invoices (CII, UBL or Factur-X PDF) as draft purchase invoices",
        description="Check each file with the official rules (a file breaking only warnings is "
        "still imported), find its supplier by VAT id or electronic address, and make a draft "
        "purchase invoice with its lines, totals, number, dates and IBAN; the file is kept "
        "with the draft. A supplier number already booked is refused.",
    )
    received.add_argument("files", nargs="+", metavar="FILE")
    received.add_argument(
        "--create-supplier",
        action="store_true",
        help="make a supplier card from the invoice when none has its VAT id or address",
    )
    # It reads and writes the supplier's addresses (a card's contacts): the contact right.
    runs(received, "ledgerpost.cli.einvoice_import_commands:run_import", Right.SEE_CONTACTS)
