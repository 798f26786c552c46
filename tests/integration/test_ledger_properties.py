"""Random sequences of create / post / credit / tamper never break the ledger's invariants."""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    consumes,
    invariant,
    precondition,
    rule,
)

from ledgerpost.domain.documents import Document, DocumentType, Line
from ledgerpost.domain.parties import Company, Party, PartyKind
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage.document_repository import PostedDocumentChanged

amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999.99"), places=2)
quantities = st.decimals(min_value=Decimal("0.001"), max_value=Decimal("500"), places=3)
rates = st.sampled_from([Decimal(0), Decimal(9), Decimal(20), Decimal(22), Decimal("5.5")])
lines = st.lists(
    st.builds(Line, st.text(min_size=1, max_size=12).filter(str.strip), quantities, amounts, rates),
    min_size=1,
    max_size=5,
).map(tuple)
days = st.integers(min_value=0, max_value=400).map(lambda n: dt.date(2025, 1, 1) + dt.timedelta(n))


class LedgerMachine(RuleBasedStateMachine):
    drafts = Bundle("drafts")

    def __init__(self) -> None:
        super().__init__()
        self.folder = tempfile.TemporaryDirectory()
        self.ledger = Ledger.open(str(Path(self.folder.name) / "ledger.sqlite3"))
        self.ledger.create_company(Company("Property Test OÜ"))
        self.customers = [
            self.ledger.add_party(Party(PartyKind.CUSTOMER, name, "et"))
            for name in ("Mari Tamm", "Jörg Müller", "Иван Петров")
        ]
        self.supplier = self.ledger.add_party(Party(PartyKind.SUPPLIER, "Põhja Puit OÜ", "et"))
        self.posted: dict[int, Document] = {}
        self.issued: dict[str, int] = {}

    def teardown(self) -> None:
        self.ledger.close()
        self.folder.cleanup()

    @rule(
        target=drafts,
        who=st.integers(0, 2),
        body=lines,
        on=days,
        doc_type=st.sampled_from(
            [DocumentType.INVOICE, DocumentType.RECEIPT, DocumentType.QUOTATION]
        ),
    )
    def save_customer_draft(
        self, who: int, body: tuple[Line, ...], on: dt.date, doc_type: DocumentType
    ) -> int:
        party = self.customers[who]
        draft = self.ledger.save_draft(Document(doc_type, party.id or 0, on, "EUR", body))
        return draft.id or 0

    @rule(target=drafts, body=lines, on=days)
    def save_purchase_draft(self, body: tuple[Line, ...], on: dt.date) -> int:
        draft = self.ledger.save_draft(
            Document(DocumentType.PURCHASE_INVOICE, self.supplier.id or 0, on, "EUR", body)
        )
        return draft.id or 0

    @rule(document_id=consumes(drafts))
    def post(self, document_id: int) -> None:
        result = self.ledger.post(document_id)
        if result.posted:
            doc = result.document
            self.issued[doc.series] = self.issued.get(doc.series, 0) + 1
            assert doc.number == self.issued[doc.series]
            self.posted[document_id] = doc
        else:
            assert result.document.number is None

    @precondition(lambda self: any(d.type is DocumentType.INVOICE for d in self.posted.values()))
    @rule(pick=st.integers(min_value=0), part=st.booleans(), on=days)
    def credit(self, pick: int, part: bool, on: dt.date) -> None:
        invoices = [d for d in self.posted.values() if d.type is DocumentType.INVOICE]
        invoice = invoices[pick % len(invoices)]
        note = self.ledger.credit_note_for(
            invoice.id or 0, lines=invoice.lines[:1] if part else None, on=on
        )
        result = self.ledger.post(note.id or 0)
        if result.posted:
            self.issued["CN"] = self.issued.get("CN", 0) + 1
            self.posted[note.id or 0] = result.document
        else:
            # what is left to credit is refused; so is a credited line that rounds to nothing
            nothing = note.totals.gross <= 0
            assert [p.code for p in result.problems] == ["total" if nothing else "credit-too-much"]

    @precondition(lambda self: bool(self.posted))
    @rule(pick=st.integers(min_value=0), body=lines)
    def try_to_change_a_posted_document(self, pick: int, body: tuple[Line, ...]) -> None:
        doc = list(self.posted.values())[pick % len(self.posted)]
        with pytest.raises(PostedDocumentChanged):
            self.ledger.save_draft(replace(doc, lines=body))

    @invariant()
    def posted_documents_are_unchanged(self) -> None:
        for document_id, doc in self.posted.items():
            stored = self.ledger.document(document_id)
            assert stored == doc
            assert stored.totals == doc.totals

    @invariant()
    def invariants_hold(self) -> None:
        assert self.ledger.check() == []


LedgerMachine.TestCase.settings = settings(
    max_examples=25,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_ledger_state_machine = LedgerMachine.TestCase
