"""The ageing report as CSV: one row per party and side, then the totals (party left empty)."""

from __future__ import annotations

import csv
import io
from typing import Any

from ledgerpost.domain.open_items import COLUMNS, Ageing, AgeingRow

FIELDS = ("party_id", "party", "side", "currency", *COLUMNS, "total")


def ageing_row(row: AgeingRow) -> dict[str, Any]:
    """One row of the report as plain values (amounts as exact decimal text)."""
    return {
        "party_id": row.party_id,
        "party": row.party,
        "side": row.side.value,
        "currency": row.currency,
        **{column: str(row.amount(column)) for column in COLUMNS},
        "total": str(row.total),
    }


def ageing_csv(report: Ageing) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(ageing_row(r) for r in (*report.rows, *report.totals))
    return out.getvalue()
