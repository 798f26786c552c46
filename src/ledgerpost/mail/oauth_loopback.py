"""The loopback redirect of a browser sign-in (RFC 8252 7.3): an HTTP listener of ours on
``http://127.0.0.1:<ephemeral port>/`` that takes the one redirect carrying our ``state``.

Any other request (a favicon, a stray page, a wrong state) is answered 404 or 400 and does not
end the wait. Cancel with a :class:`threading.Event`; a deadline ends it too.
"""

from __future__ import annotations

import hmac
import http.server
import threading
import time
import urllib.parse
from types import TracebackType

from ledgerpost.mail import errors

DONE_PAGE = (
    "<!doctype html><html><head><meta charset='utf-8'><title>LedgerPost</title></head>"
    "<body><p>LedgerPost: the sign-in is finished. You may close this window.</p></body></html>"
)
WRONG_PAGE = "<!doctype html><p>LedgerPost: this is not the sign-in you started.</p>"


class _Server(http.server.ThreadingHTTPServer):
    """Threads, so that a browser's idle preconnection does not hold up the redirect."""

    daemon_threads = True
    answer: dict[str, str] | None
    state: str
    lock: threading.Lock


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _Server
    timeout = 30  # a connection that sends nothing does not hold the listener

    def do_GET(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/":
            self._reply(404, WRONG_PAGE)
            return
        params = dict(urllib.parse.parse_qsl(url.query))
        state = params.get("state", "")
        with self.server.lock:
            taken = self.server.answer is None and hmac.compare_digest(state, self.server.state)
            if taken:
                self.server.answer = params
        self._reply(200 if taken else 400, DONE_PAGE if taken else WRONG_PAGE)

    def _reply(self, status: int, page: str) -> None:
        body = page.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Silent: the request line carries the authorization code."""


class LoopbackRedirect:
    """Listens on 127.0.0.1 and a port the system picks, until the redirect with ``state``
    arrives; use it as a context manager (the socket is closed on the way out)."""

    def __init__(self, state: str) -> None:
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.state, self._server.answer = state, None
        self._server.lock = threading.Lock()
        self._server.timeout = 0.2
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/"

    def __enter__(self) -> LoopbackRedirect:
        self._thread = threading.Thread(target=self._serve, name="oauth-redirect", daemon=True)
        self._thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        self._server.server_close()

    def _serve(self) -> None:
        while not self._stop.is_set() and self._server.answer is None:
            self._server.handle_request()

    def wait(self, seconds: float, cancel: threading.Event | None = None) -> dict[str, str]:
        """The redirect's query parameters; raises SignInCancelled or SignInTimedOut."""
        deadline = time.monotonic() + seconds
        while self._thread is not None and self._thread.is_alive():
            if cancel is not None and cancel.is_set():
                raise errors.SignInCancelled()
            if time.monotonic() >= deadline:
                raise errors.SignInTimedOut(seconds)
            self._thread.join(0.2)
        answer = self._server.answer
        if answer is None:
            raise errors.SignInCancelled()
        return answer
