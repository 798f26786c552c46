"""A letter to many parties at once, sent for real: through the real delivery worker to an
aiosmtpd server, N parties get N numbered letters, each delivered once, in each party's
language; a run repeated makes and sends nothing twice; who is left out says why; a run
stopped half-way is finished by the next one without a letter twice."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest

from ledgerpost.domain.documents import Document, DocumentType, Letter
from ledgerpost.domain.listing import DocumentFilter
from ledgerpost.domain.parties import AddressRole, EmailAddress, Party, PartyKind
from ledgerpost.domain.users import Right
from ledgerpost.services import batch_control, letter_batch, parties, printing
from ledgerpost.services.errors import LedgerError, NotAllowed
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.letter_batch import Recipients
from tests.conftest import TEST_COMPANY
from tests.helpers.mail_queue import connected, deliver
from tests.helpers.pdf_reading import pdf_text
from tests.helpers.smtp_server import SmtpTestServer
from tests.helpers.users import as_user, without

JAN_5 = dt.date(2026, 1, 5)
CUSTOMERS = {
    "en": "Northwind Traders Ltd",
    "de": "Nordwind Handels GmbH",
    "et": "Õunapuu Kõrts OÜ",
    "ru": "ООО «Северный ветер»",
}
GREETINGS = {
    "en": "Please find attached our letter",
    "de": "anbei erhalten Sie unser Schreiben",
    "et": "Manuses on meie kiri",
}
CUSTOMERS_ONLY = Recipients((PartyKind.CUSTOMER,))


@pytest.fixture
def books(tmp_path: Path) -> Iterator[Ledger]:
    ledger = Ledger.open(str(tmp_path / "books.sqlite3"))
    ledger.create_company(TEST_COMPANY)
    yield ledger
    ledger.close()


def _party(
    ledger: Ledger, name: str, language: str = "en", kind: PartyKind = PartyKind.CUSTOMER
) -> Party:
    slug = f"{kind.value}-{language}-{len(ledger.parties(archived=True))}"
    emails = (EmailAddress(f"{slug}@example.com", AddressRole.BILLING),)
    return ledger.add_party(Party(kind, name, language, emails=emails))


def _template(ledger: Ledger, party: Party, language: str = "") -> int:
    """A letter draft: the template (made out to ``party``, as any draft in the editor is)."""
    assert party.id is not None
    letter = Letter(
        "New prices from March",
        "Dear customer,\n\nFrom March our prices change.\n- coffee 3 EUR\n- tea 2 EUR",
        "Kind regards",
        "Anna Kask",
        language,
    )
    draft = ledger.save_draft(Document(DocumentType.LETTER, party.id, JAN_5, "EUR", letter=letter))
    assert draft.id is not None
    return draft.id


def _parsed(data: bytes) -> EmailMessage:
    found = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(found, EmailMessage)
    return found


def _letters(ledger: Ledger) -> list[str]:
    rows = ledger.documents(DocumentFilter(type=DocumentType.LETTER))
    return sorted(r.display_number for r in rows if r.display_number)


def test_each_party_gets_one_numbered_letter_in_its_language_once(
    books: Ledger, smtp_server: SmtpTestServer
) -> None:
    customers = {lang: _party(books, name, lang) for lang, name in CUSTOMERS.items()}
    _party(books, "Office Supplies AS", "et", PartyKind.SUPPLIER)  # not a customer: not chosen
    template = letter_batch.from_document(books, _template(books, customers["en"]))
    with connected(books, smtp_server):
        seen = letter_batch.preview(books, template, CUSTOMERS_ONLY, on=JAN_5)
        assert (seen.count, seen.cost, seen.skipped) == (4, 4, ())
        assert {r.party: r.language for r in seen.rows} == {
            name: lang for lang, name in CUSTOMERS.items()
        }
        run = letter_batch.send(books, template, CUSTOMERS_ONLY, on=JAN_5)
        assert (run.queued, run.skipped, run.stopped) == (4, (), False)
        assert sorted(run.made) == ["LET-1", "LET-2", "LET-3", "LET-4"]
        deliver(books)
        counts = batch_control.batch_counts(books, run.batch_id)
        assert (counts.sent, counts.total) == (4, 4)

        again = letter_batch.send(books, template, CUSTOMERS_ONLY, on=JAN_5)
        assert (again.made, again.queued) == ((), 0)
        assert {s.reason for s in again.skipped} == {"letter-already-made"}
        assert {s.party for s in again.skipped} == set(CUSTOMERS.values())
        deliver(books)

    assert len(smtp_server.received) == 4  # each once, nothing twice
    by_address = {r.rcpt_tos: _parsed(r.data) for r in smtp_server.received}
    for language, party in customers.items():
        message = by_address[(party.emails[0].address,)]
        assert message["Subject"] == "New prices from March"  # the letter's header
        text = message.get_body(("plain",))
        assert text is not None and text["Content-Language"] == language
        if language in GREETINGS:
            assert GREETINGS[language] in str(text.get_content())
        (copy,) = list(message.iter_attachments())
        pdf = copy.get_payload(decode=True)
        assert isinstance(pdf, bytes)
        words = pdf_text(pdf)
        assert "From March our prices change." in words and "Anna Kask" in words
    # Each letter is posted, numbered without a gap, its print copy stored in its language.
    assert _letters(books) == ["LET-1", "LET-2", "LET-3", "LET-4"]
    languages = set()
    for row in books.documents(DocumentFilter(type=DocumentType.LETTER)):
        if row.display_number:
            copy = printing.print_document(books, row.id)
            assert copy.stored
            languages.add(copy.language)
    assert languages == set(CUSTOMERS)
    assert books.document(template.document.id or 0).is_posted is False  # the template stays
    assert books.check() == []


def test_a_letter_written_in_one_language_goes_in_it_to_everyone(
    books: Ledger, smtp_server: SmtpTestServer
) -> None:
    first = _party(books, "Nordwind Handels GmbH", "de")
    _party(books, "Õunapuu Kõrts OÜ", "et")
    template = letter_batch.from_document(books, _template(books, first, language="et"))
    with connected(books, smtp_server):
        run = letter_batch.send(books, template, CUSTOMERS_ONLY, on=JAN_5)
        assert run.queued == 2
        deliver(books)
    for received in smtp_server.received:
        text = _parsed(received.data).get_body(("plain",))
        assert text is not None and text["Content-Language"] == "et"


def test_who_is_left_out_and_why(books: Ledger, smtp_server: SmtpTestServer) -> None:
    good = _party(books, "Northwind Traders Ltd")
    german = _party(books, "Nordwind Handels GmbH", "de")
    nowhere = books.add_party(Party(PartyKind.CUSTOMER, "No Address Ltd", "en"))
    broken = books.add_party(
        Party(PartyKind.CUSTOMER, "Typo AS", "en", emails=(EmailAddress("anna@@example"),))
    )
    gone = _party(books, "Closed Shop OÜ")
    assert gone.id is not None
    parties.archive(books, gone.id)
    employee = _party(books, "Jaan Tamm", "et", PartyKind.EMPLOYEE)
    template = letter_batch.from_document(books, _template(books, good))
    with connected(books, smtp_server):
        seen = letter_batch.preview(books, template, CUSTOMERS_ONLY, on=JAN_5)
        reasons = {s.party: s.reason for s in seen.skipped}
        assert reasons == {
            "No Address Ltd": "no-recipient",
            "Typo AS": "many-at",
            "Closed Shop OÜ": "letter-archived",
        }
        assert {r.party for r in seen.rows} == {good.name, german.name}
        # Only the German speakers, and cards named one by one (any kind).
        only_de = letter_batch.preview(books, template, Recipients((PartyKind.CUSTOMER,), (), "de"))
        assert [r.party for r in only_de.rows] == [german.name]
        ids = tuple(p.id or 0 for p in (employee, nowhere, gone))
        named = letter_batch.preview(books, template, Recipients(party_ids=ids))
        assert [r.party for r in named.rows] == [employee.name]
        assert {s.party for s in named.skipped} == {nowhere.name, gone.name}
        # A user who may not see addresses leaves every card out as a hidden contact.
        blind = as_user("blind", without(Right.SEE_CONTACTS))
        hidden = letter_batch.preview(books, template, CUSTOMERS_ONLY, by=blind)
        assert hidden.count == 0
        assert {s.reason for s in hidden.skipped} >= {"hidden-contact"}
        # Without the right to post, letters cannot be made (approved) at all.
        with pytest.raises(NotAllowed):
            letter_batch.send(
                books, template, CUSTOMERS_ONLY, by=as_user("s", without(Right.POST_DOCUMENTS))
            )
        with pytest.raises(NotAllowed):
            letter_batch.preview(
                books, template, CUSTOMERS_ONLY, by=as_user("n", without(Right.SEND_EMAIL))
            )

        run = letter_batch.send(books, template, CUSTOMERS_ONLY, on=JAN_5)
        assert run.queued == 2 and sorted(run.made) == ["LET-1", "LET-2"]
        assert {s.party for s in run.skipped} == {nowhere.name, broken.name, gone.name}
    assert books.check() == []  # no letter was numbered for a party it could not go to


def test_a_stopped_run_is_finished_by_the_next_without_a_letter_twice(
    books: Ledger, smtp_server: SmtpTestServer
) -> None:
    for index in range(5):
        _party(books, f"Customer {index}")
    words = Letter("Closed on Friday", "Our office is closed on Friday.", "Regards", "Anna")
    template = letter_batch.from_words(words)
    asked = []

    def stop_after_two() -> bool:
        asked.append(1)
        return len(asked) > 2

    with connected(books, smtp_server):
        first = letter_batch.send(books, template, CUSTOMERS_ONLY, stop=stop_after_two)
        assert first.stopped and (first.queued, first.not_reached) == (2, 3)
        same_words = letter_batch.from_words(words)  # typed again: the same template
        assert same_words.key == template.key
        second = letter_batch.send(books, same_words, CUSTOMERS_ONLY)
        assert (second.queued, len(second.made)) == (3, 3)
        assert {s.reason for s in second.skipped} == {"letter-already-made"}
        deliver(books)
        other = letter_batch.from_words(Letter("Closed on Monday", words.body))
        assert letter_batch.preview(books, other, CUSTOMERS_ONLY).count == 5  # another letter
    assert len(smtp_server.received) == 5
    assert len({r.rcpt_tos for r in smtp_server.received}) == 5
    assert _letters(books) == [f"LET-{n}" for n in range(1, 6)]
    assert books.check() == []


def test_a_letter_made_but_not_queued_goes_with_the_next_run(
    books: Ledger, smtp_server: SmtpTestServer
) -> None:
    """A run that stopped between making a letter and writing its message (a crash, say)
    leaves the letter without a message: the next run queues it and makes no other."""
    party = _party(books, "Northwind Traders Ltd")
    template = letter_batch.from_document(books, _template(books, party))
    sample = letter_batch._sample(template, party, "EUR", JAN_5)
    made = letter_batch._make(books, template, sample)
    assert made is not None
    with connected(books, smtp_server):
        seen = letter_batch.preview(books, template, CUSTOMERS_ONLY)
        assert [r.made for r in seen.rows] == ["LET-1"]
        run = letter_batch.send(books, template, CUSTOMERS_ONLY)
        assert (run.made, run.queued) == ((), 1)
        deliver(books)
    assert len(smtp_server.received) == 1 and _letters(books) == ["LET-1"]


def test_the_template_must_be_a_letter_with_words(books: Ledger) -> None:
    party = _party(books, "Northwind Traders Ltd")
    with pytest.raises(LedgerError) as found:
        letter_batch.preview(books, letter_batch.from_words(Letter("", "text")), CUSTOMERS_ONLY)
    assert found.value.problem is not None and found.value.problem.code == "letter-subject"
    with pytest.raises(LedgerError) as nobody:
        letter_batch.preview(books, letter_batch.from_words(Letter("S", "B")), Recipients())
    assert nobody.value.problem is not None
    assert nobody.value.problem.code == "letter-batch-no-recipients"
    assert party.id is not None
    invoice = books.save_draft(Document(DocumentType.INVOICE, party.id, JAN_5, "EUR"))
    with pytest.raises(LedgerError) as not_letter:
        letter_batch.from_document(books, invoice.id or 0)
    assert not_letter.value.problem is not None
    assert not_letter.value.problem.code == "letter-batch-template"
