"""Sessions for tests: a named user with the rights the test needs (all by default)."""

from __future__ import annotations

from ledgerpost.domain.users import ALL_RIGHTS, Right, SignedIn, User


def as_user(login: str, rights: frozenset[Right] = ALL_RIGHTS, *, email: str = "") -> SignedIn:
    """A session as the GUI or CLI holds one after logging in."""
    return SignedIn(User(login, login.title(), email=email, rights=rights, id=None))


def without(*rights: Right) -> frozenset[Right]:
    return ALL_RIGHTS - set(rights)
