"""Reminder fees booked: a posted payment reminder that charged a fee gets the journal entry
posting now makes (the party's receivables against the reminder fees income account, no VAT),
dated the reminder's day, and the chart gets that account (4900, or the next free code) when
such a reminder exists. Nothing posted changes; the fee becomes an open item of the customer.

Going back removes the reminders' entries and the account when nothing else uses it (else it
stays without its role); reminders then book nothing, as before.

Revision ID: 0024
Revises: 0023
"""

from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None

ROLE = "reminder-fees"


def upgrade() -> None:
    bind = op.get_bind()
    fees = list(
        bind.execute(
            sa.text(
                "SELECT d.id, d.party_id, d.date, d.currency, d.gross_minor, d.series, d.number,"
                " d.party_name FROM document d WHERE d.type = 'reminder' AND d.state = 'posted'"
                " AND d.gross_minor > 0 AND NOT EXISTS"
                " (SELECT 1 FROM journal_entry e WHERE e.document_id = d.id) ORDER BY d.id"
            )
        )
    )
    if not fees:
        return
    income = _fee_account(bind)
    receivables = bind.execute(
        sa.text("SELECT code FROM account WHERE role = 'receivables'")
    ).scalar()
    receivables = receivables or "1200"
    now = datetime.now().replace(microsecond=0)
    for doc_id, party_id, day, currency, gross, series, number, party_name in fees:
        entry_id = bind.execute(
            sa.text(
                "INSERT INTO journal_entry (date, description, document_id, currency, created_at,"
                " state) VALUES (:date, :text, :doc, :currency, :now, 'posted') RETURNING id"
            ),
            {
                "date": day,
                "text": f"reminder {series}-{number} {party_name}"[:300],
                "doc": doc_id,
                "currency": currency,
                "now": now,
            },
        ).scalar_one()
        line = sa.text(
            "INSERT INTO journal_line (entry_id, account, party_id, debit_minor, credit_minor,"
            " text) VALUES (:entry, :account, :party, :debit, :credit, '')"
        )
        bind.execute(
            line,
            {
                "entry": entry_id,
                "account": receivables,
                "party": party_id,
                "debit": gross,
                "credit": 0,
            },
        )
        bind.execute(
            line, {"entry": entry_id, "account": income, "party": None, "debit": 0, "credit": gross}
        )


def _fee_account(bind: sa.Connection) -> str:
    """The reminder fees account's code, added (4900 or the next free code) when missing."""
    held = bind.execute(sa.text("SELECT code FROM account WHERE role = :role"), {"role": ROLE})
    code = held.scalar()
    if code is not None:
        return str(code)
    known = set(bind.execute(sa.text("SELECT code FROM account")).scalars())
    code = "4900"
    while code in known:
        code = str(int(code) + 1)
    bind.execute(
        sa.text(
            "INSERT INTO account (code, name, kind, role, vat_code, archived)"
            " VALUES (:code, 'Reminder fees', 'income', :role, '', :no)"
        ),
        {"code": code, "role": ROLE, "no": False},
    )
    return code


def downgrade() -> None:
    bind = op.get_bind()
    booked = (
        "SELECT e.id FROM journal_entry e JOIN document d ON d.id = e.document_id"
        " WHERE d.type = 'reminder'"
    )
    bind.execute(sa.text(f"DELETE FROM journal_line WHERE entry_id IN ({booked})"))
    bind.execute(sa.text(f"DELETE FROM journal_entry WHERE id IN ({booked})"))
    bind.execute(
        sa.text(
            "DELETE FROM account WHERE role = :role AND NOT EXISTS"
            " (SELECT 1 FROM journal_line l WHERE l.account = account.code)"
        ),
        {"role": ROLE},
    )
    # An account manual entries still use stays, as an ordinary one (0023 knows no such role).
    bind.execute(sa.text("UPDATE account SET role = NULL WHERE role = :role"), {"role": ROLE})
