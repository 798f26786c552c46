"""Passwords are kept as salted scrypt hashes; rights and rules are plain values."""

from __future__ import annotations

import pytest

from ledgerpost.domain.users import (
    ALL_RIGHTS,
    COST_N,
    PasswordHashError,
    Right,
    SignedIn,
    User,
    hash_password,
    login_problems,
    needs_rehash,
    password_problems,
    rights_from,
    rights_text,
    verify_password,
)


def test_a_password_hash_verifies_the_password_and_nothing_else() -> None:
    stored = hash_password("Kalevipoeg ütles 42")
    assert stored.startswith(f"scrypt${COST_N}$8$1$")
    assert "Kalevipoeg" not in stored
    assert verify_password("Kalevipoeg ütles 42", stored)
    assert not verify_password("kalevipoeg ütles 42", stored)
    assert not verify_password("", stored)


def test_two_hashes_of_one_password_differ_by_their_salt() -> None:
    first, second = hash_password("same password"), hash_password("same password")
    assert first != second
    assert verify_password("same password", first) and verify_password("same password", second)


def test_the_cost_is_read_from_the_stored_hash() -> None:
    cheap = hash_password("an old password", n=2**10)
    assert verify_password("an old password", cheap)
    assert needs_rehash(cheap) and not needs_rehash(hash_password("a new password"))


def test_a_damaged_hash_is_an_error_not_a_match() -> None:
    with pytest.raises(PasswordHashError):
        verify_password("x", "md5$abc")
    with pytest.raises(PasswordHashError):
        verify_password("x", "scrypt$n$8$1$salt$key")


def test_password_rules_name_every_problem() -> None:
    assert password_problems("long enough pass", "mari") == []
    codes = {p.code for p in password_problems(" short", "mari")}
    assert codes == {"password-short", "password-spaces"}
    assert [p.code for p in password_problems("Mari1234", "mari1234")] == ["password-login"]
    assert [p.code for p in password_problems("x" * 1025)] == ["password-long"]


def test_login_names_are_plain() -> None:
    assert login_problems("mari.tamm@firma") == []
    assert login_problems("") and login_problems("has space") and login_problems(".dot")


def test_rights_round_trip_and_a_deactivated_user_may_nothing() -> None:
    assert rights_from(rights_text(ALL_RIGHTS)) == ALL_RIGHTS
    assert rights_from("send,unknown-future-right") == {Right.SEND_EMAIL}
    clerk = User("anna", rights=frozenset({Right.SEND_EMAIL}))
    assert SignedIn(clerk).may(Right.SEND_EMAIL) and not SignedIn(clerk).may(Right.POST_DOCUMENTS)
    gone = User("anna", rights=ALL_RIGHTS, active=False)
    assert not any(gone.may(r) for r in Right)
