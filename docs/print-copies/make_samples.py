"""Render one demo invoice per language to PNG, for looking at: ``invoice-<lang>.png``.

    .venv/bin/python docs/print-copies/make_samples.py [--out docs/print-copies]

Builds the demo ledger (fixed 'today') in a temp folder, prints through the real service the
first posted invoice with at least three lines made out to a party of each language, and
converts page 1 with ``pdftoppm -r 60 -png`` (Debian package poppler-utils).
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import tempfile
from pathlib import Path

from ledgerpost.domain.documents import DocumentState, DocumentType
from ledgerpost.domain.listing import DocumentFilter
from ledgerpost.domain.parties import LANGUAGES
from ledgerpost.services.demo.company import DemoSpec, make_demo
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.printing import print_document

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        ledger = Ledger.open(str(Path(folder) / "demo.sqlite3"))
        make_demo(ledger, DemoSpec(customers=24, invoices=120, seed=1, as_of=dt.date(2026, 11, 23)))
        flt = DocumentFilter(type=DocumentType.INVOICE, state=DocumentState.POSTED)
        chosen: dict[str, int] = {}
        for summary in ledger.documents(flt, newest_first=False):
            document = ledger.document(summary.id)
            language = ledger.party(document.party_id).language
            if language not in chosen and len(document.lines) >= 3:
                chosen[language] = summary.id
        for language in LANGUAGES:
            copy = print_document(ledger, chosen[language])
            pdf = Path(folder) / f"invoice-{language}.pdf"
            pdf.write_bytes(copy.pdf)
            target = args.out / f"invoice-{language}"
            subprocess.run(
                ["pdftoppm", "-r", "60", "-png", "-singlefile", "-f", "1", str(pdf), str(target)],
                check=True,
            )
            print(f"{target}.png  <- {copy.file_name}")
        ledger.close()


if __name__ == "__main__":
    main()
