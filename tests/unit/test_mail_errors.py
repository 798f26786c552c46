"""Mail errors: retry or not, the right built-in bases, and one plain sentence each."""

from __future__ import annotations

import pytest

from ledgerpost.mail import errors
from ledgerpost.mail.wire import data_for_wire, needs_smtputf8

SAMPLES: list[tuple[errors.MailError, bool]] = [
    (errors.CannotConnect("smtp.example.com", 587, "connection refused"), True),
    (errors.ConnectionLost("smtp.example.com"), True),
    (errors.ServerTimeout("smtp.example.com", 30), True),
    (errors.CertificateNotTrusted("smtp.example.com", "self-signed certificate"), False),
    (errors.TlsMismatch("smtp.example.com", 465, ssl_expected_by_server=True), False),
    (errors.TlsMismatch("smtp.example.com", 587, ssl_expected_by_server=False), False),
    (errors.TlsFailed("smtp.example.com", "handshake failure"), False),
    (errors.StartTlsNotOffered("smtp.example.com", 587), False),
    (errors.LoginNotOffered("smtp.example.com", 25, encrypted=True), False),
    (errors.AuthenticationFailed("mari@example.com", 535, "5.7.8 Bad credentials"), False),
    (errors.AuthNotOffered("smtp.example.com"), False),
    (errors.InsecureAuthRefused("smtp.example.com"), False),
    (errors.PasswordMissing("mari@example.com"), False),
    (errors.SmtpUtf8NotOffered("jörg@example.de", "smtp.example.com"), False),
    (errors.SmtpUtf8NotOffered("", "smtp.example.com"), False),
    (errors.TemporaryReply(451, "4.3.0 Try later"), True),
    (errors.PermanentReply(554, "5.7.1 Spam"), False),
    (errors.DeliveryUncertain("smtp.example.com"), False),
]


@pytest.mark.parametrize(("error", "retryable"), SAMPLES, ids=lambda x: type(x).__name__)
def test_each_error_says_whether_a_retry_may_help(error: errors.MailError, retryable: bool) -> None:
    assert isinstance(error, errors.MailError)
    assert error.retryable is retryable


@pytest.mark.parametrize(("error", "retryable"), SAMPLES, ids=lambda x: type(x).__name__)
def test_each_message_is_one_plain_sentence(error: errors.MailError, retryable: bool) -> None:
    text = str(error)
    assert text[0].isupper() and text.endswith(".")
    assert ". " not in text.replace("e.g. ", "")
    assert repr(error) == f"{type(error).__name__}({text!r})"


def test_connection_trouble_is_also_a_builtin_connection_or_timeout_error() -> None:
    assert isinstance(errors.CannotConnect("h", 25, "refused"), ConnectionError)
    assert isinstance(errors.ConnectionLost("h"), ConnectionError)
    assert isinstance(errors.ServerTimeout("h", 5), TimeoutError)
    # Uncertain must never be caught by a handler that retries connection errors.
    uncertain = errors.DeliveryUncertain("h")
    assert not isinstance(uncertain, ConnectionError | TimeoutError)
    assert "may or may not have arrived" in str(uncertain)


def test_a_wrong_port_names_the_usual_ports() -> None:
    error = errors.TlsMismatch("smtp.example.com", 465, ssl_expected_by_server=True)
    assert "choose SSL for port 465, or STARTTLS on port 587" in str(error)
    error = errors.TlsMismatch("smtp.example.com", 587, ssl_expected_by_server=False)
    assert "choose STARTTLS for port 587, or SSL on port 465" in str(error)
    assert "choose SSL," not in str(error)
    assert "CA file" in str(errors.CertificateNotTrusted("h", "unable to get local issuer"))


def test_server_replies_keep_the_servers_words_and_each_refusal() -> None:
    error = errors.PermanentReply(552, "5.3.4 Message too big")
    assert (error.reply_code, error.text) == (552, "5.3.4 Message too big")
    assert "5.3.4 Message too big" in str(error)
    refused = {"a@example.com": (550, "5.1.1 No such user"), "b@example.com": (450, "busy")}
    temporary = errors.TemporaryReply(550, "5.1.1 No such user", refused)
    assert temporary.refused == refused
    assert "a@example.com: 550 5.1.1 No such user" in str(temporary)
    assert "b@example.com: 450 busy" in str(temporary)


def test_data_goes_out_with_crlf_dot_stuffed_and_terminated() -> None:
    assert data_for_wire(b"a\nb") == b"a\r\nb\r\n.\r\n"
    assert data_for_wire(b".x\r\ny\r\n..z\r\n") == b"..x\r\ny\r\n...z\r\n.\r\n"
    assert data_for_wire(b"a\rb\r\nc\nd\r\n") == b"a\r\nb\r\nc\r\nd\r\n.\r\n"
    assert data_for_wire(b"") == b".\r\n"


def test_only_a_non_ascii_mailbox_name_needs_smtputf8() -> None:
    assert needs_smtputf8("jörg@example.de")
    assert not needs_smtputf8("info@bücher.de")
