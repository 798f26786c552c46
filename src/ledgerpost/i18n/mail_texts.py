"""The English sentence of every mail error code (context ``problem`` in ``translations/po``),
and of what a connection test found.

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
    "mail-oauth-cancelled": "The sign-in was cancelled; the account is not signed in.",
    "mail-oauth-no-browser": (
        "No web browser could be opened on this computer; sign in with a code on another "
        "device instead."
    ),
    "mail-oauth-timeout": (
        "The sign-in was not finished within {seconds} seconds; start it again and finish it "
        "in the browser."
    ),
    "mail-oauth-refused": "The provider refused the sign-in ({error}: {description}).",
    "mail-oauth-unreachable": (
        "The sign-in service {host} could not be reached ({reason}); it will be tried again later."
    ),
    "mail-oauth-not-https": (
        "LedgerPost signs in only over https, and {url} is not an https address; check the "
        "account's sign-in addresses."
    ),
    "mail-oauth-sign-in-needed": (
        "The account {user} must sign in again; its messages wait until it does."
    ),
    "mail-oauth-sign-in-needed-detail": (
        "The account {user} must sign in again ({detail}); its messages wait until it does."
    ),
    "mail-oauth-not-offered": (
        "The mail server {host} does not offer sign-in with a token (XOAUTH2 or OAUTHBEARER) "
        "on this connection; check the server and security settings."
    ),
    "mail-oauth-token-refused": (
        "The mail server refused the sign-in of {user} even with a fresh token ({reply} "
        "{text}); check that the account signed in as {user} and that sending by SMTP is "
        "allowed for this mailbox."
    ),
    "mail-basic-auth-disabled": (
        "The mail server no longer accepts a password for {user} ({reply} {text}); this "
        "account must use Microsoft 365 sign-in (OAuth2): change its sign-in method and "
        "sign in."
    ),
    "mail-send-as-denied": (
        "The mailbox may not send as this message's From address ({reply} {text}); change the "
        "From address, or ask the mail administrator for SendAs rights on it."
    ),
    "imap-connection-lost": (
        "The connection to the mailbox server {host} was lost; it will be tried again later."
    ),
    "imap-certificate": (
        "The certificate of the mailbox server {host} is not trusted ({detail}); if your "
        "company uses its own certificate, choose its CA file in the mailbox settings."
    ),
    "imap-no-starttls": (
        "The mailbox server {host} does not offer STARTTLS, so the connection cannot be "
        "encrypted: choose SSL (usually port 993)."
    ),
    "imap-insecure-auth": (
        "LedgerPost will not send your password to the mailbox server {host} over an "
        "unencrypted connection; choose SSL or STARTTLS in the mailbox settings."
    ),
    "imap-no-password": (
        "No password is known for the mailbox {user}; enter it in the mailbox settings."
    ),
    "imap-no-auth-method": (
        "The mailbox server {host} does not offer the sign-in method {mechanism}; "
        "check the mailbox settings or ask your provider."
    ),
    "imap-auth-failed": (
        "The mailbox server refused the user name or password for {user} ({text}); "
        "check them in the mailbox settings."
    ),
    "imap-no-folder": (
        "The folder {folder} does not exist on the mailbox server {host}; "
        "choose another folder in the mailbox settings."
    ),
    "imap-refused": (
        "The mailbox server {host} refused the command {command} ({text}); "
        "it will be tried again later."
    ),
    "mail-account-paused": (
        "The mail server refused the password for account {account}, so its messages wait; "
        "fix the password in Settings (nothing is tried until then)."
    ),
    "mail-account-sign-in": (
        "Account {account} needs to sign in again, so its messages wait; sign in from Settings."
    ),
    "mail-throttled": (
        "The mail server asks to send more slowly ({reply} {text}); the account waits and "
        "the message goes later: nothing has failed."
    ),
    # what a connection test found (mail.connection_check; no error)
    "smtp-checked": "Connected to {host} on port {port} with {encryption} and signed in as {user}.",
    "smtp-checked-anonymous": (
        "Connected to {host} on port {port} with {encryption} and did not sign in "
        "(no user name is set)."
    ),
    "smtp-checked-plain": (
        "Connected to {host} on port {port} with no encryption and signed in as {user}."
    ),
    "smtp-checked-plain-anonymous": (
        "Connected to {host} on port {port} with no encryption and did not sign in "
        "(no user name is set)."
    ),
    "smtp-checked-size": "It takes messages of up to {size}.",
}
