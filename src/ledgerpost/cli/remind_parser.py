"""The arguments of ``ledgerpost remind``, ``ledgerpost reminder-flags`` and ``ledgerpost
reminder-fee`` (declared without importing their implementations)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ledgerpost.cli.payment_parser import date
from ledgerpost.cli.rights import runs
from ledgerpost.domain.users import Right

if TYPE_CHECKING:
    Commands = argparse._SubParsersAction[argparse.ArgumentParser]

COMMANDS = "ledgerpost.cli.remind_commands:"


def _yes_no(text: str) -> bool:
    if text.lower() in ("yes", "on", "true", "1"):
        return True
    if text.lower() in ("no", "off", "false", "0"):
        return False
    raise argparse.ArgumentTypeError("yes or no")


def add_remind_commands(commands: Commands) -> None:
    remind = commands.add_parser(
        "remind", help="payment reminders to every customer with overdue invoices, by level"
    )
    remind.add_argument("--as-of", required=True, type=date, metavar="D", help="the run's day")
    remind.add_argument(
        "--preview", action="store_true", help="show who gets which level, and who not, only"
    )
    remind.add_argument("--json", action="store_true", help="print JSON")
    remind.add_argument("--account", metavar="NAME", help="send from this mail account")
    runs(remind, COMMANDS + "run_remind", Right.SEND_EMAIL)

    flags = commands.add_parser(
        "reminder-flags", help="leave a customer (or one invoice) out of reminders, or show it"
    )
    flags.add_argument("--party", required=True, metavar="ID", help="the customer's id or code")
    flags.add_argument("--no-reminders", type=_yes_no, metavar="yes|no")
    flags.add_argument("--disputed", type=_yes_no, metavar="yes|no")
    flags.add_argument(
        "--invoice", metavar="NUMBER", help="with --disputed: only this invoice (e.g. INV-17)"
    )
    runs(flags, COMMANDS + "run_reminder_flags", Right.POST_DOCUMENTS)

    fee = commands.add_parser("reminder-fee", help="a payment reminder's fee")
    fee_commands = fee.add_subparsers(dest="fee_command", required=True)
    waive = fee_commands.add_parser(
        "waive", help="credit back what is open of a reminder's fee (a credit note, no VAT)"
    )
    waive.add_argument("reminder", metavar="NUMBER", help="the reminder, e.g. REM-7")
    waive.add_argument("--date", type=date, metavar="D", help="the credit note's day")
    runs(waive, COMMANDS + "run_waive_fee", Right.POST_DOCUMENTS)
