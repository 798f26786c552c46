"""The arguments of ``ledgerpost letters send`` (declared without importing its
implementation)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ledgerpost.cli.payment_parser import date
from ledgerpost.cli.rights import runs
from ledgerpost.domain.parties import LANGUAGES
from ledgerpost.domain.users import Right

if TYPE_CHECKING:
    Commands = argparse._SubParsersAction[argparse.ArgumentParser]

COMMANDS = "ledgerpost.cli.letter_commands:"
KINDS = ("customers", "suppliers", "employees")


def add_letter_commands(commands: Commands) -> None:
    letters = commands.add_parser("letters", help="a letter to many parties at once")
    actions = letters.add_subparsers(dest="letters_action", metavar="ACTION", required=True)
    send = actions.add_parser(
        "send",
        help="one numbered letter per party, approved and queued as one batch; a run repeated "
        "makes no letter twice",
    )
    words = send.add_argument_group("the letter (a letter document, or its words)")
    words.add_argument("--letter", metavar="ID", help="a letter's id or number: the template")
    words.add_argument("--subject", metavar="S", help="the header (the email's subject)")
    body = words.add_mutually_exclusive_group()
    body.add_argument("--body", metavar="TEXT", help="the text")
    body.add_argument("--body-file", metavar="F", help="the text from a UTF-8 file")
    words.add_argument("--greeting", metavar="G", default="", help="the closing, e.g. Regards")
    words.add_argument("--signer", metavar="NAME", default="", help="who signs it")
    words.add_argument(
        "--written-in",
        choices=LANGUAGES,
        metavar="LANG",
        help="the language it is written in (default: each party's)",
    )
    who = send.add_argument_group("whom it goes to")
    who.add_argument(
        "--to", action="append", choices=KINDS, default=[], help="every card of a kind"
    )
    who.add_argument(
        "--party", action="append", default=[], metavar="ID", help="a card by id or code"
    )
    who.add_argument(
        "--language", choices=LANGUAGES, metavar="LANG", help="only parties with this language"
    )
    send.add_argument("--date", type=date, metavar="D", help="the letters' date (default today)")
    send.add_argument("--preview", action="store_true", help="say who gets it and who not only")
    send.add_argument("--json", action="store_true", help="print JSON")
    send.add_argument("--account", metavar="NAME", help="send every letter from this account")
    runs(send, COMMANDS + "run_letters_send", Right.SEND_EMAIL)
