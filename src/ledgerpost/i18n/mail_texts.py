"""The English sentence of every mail error code (context ``problem`` in ``translations/po``).

:class:`ledgerpost.mail.errors.MailError` carries the code and its parameters; rendering is
:mod:`ledgerpost.i18n.problems`. No sentence has a place for a password.
"""

from __future__ import annotations

MAIL_TEXTS: dict[str, str] = {
    "mail-cannot-connect": (
        "The mail server {host} could not be reached on port {port} ({reason}); "
        "check the server name and port, or try again later."
    ),
    "mail-connection-lost": (
        "The connection to the mail server {host} was lost before the message was sent; "
        "it will be tried again later."
    ),
    "mail-timeout": (
        "The mail server {host} did not answer within {seconds} seconds; "
        "it will be tried again later."
    ),
    "mail-certificate": (
        "The certificate of the mail server {host} is not trusted ({detail}); if your "
        "company uses its own certificate, choose its CA file in the SMTP settings."
    ),
    "mail-ssl-expected": (
        "The mail server {host} expects SSL from the first byte on port {port}: "
        "choose SSL for port {port}, or STARTTLS on port 587."
    ),
    "mail-ssl-not-spoken": (
        "The mail server {host} does not speak SSL from the first byte on port {port}, so it "
        "expects STARTTLS there: choose STARTTLS for port {port}, or SSL on port 465."
    ),
    "mail-tls-failed": (
        "A secure connection to the mail server {host} could not be set up ({detail}); "
        "check the security setting or ask your provider for the right settings."
    ),
    "mail-no-starttls": (
        "The mail server {host} does not offer STARTTLS on port {port}, so the connection "
        "cannot be encrypted there: choose SSL on port 465, or STARTTLS on the submission "
        "port 587."
    ),
    "mail-auth-failed": (
        "The mail server refused the user name or password for {user} ({reply} {text}); "
        "check them in the SMTP settings."
    ),
    "mail-no-auth-method": (
        "The mail server {host} offers no sign-in method LedgerPost can use (PLAIN or "
        "LOGIN) on this connection; choose STARTTLS or SSL, or leave the user name empty "
        "if the server needs no sign-in."
    ),
    "mail-no-login-on-port": (
        "The mail server {host} offers no sign-in on port {port}: use its submission port "
        "instead (587 with STARTTLS, or 465 with SSL), or leave the user name empty if the "
        "server relays your mail without one."
    ),
    "mail-no-login-unencrypted": (
        "The mail server {host} offers no sign-in on port {port} without encryption: choose "
        "STARTTLS on port 587 or SSL on port 465, or leave the user name empty if the server "
        "relays your mail without one."
    ),
    "mail-insecure-auth": (
        "LedgerPost will not send your password to {host} over an unencrypted connection; "
        "choose STARTTLS or SSL, or allow insecure sign-in explicitly in the SMTP settings."
    ),
    "mail-no-password": "No password is known for {user}; enter it in the SMTP settings.",
    "mail-smtputf8-address": (
        "The address {address} has letters that only mail servers offering SMTPUTF8 "
        "accept, and {host} does not offer it; ask for an address in plain Latin letters."
    ),
    "mail-smtputf8-message": (
        "The message needs a mail server that offers SMTPUTF8 (international text in "
        "addresses and headers), and {host} does not offer it."
    ),
    "mail-temporary-recipients": (
        "The mail server could not take any of the recipients for now "
        "({refusals}); it will be tried again later."
    ),
    "mail-temporary": (
        "The mail server could not take the message for now ({reply} {text}); "
        "it will be tried again later."
    ),
    "mail-refused-recipients": "The mail server refused every recipient ({refusals}).",
    "mail-refused": "The mail server refused the message ({reply} {text}).",
    "mail-uncertain": (
        "The connection to the mail server {host} ended after the whole message was sent, "
        "so it may or may not have arrived; check with the recipient, then send it again "
        "or mark it as sent."
    ),
    "mail-restored": (
        "The ledger was restored from a backup made on {taken_at}, when this message was "
        "still to go; it may have been sent after that. Check with the recipient, then send "
        "it again or mark it as sent."
    ),
    "mail-uncertain-silent": (
        "The mail server {host} did not answer in time after the whole message was sent, "
        "so it may or may not have arrived; check with the recipient, then send it again "
        "or mark it as sent."
    ),
    "mail-account-paused": (
        "The mail server refused the password for account {account}, so its messages wait; "
        "fix the password in Settings (nothing is tried until then)."
    ),
    "mail-account-sign-in": (
        "Account {account} needs to sign in again, so its messages wait; sign in from Settings."
    ),
}
