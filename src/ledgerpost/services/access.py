"""Who is acting, and whether they may: the one place services resolve a session and check a
right. Without a session, a ledger without passwords acts as its administrator; a ledger with
passwords refuses (``LoginRequired``)."""

from __future__ import annotations

from typing import Any

from ledgerpost.domain.problems import Problem
from ledgerpost.domain.users import Right, SignedIn
from ledgerpost.services.errors import LedgerError, LoginRequired, NotAllowed
from ledgerpost.storage import user_repository as users_repo

RIGHT_NAMES = {
    Right.POST_DOCUMENTS: "post documents",
    Right.SEND_EMAIL: "send email",
    Right.SEE_CONTACTS: "see contact addresses",
    Right.MANAGE_SETTINGS: "manage settings",
    Right.MANAGE_CREDITS: "manage credits",
    Right.MANAGE_USERS: "manage users",
}


def implicit(s: Any) -> SignedIn:
    """The administrator of a ledger without passwords, inside an open transaction ``s``."""
    if users_repo.any_password(s):
        raise LoginRequired()
    admin = users_repo.first_with_right(s, Right.MANAGE_USERS.value)
    if admin is None:
        raise LedgerError.of("no-administrator")
    return SignedIn(admin)


def resolve(s: Any, session: SignedIn | None) -> SignedIn:
    return session if session is not None else implicit(s)


def refusal(session: SignedIn, right: Right) -> str:
    """The sentence a user without ``right`` reads."""
    return (
        f"{session.user.name} may not {RIGHT_NAMES[right]}; "
        "ask a user who manages users to give that right"
    )


def refusal_problem(session: SignedIn, right: Right) -> Problem:
    """The refusal as a catalogue code (``not-allowed-<right>``): rendered in any language."""
    name = session.user.name
    refusals = {
        Right.POST_DOCUMENTS: Problem.of("not-allowed-post", name=name),
        Right.SEND_EMAIL: Problem.of("not-allowed-send", name=name),
        Right.SEE_CONTACTS: Problem.of("not-allowed-contacts", name=name),
        Right.MANAGE_SETTINGS: Problem.of("not-allowed-settings", name=name),
        Right.MANAGE_CREDITS: Problem.of("not-allowed-credits", name=name),
        Right.MANAGE_USERS: Problem.of("not-allowed-users", name=name),
    }
    return refusals[right]


def not_allowed(session: SignedIn, right: Right) -> NotAllowed:
    return NotAllowed(refusal(session, right), refusal_problem(session, right))


def require(s: Any, session: SignedIn | None, right: Right) -> SignedIn:
    """The acting session, or ``NotAllowed`` when it lacks ``right``."""
    acting = resolve(s, session)
    if not acting.may(right):
        raise not_allowed(acting, right)
    return acting
