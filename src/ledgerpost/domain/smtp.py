"""The company's SMTP server as configured, and what its replies mean. No network here."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ledgerpost.domain.addresses import Field, Mailbox, parse_entry
from ledgerpost.domain.problems import Problem


class Security(StrEnum):
    STARTTLS = "starttls"  # plain connection upgraded with STARTTLS (usually port 587)
    SSL = "ssl"  # TLS from the first byte (usually port 465)
    NONE = "none"  # no encryption: only for a server on the local network


class AuthMethod(StrEnum):
    """How the account proves who it is to the server."""

    PASSWORD = "password"  # SASL PLAIN or LOGIN with the password from the OS keyring
    OAUTH2 = "oauth2"  # SASL XOAUTH2 (or OAUTHBEARER) with an access token from a sign-in


@dataclass(frozen=True, slots=True)
class ServerFacts:
    """What a server said of itself on a connection (its EHLO reply), kept for the checks
    before queueing: its largest message (SIZE; None when it announced none) and whether it
    takes addresses with UTF-8 before the @ (SMTPUTF8)."""

    size: int | None
    smtputf8: bool


DEFAULT_PORTS: dict[Security, int] = {Security.STARTTLS: 587, Security.SSL: 465, Security.NONE: 25}


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    """Where and how to deliver. The password is never here: it lives in the OS keyring."""

    host: str
    port: int
    security: Security = Security.STARTTLS
    user: str = ""
    from_address: str = ""
    from_name: str = ""
    reply_to: str = ""
    ca_file: str = ""
    allow_insecure_auth: bool = False
    auth: AuthMethod = AuthMethod.PASSWORD
    timeout_seconds: float = 30.0
    data_timeout_seconds: float = 600.0
    """How long the reply to the end of the data may take: ten minutes (RFC 5321 4.5.3.2.6),
    as content filters read the whole message first. Every other reply has timeout_seconds."""

    @property
    def wants_auth(self) -> bool:
        return bool(self.user)

    def problems(self) -> list[Problem]:
        """Everything wrong with these settings, each naming its field."""
        found: list[Problem] = []
        if not self.host.strip() or any(c.isspace() for c in self.host.strip()):
            found.append(Problem.of("smtp-host", "host"))
        if not 0 < self.port < 65536:
            found.append(Problem.of("smtp-port", "port", port=self.port))
        if self.wants_auth and self.security is Security.NONE and not self.allow_insecure_auth:
            found.append(Problem.of("smtp-insecure-auth", "security"))
        for field, value in ((Field.FROM, self.from_address), (Field.REPLY_TO, self.reply_to)):
            if value:
                parsed = parse_entry(value, field)
                if not isinstance(parsed, Mailbox):
                    found.append(parsed)
        if self.timeout_seconds <= 0 or self.data_timeout_seconds <= 0:
            found.append(Problem.of("smtp-timeout", "timeout"))
        return found
