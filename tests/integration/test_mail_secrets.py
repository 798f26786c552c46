"""The SMTP password in the OS keyring, and the session-only fallback when there is none."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.errors
import pytest

from ledgerpost.mail.secrets import NO_KEYRING, SERVICE, PasswordStore, password_key
from tests.helpers.memory_keyring import MemoryKeyring, memory_keyring

PASSWORD = "Pässwörd ✓ 秘密"


@pytest.fixture
def os_keyring() -> Iterator[MemoryKeyring]:
    with memory_keyring() as backend:
        yield backend


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


KEY = password_key("ledger-7", "SMTP.Example.com ", "bookkeeper@example.com")


def test_the_key_names_ledger_user_and_host() -> None:
    assert KEY == "ledger-7:bookkeeper@example.com@smtp.example.com"
    assert password_key("ledger-8", "smtp.example.com", "bookkeeper@example.com") != KEY


def test_saved_in_the_keyring_and_loaded_back(os_keyring: MemoryKeyring) -> None:
    store = PasswordStore()
    result = store.save(KEY, PASSWORD)
    assert result.in_keyring and "keyring" in result.message
    assert os_keyring.entries == {(SERVICE, KEY): PASSWORD}
    assert PasswordStore().load(KEY) == PASSWORD  # a new session finds it


def test_forget_removes_it_and_forgetting_twice_is_fine(os_keyring: MemoryKeyring) -> None:
    store = PasswordStore()
    store.save(KEY, PASSWORD)
    store.forget(KEY)
    store.forget(KEY)
    assert store.load(KEY) is None and os_keyring.entries == {}


def test_without_a_keyring_the_password_lasts_this_session(
    no_keyring: None, user_folders: Path
) -> None:
    store = PasswordStore()
    result = store.save(KEY, PASSWORD)
    assert not result.in_keyring
    assert result.message == NO_KEYRING
    assert "will be asked again next time" in result.message
    assert store.load(KEY) == PASSWORD
    assert PasswordStore().load(KEY) is None  # the next session asks again
    assert PASSWORD not in repr(store)
    written = [p for p in user_folders.rglob("*") if p.is_file()]
    assert all(PASSWORD.encode() not in p.read_bytes() for p in written)
    store.forget(KEY)
    assert store.load(KEY) is None


def test_a_keyring_that_appears_later_is_used(no_keyring: None) -> None:
    store = PasswordStore()
    store.save(KEY, PASSWORD)
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    assert store.save(KEY, PASSWORD).in_keyring
    assert backend.entries[(SERVICE, KEY)] == PASSWORD
    assert store.load(KEY) == PASSWORD
