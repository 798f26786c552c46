"""Users and rights over a real ledger (a file, and a PostgreSQL database shared by desks): login
only once a password exists, each right enforced by the services, hidden contacts, and who
queued what."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from ledgerpost.domain.documents import Document, DocumentType, Line
from ledgerpost.domain.listing import DocumentFilter
from ledgerpost.domain.parties import (
    AddressRole,
    ContactPerson,
    EmailAddress,
    Party,
    PartyKind,
)
from ledgerpost.domain.users import ADMINISTRATOR, ALL_RIGHTS, Right, SignedIn, User
from ledgerpost.services import (
    address_book,
    batch,
    credits,
    outbox,
    parties,
    reports,
    send_form,
    users,
)
from ledgerpost.services import settings as settings_service
from ledgerpost.services.errors import LoginFailed, LoginRequired, NotAllowed
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.sending import SendRequest, preflight, queue
from ledgerpost.storage.user_models import UserRow
from tests.helpers.backends import BOTH_BACKENDS, SQLITE
from tests.helpers.users import as_user, without

pytestmark = BOTH_BACKENDS

ADMIN_PASSWORD = "hobune ja kaer"


def first_invoice(ledger: Ledger) -> int:
    rows = ledger.documents(DocumentFilter(type=DocumentType.INVOICE))
    return next(r.id for r in rows if r.number is not None)


def test_a_fresh_ledger_has_one_administrator_and_asks_for_no_password(ledger: Ledger) -> None:
    assert not users.login_required(ledger)
    admin = users.session(ledger)
    assert admin.login == ADMINISTRATOR and admin.user.rights == ALL_RIGHTS
    assert [u.login for u in users.users(ledger)] == [ADMINISTRATOR]


def test_once_a_password_exists_a_login_is_required(ledger: Ledger) -> None:
    admin = users.session(ledger)
    assert users.set_password(ledger, ADMINISTRATOR, ADMIN_PASSWORD, admin) == []
    assert users.login_required(ledger)
    with pytest.raises(LoginRequired):
        users.session(ledger)
    with pytest.raises(LoginRequired):
        credits.add(ledger, 10, "TOPUP")  # no session: the services refuse too
    session = users.authenticate(ledger, ADMINISTRATOR, ADMIN_PASSWORD)
    assert session.login == ADMINISTRATOR and session.may(Right.MANAGE_USERS)


def test_a_failed_login_does_not_say_whether_the_name_or_the_password_was_wrong(
    ledger: Ledger,
) -> None:
    users.set_password(ledger, ADMINISTRATOR, ADMIN_PASSWORD)
    with pytest.raises(LoginFailed) as wrong_password:
        users.authenticate(ledger, ADMINISTRATOR, "not it at all")
    with pytest.raises(LoginFailed) as wrong_name:
        users.authenticate(ledger, "nobody", ADMIN_PASSWORD)
    assert str(wrong_password.value) == str(wrong_name.value)
    assert "password is wrong" in str(wrong_name.value)


def test_the_password_is_stored_only_as_a_hash(
    ledger: Ledger, ledger_url: str, backend: str
) -> None:
    users.set_password(ledger, ADMINISTRATOR, ADMIN_PASSWORD)
    ledger.close()
    if backend == SQLITE:
        assert ADMIN_PASSWORD.encode() not in Path(ledger_url).read_bytes()
    reopened = Ledger.open(ledger_url)
    with reopened.db.read() as s:
        row = s.query(UserRow).one()
        assert row.password_hash.startswith("scrypt$") and row.password_hash not in repr(row)
    assert users.authenticate(reopened, ADMINISTRATOR, ADMIN_PASSWORD).login == ADMINISTRATOR
    reopened.close()


def test_the_administrator_sets_their_own_password_before_anyone_elses(ledger: Ledger) -> None:
    admin = users.session(ledger)
    added = users.add_user(ledger, User("anna", "Anna Kask", rights=frozenset()), by=admin)
    assert added.saved
    problems = users.set_password(ledger, "anna", "anna's password", admin)
    assert [p.code for p in problems] == ["own-password-first"]
    assert not users.login_required(ledger)
    users.set_password(ledger, ADMINISTRATOR, ADMIN_PASSWORD, admin)
    assert users.set_password(ledger, "anna", "anna's password", admin) == []
    anna = users.authenticate(ledger, "anna", "anna's password")
    assert anna.user.display_name == "Anna Kask" and anna.user.rights == frozenset()


def test_users_are_managed_only_with_that_right_and_the_last_manager_stays(
    ledger: Ledger,
) -> None:
    admin = users.session(ledger)
    clerk = as_user("clerk", without(Right.MANAGE_USERS))
    with pytest.raises(NotAllowed):
        users.users(ledger, clerk)
    with pytest.raises(NotAllowed):
        users.add_user(ledger, User("eve", rights=ALL_RIGHTS), by=clerk)
    stored = users.users(ledger, admin)[0]
    demoted = users.update_user(ledger, replace(stored, rights=frozenset()), admin)
    assert [p.code for p in demoted.problems] == ["last-administrator"]
    assert [p.code for p in users.deactivate(ledger, stored.id or 0, admin).problems] == [
        "last-administrator"
    ]
    taken = users.add_user(ledger, User(ADMINISTRATOR), by=admin)
    assert [p.code for p in taken.problems] == ["login-taken"]


def test_a_deactivated_user_cannot_log_in(ledger: Ledger) -> None:
    admin = users.session(ledger)
    users.set_password(ledger, ADMINISTRATOR, ADMIN_PASSWORD, admin)
    anna = users.add_user(
        ledger, User("anna", rights=frozenset({Right.SEND_EMAIL})), "annas pw!", admin
    )
    assert anna.user is not None and anna.user.id is not None
    assert users.authenticate(ledger, "anna", "annas pw!").login == "anna"
    assert users.deactivate(ledger, anna.user.id, admin).saved
    with pytest.raises(LoginFailed):
        users.authenticate(ledger, "anna", "annas pw!")


def test_a_user_changes_their_own_password_with_the_current_one(ledger: Ledger) -> None:
    admin = users.session(ledger)
    users.set_password(ledger, ADMINISTRATOR, ADMIN_PASSWORD, admin)
    users.add_user(ledger, User("anna"), "first password", admin)
    anna = users.authenticate(ledger, "anna", "first password")
    wrong = users.set_password(ledger, "anna", "second password", anna, current="nope")
    assert [p.code for p in wrong] == ["current-password"]
    assert (
        users.set_password(ledger, "anna", "second password", anna, current="first password") == []
    )
    with pytest.raises(NotAllowed):
        users.set_password(ledger, ADMINISTRATOR, "taken over!", anna)
    assert users.authenticate(ledger, "anna", "second password").login == "anna"


# --- each right, enforced by the services ---------------------------------------------------


def test_posting_needs_the_post_right(ledger: Ledger) -> None:
    party = ledger.add_party(Party(PartyKind.CUSTOMER, "Mari Tamm"))
    draft = ledger.save_draft(
        Document(
            DocumentType.INVOICE,
            party.id or 0,
            dt.date(2026, 11, 2),
            "EUR",
            (Line("Work", Decimal(1), Decimal(100), Decimal(22)),),
        )
    )
    assert draft.id is not None
    with pytest.raises(NotAllowed, match="may not post documents"):
        ledger.post(draft.id, as_user("anna", without(Right.POST_DOCUMENTS)))
    assert not ledger.document(draft.id).is_posted
    assert ledger.post(draft.id, as_user("anna", frozenset({Right.POST_DOCUMENTS}))).posted


def test_settings_need_the_settings_right(ledger: Ledger) -> None:
    with pytest.raises(NotAllowed, match="may not manage settings"):
        settings_service.save(
            ledger, {"mail.size_limit_mb": 10}, as_user("anna", without(Right.MANAGE_SETTINGS))
        )
    assert settings_service.get(ledger, "mail.size_limit_mb") != 10
    assert settings_service.save(ledger, {"mail.size_limit_mb": 10}, as_user("boss")) == []


def test_a_top_up_needs_the_credits_right(ledger: Ledger) -> None:
    before = credits.balance(ledger)
    with pytest.raises(NotAllowed, match="may not manage credits"):
        credits.add(ledger, 100, "TOPUP", by=as_user("anna", without(Right.MANAGE_CREDITS)))
    assert credits.balance(ledger) == before
    assert credits.add(ledger, 100, "TOPUP", by=as_user("boss")) == before + 100
    assert credits.history(ledger)[0].user == "boss"


def test_sending_needs_the_send_right(demo_ledger: Ledger) -> None:
    invoice = first_invoice(demo_ledger)
    request = SendRequest(document_id=invoice, by=as_user("anna", without(Right.SEND_EMAIL)))
    result = queue(demo_ledger, request)
    assert not result.queued
    assert "no-send-right" in {p.code for p in result.preflight.problems}
    assert outbox.entries(demo_ledger) == []
    with pytest.raises(NotAllowed, match="may not send email"):
        batch.queue_batch(demo_ledger, DocumentType.INVOICE, by=request.by)
    assert outbox.entries(demo_ledger) == []


def test_a_user_without_the_contact_right_cannot_see_or_mail_a_hidden_contact(
    demo_ledger: Ledger,
) -> None:
    clerk = as_user("clerk", without(Right.SEE_CONTACTS))
    invoice = first_invoice(demo_ledger)
    party = demo_ledger.party(demo_ledger.document(invoice).party_id)
    addresses = {e.address for e in party.emails}
    assert addresses

    assert address_book.address_book(demo_ledger, clerk) == ()
    assert address_book.address_book(demo_ledger)  # the administrator sees them

    form = send_form.load(demo_ledger, SendRequest(document_id=invoice, by=clerk))
    assert form.hidden and form.card == () and form.request.to == ""
    assert "hidden-contact" in {p.code for p in form.preflight.problems}
    assert not any(a in str(form) for a in addresses)

    typed = SendRequest(document_id=invoice, to=next(iter(addresses)), by=clerk)
    result = queue(demo_ledger, typed)
    assert not result.queued and "hidden-contact" in {p.code for p in result.preflight.problems}
    assert outbox.entries(demo_ledger) == []

    card = parties.card(demo_ledger, party.id or 0, clerk)
    assert card.hidden and card.party.emails == ()
    assert all(c.emails == () for c in card.party.contacts)


def test_a_clerk_saving_a_hidden_card_loses_none_of_its_addresses(demo_ledger: Ledger) -> None:
    clerk = as_user("clerk", without(Right.SEE_CONTACTS))
    party = next(p for p in demo_ledger.parties(PartyKind.CUSTOMER) if p.emails)
    seen = parties.card(demo_ledger, party.id or 0, clerk).party
    result = parties.save(demo_ledger, replace(seen, name=party.name + " AS"), clerk)
    assert result.saved
    stored = demo_ledger.party(party.id or 0)
    assert stored.name == party.name + " AS" and stored.emails == party.emails


def test_queued_by_records_who_queued_and_the_sent_report_filters_by_user(
    demo_ledger: Ledger,
) -> None:
    invoices = [
        r.id
        for r in demo_ledger.documents(DocumentFilter(type=DocumentType.INVOICE))
        if r.number is not None
    ][:3]
    who = ["anna", "anna", "jaan"]
    for document_id, login in zip(invoices, who, strict=True):
        result = queue(demo_ledger, SendRequest(document_id=document_id, by=as_user(login)))
        assert result.queued, result.preflight.problems
    assert sorted(e.queued_by for e in outbox.entries(demo_ledger)) == ["anna", "anna", "jaan"]
    report = reports.sent_report(demo_ledger, user="anna")
    assert report.total == 2 and {r["user"] for r in report.rows} == {"anna"}
    assert reports.sent_report(demo_ledger, user="jaan").total == 1
    everyone = reports.sent_report(demo_ledger)
    assert everyone.total == 3 and all("@" in r["to"] for r in everyone.rows)
    hidden = reports.sent_report(demo_ledger, by=as_user("clerk", without(Right.SEE_CONTACTS)))
    assert {r["to"] for r in hidden.rows} == {reports.HIDDEN}


def test_the_senders_user_card_gives_reply_to_and_signature(demo_ledger: Ledger) -> None:
    signer = SignedIn(
        User(
            "anna",
            email="anna@firma.example",
            signature="Anna Kask\nRaamatupidaja",
            rights=ALL_RIGHTS,
        )
    )
    check = preflight(demo_ledger, SendRequest(document_id=first_invoice(demo_ledger), by=signer))
    assert check.reply_to == "anna@firma.example"
    assert check.signature == "Anna Kask\nRaamatupidaja"


def test_the_party_editor_saves_several_addresses_with_roles_and_a_contact_person(
    ledger: Ledger,
) -> None:
    card = Party(
        PartyKind.SUPPLIER,
        "  Kontorikaubad OÜ ",
        language="et",
        emails=(
            EmailAddress("arved@kontor.example", AddressRole.BILLING),
            EmailAddress("saldo@kontor.example", AddressRole.STATEMENTS),
            EmailAddress("info@kontor.example"),
        ),
        contacts=(ContactPerson("Peeter Puu", (EmailAddress("peeter@kontor.example"),)),),
    )
    result = parties.save(ledger, card)
    assert result.saved and result.card is not None
    stored = ledger.party(result.card.party.id or 0)
    assert stored.name == "Kontorikaubad OÜ" and stored.language == "et"
    assert [(e.address, e.role) for e in stored.emails] == [
        ("arved@kontor.example", AddressRole.BILLING),
        ("saldo@kontor.example", AddressRole.STATEMENTS),
        ("info@kontor.example", AddressRole.GENERAL),
    ]
    assert [(c.name, [e.address for e in c.emails]) for c in stored.contacts] == [
        ("Peeter Puu", ["peeter@kontor.example"])
    ]
    bad = parties.save(
        ledger,
        Party(
            PartyKind.CUSTOMER,
            "",
            language="xx",
            emails=(EmailAddress("no at sign"),),
            contacts=(ContactPerson(""),),
        ),
    )
    # the card's address is reported with its own reason ("no at sign" has a space)
    assert {p.code for p in bad.problems} == {"name", "language", "space", "contact-name"}
