"""Open amounts kept: what every party has open per document type and currency
(``open_balance``), and of the documents that fall due, per due day too (``open_amount``),
kept by triggers on ``document`` in the transaction of every change to it (posting, an
allocation or its reversal, a credit note, a fee), so they can never drift from the documents.
Built here from the existing documents.

A document counts when it is posted, an open item's type and its kept allocated amount is not
its total; it counts ``gross_minor - allocated_minor``. A document without a due date is kept
under its own date with ``by_terms`` set: the company's payment terms are added when reading.

The open documents' index (migration 0022) also holds each document's series, number and party
name, so that one party's open items are read from it alone.

Going back drops the triggers and the tables, and the index loses those columns.

Revision ID: 0026
Revises: 0024
"""

import sqlalchemy as sa
from alembic import op

revision = "0026"
down_revision = "0024"
branch_labels = None
depends_on = None

OPEN_TYPES = ("invoice", "credit-note", "receipt", "payment", "purchase-invoice", "reminder")
DUE_TYPES = ("invoice", "purchase-invoice", "reminder")
"""The types that fall due (the others are money on account)."""

DUE_INDEX = ["due_on", "by_terms", "party_id", "type", "currency", "open_minor"]
"""The ageing reads the rows due lately from this index alone."""
TRIGGERS = (
    "open_amount_insert",
    "open_amount_delete",
    "open_amount_update_old",
    "open_amount_update_new",
)
_KEYS = "state, type, party_id, currency, date, due_date, gross_minor, allocated_minor"
"""The columns a document's share depends on."""


def _quoted(types: tuple[str, ...]) -> str:
    return ", ".join(f"'{t}'" for t in types)


def _counts(row: str) -> str:
    return (
        f"{row}.state = 'posted' AND {row}.type IN ({_quoted(OPEN_TYPES)}) "
        f"AND {row}.gross_minor != {row}.allocated_minor"
    )


def _add(row: str) -> list[str]:
    """Statements adding document ``row`` (NEW or OLD) to the kept amounts."""
    return [
        "INSERT INTO open_balance (party_id, type, currency, open_minor, items) "
        f"VALUES ({row}.party_id, {row}.type, {row}.currency, "
        f"{row}.gross_minor - {row}.allocated_minor, 1) "
        "ON CONFLICT (party_id, type, currency) DO UPDATE SET "
        "open_minor = open_balance.open_minor + excluded.open_minor, "
        "items = open_balance.items + 1",
        "INSERT INTO open_amount (party_id, type, currency, due_on, by_terms, open_minor, items) "
        f"SELECT {row}.party_id, {row}.type, {row}.currency, "
        f"COALESCE({row}.due_date, {row}.date), "
        f"CASE WHEN {row}.due_date IS NULL THEN 1 ELSE 0 END, "
        f"{row}.gross_minor - {row}.allocated_minor, 1 "
        f"WHERE {row}.type IN ({_quoted(DUE_TYPES)}) "
        "ON CONFLICT (party_id, type, currency, due_on, by_terms) DO UPDATE SET "
        "open_minor = open_amount.open_minor + excluded.open_minor, "
        "items = open_amount.items + 1",
    ]


def _remove(row: str) -> list[str]:
    """Statements taking document ``row`` back out (a row emptied goes)."""
    same = f"party_id = {row}.party_id AND type = {row}.type AND currency = {row}.currency"
    day = (
        f"due_on = COALESCE({row}.due_date, {row}.date) AND "
        f"by_terms = CASE WHEN {row}.due_date IS NULL THEN 1 ELSE 0 END"
    )
    amount = f"{row}.gross_minor - {row}.allocated_minor"
    return [
        f"UPDATE open_balance SET open_minor = open_minor - ({amount}), items = items - 1 "
        f"WHERE {same}",
        f"DELETE FROM open_balance WHERE {same} AND items = 0",
        f"UPDATE open_amount SET open_minor = open_minor - ({amount}), items = items - 1 "
        f"WHERE {same} AND {day}",
        f"DELETE FROM open_amount WHERE {same} AND {day} AND items = 0",
    ]


def _sqlite_triggers() -> list[str]:
    def trigger(name: str, event: str, when: str, statements: list[str]) -> str:
        body = "".join(f"  {s};\n" for s in statements)
        return f"CREATE TRIGGER {name} AFTER {event} ON document WHEN {when}\nBEGIN\n{body}END"

    return [
        trigger("open_amount_insert", "INSERT", _counts("NEW"), _add("NEW")),
        trigger("open_amount_delete", "DELETE", _counts("OLD"), _remove("OLD")),
        # Two triggers on an update, each adding or taking out one side; in either order the
        # sums come out the same (a row is dropped only when nothing is counted in it).
        trigger("open_amount_update_old", f"UPDATE OF {_KEYS}", _counts("OLD"), _remove("OLD")),
        trigger("open_amount_update_new", f"UPDATE OF {_KEYS}", _counts("NEW"), _add("NEW")),
    ]


def _postgresql_function() -> str:
    def block(statements: list[str]) -> str:
        return "".join(f"    {s};\n" for s in statements)

    return (
        "CREATE FUNCTION open_amount_kept() RETURNS trigger AS $$\n"
        "BEGIN\n"
        f"  IF TG_OP IN ('UPDATE', 'DELETE') AND {_counts('OLD')} THEN\n"
        f"{block(_remove('OLD'))}"
        "  END IF;\n"
        f"  IF TG_OP IN ('UPDATE', 'INSERT') AND {_counts('NEW')} THEN\n"
        f"{block(_add('NEW'))}"
        "  END IF;\n"
        "  RETURN NULL;\n"
        "END;\n"
        "$$ LANGUAGE plpgsql"
    )


BUILD = [
    "INSERT INTO open_balance (party_id, type, currency, open_minor, items) "
    "SELECT party_id, type, currency, SUM(gross_minor - allocated_minor), COUNT(*) "
    f"FROM document WHERE {_counts('document')} GROUP BY party_id, type, currency",
    "INSERT INTO open_amount (party_id, type, currency, due_on, by_terms, open_minor, items) "
    "SELECT party_id, type, currency, COALESCE(due_date, date), "
    "CASE WHEN due_date IS NULL THEN 1 ELSE 0 END, SUM(gross_minor - allocated_minor), "
    f"COUNT(*) FROM document WHERE {_counts('document')} AND type IN ({_quoted(DUE_TYPES)}) "
    "GROUP BY party_id, type, currency, COALESCE(due_date, date), "
    "CASE WHEN due_date IS NULL THEN 1 ELSE 0 END",
]


OPEN = "allocated_minor != gross_minor"
OPEN_INDEX = [
    "party_id",
    "type",
    "currency",
    "date",
    "due_date",
    "state",
    "gross_minor",
    "allocated_minor",
]
"""``ix_document_open`` as migration 0022 made it."""
NAMED = ["series", "number", "party_name"]
"""What one party's open items show besides: the index holds them too, so that list reads the
index alone."""


def _open_index(columns: list[str]) -> None:
    op.drop_index("ix_document_open", table_name="document")
    op.create_index(
        "ix_document_open",
        "document",
        columns,
        sqlite_where=sa.text(OPEN),
        postgresql_where=sa.text(OPEN),
    )


def upgrade() -> None:
    _open_index(OPEN_INDEX + NAMED)
    op.create_table(
        "open_balance",
        sa.Column("party_id", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(30), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("open_minor", sa.BigInteger(), nullable=False),
        sa.Column("items", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("party_id", "type", "currency"),
    )
    op.create_table(
        "open_amount",
        sa.Column("party_id", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(30), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("by_terms", sa.Integer(), nullable=False),
        sa.Column("open_minor", sa.BigInteger(), nullable=False),
        sa.Column("items", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("party_id", "type", "currency", "due_on", "by_terms"),
    )
    op.create_index("ix_open_amount_due_on", "open_amount", DUE_INDEX)
    for statement in BUILD:
        op.execute(statement)
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_postgresql_function())
        op.execute(
            f"CREATE TRIGGER open_amount_kept AFTER INSERT OR DELETE OR UPDATE OF {_KEYS} "
            "ON document FOR EACH ROW EXECUTE FUNCTION open_amount_kept()"
        )
    else:
        for statement in _sqlite_triggers():
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS open_amount_kept ON document")
        op.execute("DROP FUNCTION IF EXISTS open_amount_kept()")
    else:
        for name in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_index("ix_open_amount_due_on", table_name="open_amount")
    op.drop_table("open_amount")
    op.drop_table("open_balance")
    _open_index(OPEN_INDEX)
