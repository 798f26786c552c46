"""The people who use a ledger, what each may do, and their passwords.

A fresh ledger has one administrator and no password; once any user has a password, everyone
logs in (ARCHITECTURE, "Users and rights"). Passwords are kept only as scrypt hashes (a
memory-hard KDF from the standard library) with a random salt and the cost stored beside it,
so the cost can grow without breaking old hashes.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache

from ledgerpost.domain.problems import Problem


class Right(StrEnum):
    """What a user may do; stored by value, so the values never change."""

    POST_DOCUMENTS = "post"
    SEND_EMAIL = "send"
    SEE_CONTACTS = "contacts"
    MANAGE_SETTINGS = "settings"
    MANAGE_CREDITS = "credits"
    MANAGE_USERS = "users"


ALL_RIGHTS = frozenset(Right)
ADMINISTRATOR = "admin"
"""The login of the administrator every ledger starts with."""

LOGIN_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
MIN_PASSWORD = 8
MAX_PASSWORD = 1024


@dataclass(frozen=True, slots=True)
class User:
    """A user card. ``email`` and ``signature`` are the signer's card: a message this user
    queues gets Reply-To and signature from it when they are set."""

    login: str
    display_name: str = ""
    email: str = ""
    signature: str = ""
    rights: frozenset[Right] = field(default_factory=frozenset)
    active: bool = True
    has_password: bool = False
    id: int | None = None
    mail_account_id: int | None = None
    """The sending account of the messages the user queues; None: the usual choice."""

    def may(self, right: Right) -> bool:
        return self.active and right in self.rights

    @property
    def name(self) -> str:
        return self.display_name or self.login


@dataclass(frozen=True, slots=True)
class SignedIn:
    """Who is at work: handed to every service that checks a right or records a name."""

    user: User

    @property
    def login(self) -> str:
        return self.user.login

    def may(self, right: Right) -> bool:
        return self.user.may(right)


def rights_text(rights: frozenset[Right]) -> str:
    """Rights as stored: values, sorted, comma-separated."""
    return ",".join(sorted(r.value for r in rights))


def rights_from(text: str) -> frozenset[Right]:
    """Stored rights back; an unknown value (from a newer version) is ignored."""
    known = {r.value: r for r in Right}
    return frozenset(known[v] for v in text.split(",") if v in known)


def login_problems(login: str) -> list[Problem]:
    if not LOGIN_PATTERN.match(login):
        return [Problem.of("login", "login")]
    return []


def password_problems(password: str, login: str = "") -> list[Problem]:
    """Why ``password`` may not be used, all at once; empty when it may."""
    found = []
    if len(password) < MIN_PASSWORD:
        found.append(Problem.of("password-short", "password", count=MIN_PASSWORD))
    if len(password) > MAX_PASSWORD:
        found.append(Problem.of("password-long", "password", count=MAX_PASSWORD))
    if password != password.strip():
        found.append(Problem.of("password-spaces", "password"))
    if login and password.casefold() == login.casefold():
        found.append(Problem.of("password-login", "password"))
    return found


# --- password hashes -----------------------------------------------------------------------

SCRYPT = "scrypt"
COST_N = 2**15
BLOCK_R = 8
PARALLEL_P = 1
SALT_BYTES = 16
KEY_BYTES = 32


class PasswordHashError(ValueError):
    """A stored hash this version cannot read."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    # scrypt needs 128 * r * n bytes; allow twice that so the stdlib's default cap never bites.
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=256 * r * n, dklen=length
    )


def hash_password(password: str, *, n: int = COST_N, r: int = BLOCK_R, p: int = PARALLEL_P) -> str:
    """``scrypt$n$r$p$salt$key``, the salt random and fresh for every call."""
    salt = os.urandom(SALT_BYTES)
    key = _scrypt(password, salt, n, r, p, KEY_BYTES)
    return f"{SCRYPT}${n}${r}${p}${_b64(salt)}${_b64(key)}"


def verify_password(password: str, stored: str) -> bool:
    """Whether ``password`` makes ``stored``; compared in constant time."""
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != SCRYPT:
        raise PasswordHashError("the stored password hash has an unknown form")
    try:
        n, r, p = int(parts[1]), int(parts[2]), int(parts[3])
        salt, key = base64.b64decode(parts[4]), base64.b64decode(parts[5])
    except ValueError as exc:
        raise PasswordHashError("the stored password hash is damaged") from exc
    candidate = _scrypt(password, salt, n, r, p, len(key))
    return hmac.compare_digest(candidate, key)


@cache
def decoy_hash() -> str:
    """Checked when a login name is unknown, so a wrong name costs as long as a wrong password
    (made on first need)."""
    return hash_password("not a password of anyone")


def needs_rehash(stored: str) -> bool:
    """Whether a hash was made with a lower cost than this version uses."""
    parts = stored.split("$")
    return len(parts) != 6 or parts[0] != SCRYPT or int(parts[1]) < COST_N
