"""What a connection test found: where it connected, how the line was secured, who signed in,
and (once learned) the largest message the server takes.

Its sentences are catalogue codes (:mod:`ledgerpost.i18n.mail_texts`), so the settings page
and the command line say them in the reader's language; ``str()`` is the English.
"""

from __future__ import annotations

from dataclasses import dataclass

from ledgerpost.domain.problems import Problem, Value
from ledgerpost.domain.sizes import Size
from ledgerpost.domain.smtp import Security
from ledgerpost.i18n.problems import render


@dataclass(frozen=True, slots=True)
class ConnectionCheck:
    """A connection test that worked; ``user`` is empty when it did not sign in."""

    host: str
    port: int
    security: Security
    tls_version: str = ""
    user: str = ""
    size_limit: int | None = None
    """The largest message the server announced (SIZE), when it did."""

    @property
    def sentences(self) -> tuple[Problem, ...]:
        """What to say, one catalogue sentence each: how it connected, then the size limit."""
        where: dict[str, Value] = {"host": self.host, "port": self.port}
        if self.security is Security.NONE:
            code = "smtp-checked-plain" if self.user else "smtp-checked-plain-anonymous"
            first = Problem.of(code, "", **where, **self._who())
        else:
            code = "smtp-checked" if self.user else "smtp-checked-anonymous"
            name = "STARTTLS" if self.security is Security.STARTTLS else "SSL"
            encryption = f"{name} ({self.tls_version})" if self.tls_version else name
            first = Problem.of(code, "", **where, encryption=encryption, **self._who())
        if not self.size_limit:
            return (first,)
        size = Problem.of("smtp-checked-size", "", size=Size(self.size_limit))
        return first, size

    def _who(self) -> dict[str, Value]:
        return {"user": self.user} if self.user else {}

    def __str__(self) -> str:
        return " ".join(render(sentence) for sentence in self.sentences)
