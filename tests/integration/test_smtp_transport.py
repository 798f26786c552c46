"""The SMTP transport against a real aiosmtpd server on loopback: no mocks of SMTP."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Callable
from email.message import EmailMessage

import pytest

from ledgerpost.domain.smtp import Security
from ledgerpost.mail import errors
from ledgerpost.mail.transport import Delivery, SmtpTransport
from tests.helpers.smtp_server import TEST_PASSWORD, TEST_USER, SmtpTestServer, Stage

Factory = Callable[..., SmtpTestServer]
SENDER = "bookkeeper@example.com"
SILENCE_SECONDS = 3.0
"""The client's timeout where a test waits for it to run out on a server that never answers:
each step before (greeting, EHLO, STARTTLS, AUTH) has this long too, which takes a few
milliseconds on an idle machine and well under a second on a busy one (0.5 s was not enough)."""


def message(
    to: str = "Mari Tamm <mari@example.com>", cc: str = "", subject: str = "Invoice 1"
) -> EmailMessage:
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = f"Test Company <{SENDER}>"
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Message-ID"] = "<1@ledgerpost.test>"
    msg.set_content("Please find the invoice attached.\n.a line that starts with a dot\n")
    return msg


def send(server: SmtpTestServer, *recipients: str, **overrides: object) -> Delivery:
    with SmtpTransport(server.settings(**overrides), TEST_PASSWORD) as transport:
        return transport.send(SENDER, list(recipients) or ["mari@example.com"], bytes(message()))


@pytest.fixture(params=[False, True], ids=["one-by-one", "pipelined"])
def server(request: pytest.FixtureRequest, smtp_server_factory: Factory) -> SmtpTestServer:
    """The usual server, without and with PIPELINING: each failure path is walked both ways."""
    return smtp_server_factory(
        starttls=True, user=TEST_USER, password=TEST_PASSWORD, pipelining=request.param
    )


# --- what arrives ----------------------------------------------------------------------------


def test_to_cc_and_bcc_are_in_the_envelope_and_bcc_in_no_header(
    smtp_server: SmtpTestServer,
) -> None:
    msg = message(to="Mari <mari@example.com>", cc="Jaan <jaan@example.com>")
    with SmtpTransport(smtp_server.settings(), TEST_PASSWORD) as transport:
        delivery = transport.send(
            SENDER, ["mari@example.com", "jaan@example.com", "boss@example.com"], bytes(msg)
        )
    assert delivery.code == 250
    assert delivery.refused == {}
    [got] = smtp_server.received
    assert got.mail_from == SENDER
    assert got.rcpt_tos == ("mari@example.com", "jaan@example.com", "boss@example.com")
    assert b"boss@example.com" not in got.data
    assert b"\nbcc:" not in got.data.lower()
    assert got.data == bytes(msg)  # dot-stuffing undone by the server: the same bytes


def test_non_ascii_names_subject_and_file_name_survive(smtp_server: SmtpTestServer) -> None:
    msg = message(to='"Müller, Jörg" <joerg@example.de>', subject="Arve nr 7 – õun ja šokolaad")
    msg.add_attachment(
        b"%PDF-1.7 fake", maintype="application", subtype="pdf", filename="Arve 7 – Jõgeva.pdf"
    )
    with SmtpTransport(smtp_server.settings(), TEST_PASSWORD) as transport:
        transport.send(SENDER, ["joerg@example.de"], bytes(msg))
    parsed = email.message_from_bytes(smtp_server.received[0].data, policy=email.policy.default)
    assert parsed["Subject"] == "Arve nr 7 – õun ja šokolaad"
    assert parsed["To"].addresses[0].display_name == "Müller, Jörg"
    [attachment] = list(parsed.iter_attachments())
    assert attachment.get_filename() == "Arve 7 – Jõgeva.pdf"
    assert attachment.get_content() == b"%PDF-1.7 fake"


def test_smtputf8_is_used_when_offered(smtp_server: SmtpTestServer) -> None:
    send(smtp_server, "jörg@bücher.de")
    [got] = smtp_server.received
    assert got.smtputf8
    assert "SMTPUTF8" in got.mail_options
    assert got.rcpt_tos == ("jörg@bücher.de",)


def test_an_international_domain_alone_needs_no_smtputf8(smtp_server_factory: Factory) -> None:
    server = smtp_server_factory(
        starttls=True, user=TEST_USER, password=TEST_PASSWORD, smtputf8=False
    )
    send(server, "info@bücher.de")
    assert server.received[0].rcpt_tos == ("info@xn--bcher-kva.de",)
    assert not server.received[0].smtputf8


def test_smtputf8_needed_but_not_offered_names_the_address(smtp_server_factory: Factory) -> None:
    server = smtp_server_factory(
        starttls=True, user=TEST_USER, password=TEST_PASSWORD, smtputf8=False
    )
    with pytest.raises(errors.SmtpUtf8NotOffered) as caught:
        send(server, "mari@example.com", "jörg@bücher.de")
    assert "jörg@bücher.de" in str(caught.value)
    assert not caught.value.retryable
    assert server.received == []


def test_utf8_headers_without_smtputf8_are_a_clear_error(smtp_server_factory: Factory) -> None:
    server = smtp_server_factory(smtputf8=False)
    with SmtpTransport(server.settings(), None) as transport:
        assert not transport.server_offers("smtputf8")
        with pytest.raises(errors.SmtpUtf8NotOffered, match="The message needs"):
            transport.send(SENDER, ["mari@example.com"], bytes(message()), smtputf8=True)


# --- what the server says ------------------------------------------------------------------


@pytest.mark.parametrize("at", ["mail", "rcpt"])
@pytest.mark.parametrize("code", [421, 450, 451, 452])
def test_temporary_replies_before_data_are_worth_a_retry(
    server: SmtpTestServer, code: int, at: Stage
) -> None:
    # A 421 is repeated once on a new connection, so it takes two to reach the caller.
    server.fail_next(code, at=at, count=2 if code == 421 else 1)
    with SmtpTransport(server.settings(), TEST_PASSWORD) as transport:
        with pytest.raises(errors.TemporaryReply) as caught:
            transport.send(SENDER, ["mari@example.com"], bytes(message()))
        assert caught.value.retryable
        assert caught.value.reply_code == code
        assert server.received == []
        transport.send(SENDER, ["mari@example.com"], bytes(message()))
    assert len(server.received) == 1


@pytest.mark.parametrize("code", [421, 450, 451, 452])
def test_temporary_replies_after_data_are_worth_a_retry(server: SmtpTestServer, code: int) -> None:
    server.fail_next(code, at="data")
    with SmtpTransport(server.settings(), TEST_PASSWORD) as transport:
        with pytest.raises(errors.TemporaryReply) as caught:
            transport.send(SENDER, ["mari@example.com"], bytes(message()))
        assert (caught.value.reply_code, caught.value.retryable) == (code, True)
        assert transport.send(SENDER, ["mari@example.com"], bytes(message())).code == 250


@pytest.mark.parametrize("code", [550, 552, 554])
def test_permanent_replies_fail_with_the_servers_text(server: SmtpTestServer, code: int) -> None:
    server.fail_next(code, at="data", text=f"5.0.0 Computer says no ({code})")
    with pytest.raises(errors.PermanentReply) as caught:
        send(server)
    assert not caught.value.retryable
    assert caught.value.reply_code == code
    assert f"Computer says no ({code})" in str(caught.value)
    assert caught.value.text == f"5.0.0 Computer says no ({code})"


def test_a_refused_sender_is_a_permanent_failure(server: SmtpTestServer) -> None:
    server.fail_next(553, at="mail", text="5.7.1 Sender not allowed")
    with pytest.raises(errors.PermanentReply, match="Sender not allowed"):
        send(server)


def test_some_recipients_refused_the_others_get_it(server: SmtpTestServer) -> None:
    server.refuse_recipient("gone@example.com", 550, "5.1.1 No such user")
    delivery = send(server, "mari@example.com", "gone@example.com", "jaan@example.com")
    assert delivery.accepted == ("mari@example.com", "jaan@example.com")
    assert delivery.refused == {"gone@example.com": (550, "5.1.1 No such user")}
    assert server.received[0].rcpt_tos == ("mari@example.com", "jaan@example.com")


def test_every_recipient_refused_fails_with_each_reason(server: SmtpTestServer) -> None:
    server.refuse_recipient("gone@example.com", 550, "5.1.1 No such user")
    server.refuse_recipient("full@example.com", 552, "5.2.2 Mailbox full")
    with pytest.raises(errors.PermanentReply) as caught:
        send(server, "gone@example.com", "full@example.com")
    assert caught.value.refused == {
        "gone@example.com": (550, "5.1.1 No such user"),
        "full@example.com": (552, "5.2.2 Mailbox full"),
    }
    assert "gone@example.com" in str(caught.value) and "Mailbox full" in str(caught.value)


def test_a_temporary_refusal_among_permanent_ones_is_retried(server: SmtpTestServer) -> None:
    server.refuse_recipient("gone@example.com", 550)
    server.refuse_recipient("busy@example.com", 450)
    with pytest.raises(errors.TemporaryReply) as caught:
        send(server, "gone@example.com", "busy@example.com")
    assert set(caught.value.refused) == {"gone@example.com", "busy@example.com"}


# --- connections ---------------------------------------------------------------------------


@pytest.mark.parametrize("pipelining", [False, True])
def test_one_connection_carries_many_messages(
    smtp_server_factory: Factory, pipelining: bool
) -> None:
    server = smtp_server_factory(
        starttls=True, user=TEST_USER, password=TEST_PASSWORD, pipelining=pipelining
    )
    with SmtpTransport(server.settings(), TEST_PASSWORD) as transport:
        for n in range(25):
            transport.send(
                SENDER, [f"customer{n}@example.com", "copy@example.com"], bytes(message())
            )
        assert transport.connections_opened == 1
    assert len(server.received) == 25
    assert server.connection_count == 1
    assert server.ehlo_count == 2  # before and after STARTTLS, never again
    assert all(m.pipelined == pipelining for m in server.received)


def test_421_is_repeated_once_on_a_new_connection(server: SmtpTestServer) -> None:
    server.fail_next(421, at="rcpt")
    with SmtpTransport(server.settings(), TEST_PASSWORD) as transport:
        assert transport.send(SENDER, ["mari@example.com"], bytes(message())).code == 250
        assert transport.connections_opened == 2
    assert len(server.received) == 1


def test_server_down_then_back_on_the_same_transport(server: SmtpTestServer) -> None:
    server.stop()
    with SmtpTransport(server.settings(), TEST_PASSWORD) as transport:
        with pytest.raises(errors.CannotConnect) as caught:
            transport.send(SENDER, ["mari@example.com"], bytes(message()))
        assert caught.value.retryable and isinstance(caught.value, ConnectionError)
        server.start()
        assert transport.send(SENDER, ["mari@example.com"], bytes(message())).code == 250
    assert len(server.received) == 1


def test_a_connection_dropped_between_messages_is_reopened(server: SmtpTestServer) -> None:
    with SmtpTransport(server.settings(), TEST_PASSWORD) as transport:
        transport.send(SENDER, ["mari@example.com"], bytes(message()))
        server.stop()  # closes the open connection too
        server.start()
        assert transport.send(SENDER, ["jaan@example.com"], bytes(message())).code == 250
        assert transport.connections_opened == 2
    assert [m.rcpt_tos for m in server.received] == [
        ("mari@example.com",),
        ("jaan@example.com",),
    ]


def test_a_drop_after_the_end_of_data_is_uncertain(server: SmtpTestServer) -> None:
    server.drop_after_data()
    with SmtpTransport(server.settings(), TEST_PASSWORD) as transport:
        with pytest.raises(errors.DeliveryUncertain) as caught:
            transport.send(SENDER, ["mari@example.com"], bytes(message()))
        assert not caught.value.retryable
        assert not isinstance(caught.value, ConnectionError)
        assert len(server.dropped) == 1  # it did arrive: never repeat it blindly
        assert server.received == []
        assert transport.send(SENDER, ["jaan@example.com"], bytes(message())).code == 250


def test_silence_after_the_end_of_data_is_uncertain(server: SmtpTestServer) -> None:
    server.hang_after_data()  # never answers: only the client's timeout ends the wait
    with pytest.raises(errors.DeliveryUncertain) as caught:
        send(server, timeout_seconds=SILENCE_SECONDS, data_timeout_seconds=SILENCE_SECONDS)
    assert server.received == []
    assert "did not answer in time" in str(caught.value)


def test_the_end_of_data_may_take_longer_than_any_other_reply(server: SmtpTestServer) -> None:
    assert server.settings().data_timeout_seconds == 600  # RFC 5321 4.5.3.2.6: ten minutes
    server.answer_data_after(2 * SILENCE_SECONDS)  # past the commands' timeout, within the data's
    delivery = send(server, timeout_seconds=SILENCE_SECONDS, data_timeout_seconds=60)
    assert delivery.code == 250 and len(server.received) == 1


def test_a_drop_before_the_end_of_data_is_repeated_once(server: SmtpTestServer) -> None:
    server.drop_next(at="rcpt")
    with SmtpTransport(server.settings(), TEST_PASSWORD) as transport:
        assert transport.send(SENDER, ["mari@example.com"], bytes(message())).code == 250
        server.drop_next(at="rcpt", count=2)
        with pytest.raises(errors.ConnectionLost) as caught:
            transport.send(SENDER, ["mari@example.com"], bytes(message()))
        assert caught.value.retryable and isinstance(caught.value, ConnectionError)
        assert transport.send(SENDER, ["mari@example.com"], bytes(message())).code == 250
    assert len(server.received) == 2 and server.dropped == []


def test_silence_before_the_end_of_data_is_a_timeout_worth_a_retry(
    server: SmtpTestServer,
) -> None:
    server.hang_next(at="rcpt")  # never answers: only the client's timeout ends the wait
    settings = server.settings(timeout_seconds=SILENCE_SECONDS)
    with SmtpTransport(settings, TEST_PASSWORD) as transport:
        with pytest.raises(errors.ServerTimeout) as caught:
            transport.send(SENDER, ["mari@example.com"], bytes(message()))
        assert caught.value.retryable and isinstance(caught.value, TimeoutError)
        assert transport.send(SENDER, ["mari@example.com"], bytes(message())).code == 250


def test_ssl_from_the_first_byte(smtp_server_factory: Factory) -> None:
    server = smtp_server_factory(ssl_on_connect=True, user=TEST_USER, password=TEST_PASSWORD)
    assert send(server).code == 250
    assert server.settings().security is Security.SSL


def test_a_plain_server_for_a_local_network(smtp_server_factory: Factory) -> None:
    server = smtp_server_factory()
    assert send(server).code == 250


# --- security and sign-in ------------------------------------------------------------------


def test_wrong_password_is_a_clear_error(smtp_server: SmtpTestServer) -> None:
    wrong = "not the password ✗"
    transport = SmtpTransport(smtp_server.settings(), wrong)
    with pytest.raises(errors.AuthenticationFailed) as caught:
        transport.send(SENDER, ["mari@example.com"], bytes(message()))
    assert not caught.value.retryable
    assert TEST_USER in str(caught.value) and "password" in str(caught.value)
    assert wrong not in str(caught.value) + repr(caught.value)
    assert smtp_server.received == []


def test_login_is_used_when_plain_is_not_offered(smtp_server_factory: Factory) -> None:
    server = smtp_server_factory(
        starttls=True, user=TEST_USER, password=TEST_PASSWORD, auth_mechanisms=("LOGIN",)
    )
    assert send(server).code == 250
    assert server.auth_attempts == [("LOGIN", TEST_USER)]


def test_an_untrusted_certificate_says_what_to_do(smtp_server: SmtpTestServer) -> None:
    with pytest.raises(errors.CertificateNotTrusted) as caught:
        send(smtp_server, ca_file="")  # the system store does not know our test CA
    assert not caught.value.retryable
    assert "CA file" in str(caught.value)
    assert smtp_server.auth_attempts == []  # the password never left


def test_an_untrusted_certificate_on_an_ssl_port(smtp_server_factory: Factory) -> None:
    server = smtp_server_factory(ssl_on_connect=True, user=TEST_USER, password=TEST_PASSWORD)
    with pytest.raises(errors.CertificateNotTrusted):
        send(server, ca_file="")


def test_ssl_spoken_to_a_starttls_port(smtp_server: SmtpTestServer) -> None:
    with pytest.raises(errors.TlsMismatch) as caught:
        send(smtp_server, security=Security.SSL)
    # The server greeted in plain text: that port expects STARTTLS, SSL is for 465.
    port = smtp_server.port
    assert f"choose STARTTLS for port {port}, or SSL on port 465" in str(caught.value)
    assert "choose SSL," not in str(caught.value)
    assert not caught.value.retryable


def test_starttls_spoken_to_an_ssl_port(smtp_server_factory: Factory) -> None:
    server = smtp_server_factory(ssl_on_connect=True, user=TEST_USER, password=TEST_PASSWORD)
    with pytest.raises(errors.TlsMismatch) as caught:
        # Not a race however busy the machine: the kernel completes the TCP connection, and a
        # TLS server never says a word before the client's hello.
        send(server, security=Security.STARTTLS, timeout_seconds=0.5)
    assert f"choose SSL for port {server.port}, or STARTTLS on port 587" in str(caught.value)


def test_starttls_required_but_not_offered(smtp_server_factory: Factory) -> None:
    server = smtp_server_factory()
    with pytest.raises(errors.StartTlsNotOffered) as caught:
        send(server, security=Security.STARTTLS)
    assert "STARTTLS" in str(caught.value) and not caught.value.retryable
    assert f"does not offer STARTTLS on port {server.port}" in str(caught.value)
    assert "choose SSL on port 465, or STARTTLS on the submission port 587" in str(caught.value)
    assert server.received == []


def test_a_port_without_sign_in_names_the_submission_ports(smtp_server_factory: Factory) -> None:
    # A relay port (25, as Postfix's smtpd there): STARTTLS, but no AUTH, even once encrypted.
    server = smtp_server_factory(starttls=True, offer_auth=False)
    with pytest.raises(errors.LoginNotOffered) as caught:
        send(server, user=TEST_USER)
    said = str(caught.value)
    assert f"offers no sign-in on port {server.port}" in said
    assert "587 with STARTTLS, or 465 with SSL" in said and "leave the user name empty" in said
    assert "choose STARTTLS or SSL" not in said  # it is encrypted already
    assert isinstance(caught.value, errors.AuthNotOffered) and not caught.value.retryable
    assert send(server, user="").code == 250  # it relays without a login


def test_no_sign_in_without_encryption_asks_for_encryption(smtp_server_factory: Factory) -> None:
    # aiosmtpd offers AUTH only over TLS, as most servers do.
    server = smtp_server_factory(user=TEST_USER, password=TEST_PASSWORD)
    with pytest.raises(errors.LoginNotOffered) as caught:
        send(server, allow_insecure_auth=True)
    said = str(caught.value)
    assert f"offers no sign-in on port {server.port} without encryption" in said
    assert "choose STARTTLS on port 587 or SSL on port 465" in said


def test_no_password_over_a_plain_connection_unless_allowed(smtp_server_factory: Factory) -> None:
    server = smtp_server_factory(user=TEST_USER, password=TEST_PASSWORD, auth_require_tls=False)
    with pytest.raises(errors.InsecureAuthRefused) as caught:
        send(server)
    assert not caught.value.retryable
    assert server.connection_count == 0 and server.auth_attempts == []
    assert send(server, allow_insecure_auth=True).code == 250
    assert server.auth_attempts == [("PLAIN", TEST_USER)]


def test_a_missing_password_is_asked_for(smtp_server: SmtpTestServer) -> None:
    transport = SmtpTransport(smtp_server.settings(), None)
    with pytest.raises(errors.PasswordMissing, match=TEST_USER):
        transport.send(SENDER, ["mari@example.com"], bytes(message()))


def test_check_connection_answers_in_a_sentence(smtp_server: SmtpTestServer) -> None:
    sentence = str(SmtpTransport(smtp_server.settings(), TEST_PASSWORD).check_connection())
    assert sentence.startswith(f"Connected to {smtp_server.host} on port {smtp_server.port}")
    assert "STARTTLS (TLSv1." in sentence and f"signed in as {TEST_USER}" in sentence
    assert smtp_server.connection_count == 1


def test_the_password_is_in_no_error_and_no_repr(smtp_server_factory: Factory) -> None:
    secret = "S3cret-ÄÖÜ-password"
    server = smtp_server_factory(starttls=True, user=TEST_USER, password="other")
    plain = smtp_server_factory(user=TEST_USER, password="other", auth_require_tls=False)
    attempts = [
        (server.settings(), errors.AuthenticationFailed),
        (server.settings(ca_file=""), errors.CertificateNotTrusted),
        (server.settings(security=Security.SSL), errors.TlsMismatch),
        (plain.settings(), errors.InsecureAuthRefused),
        (plain.settings(allow_insecure_auth=True), errors.AuthenticationFailed),
        (plain.settings(security=Security.STARTTLS), errors.StartTlsNotOffered),
    ]
    for settings, kind in attempts:
        transport = SmtpTransport(settings, secret)
        assert secret not in repr(transport)
        with pytest.raises(kind) as caught:
            transport.check_connection()
        for text in (str(caught.value), repr(caught.value), repr(caught.value.args)):
            assert secret not in text
