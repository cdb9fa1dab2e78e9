"""The guard in front of every request: the token in the path, the Host and Origin headers,
the content type of a POST, the size of a body; and the headers on every response.

A local server that takes private text is a target: a page on another site can make the
browser send it requests (a form post, a fetch), and DNS rebinding can make that site's
name point at 127.0.0.1. The token, unknown to that page, and the Host check stop both;
the Origin and content-type checks stop what a cross-site form post could still try.
"""

import hmac
import json
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]

MAX_BYTES = 10_000_000  # a body above this is refused (413); the same cap as a draft file
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'"
)
HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
    "x-frame-options": "DENY",
}
# What each POST route reads; any other content type is refused (415). A cross-site form
# can only send text/plain, form-urlencoded or multipart, none of which is accepted.
UPLOADS = frozenset({"/api/extract"})
JSON_TYPE, UPLOAD_TYPE = "application/json", "application/octet-stream"


class Activity:
    """When the last request ended, and how many are under way: the idle clock."""

    def __init__(self) -> None:
        self.last = time.monotonic()
        self.running = 0

    def idle_for(self) -> float:
        return 0.0 if self.running else time.monotonic() - self.last


class Guard:
    """ASGI middleware: refuse what does not come from the page, add the headers."""

    def __init__(self, app: App, *, token: str, port: int, activity: Activity) -> None:
        self.app = app
        self.token = token.encode()
        self.hosts = {f"127.0.0.1:{port}", f"localhost:{port}"}
        self.origins = {f"http://{host}" for host in self.hosts}
        self.activity = activity

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":  # the server runs without; a test client sends it
            await self.app(scope, receive, send)
            return
        if scope["type"] != "http":
            return  # no websocket
        self.activity.running += 1
        try:
            await self._guarded(scope, receive, _with_headers(send))
        finally:
            self.activity.running -= 1
            self.activity.last = time.monotonic()

    async def _guarded(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        refused = self.refusal(scope["method"], headers)
        if refused is not None:
            await send_json(send, refused[0], {"error": refused[1]})
            return
        path = self.under_token(scope["path"])
        if path is None:
            await send_empty(send, 404)  # nothing says whether a server is here at all
            return
        if path == "":
            await send_redirect(send, f"/{self.token.decode()}/")
            return
        wrong_type = self.wrong_content_type(scope["method"], path, headers)
        if wrong_type is not None:
            await send_json(send, 415, {"error": wrong_type})
            return
        length = headers.get("content-length", "0").strip() or "0"
        if not length.isdigit():
            await send_json(send, 400, {"error": "invalid Content-Length"})
            return
        if int(length) > MAX_BYTES:
            await send_json(send, 413, {"error": too_large()})
            return
        inner = dict(scope, path=path, raw_path=path.encode())
        started = False

        async def tracked(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(inner, receive, tracked)
        except Exception:  # the app answered it already (500); nothing may reach a log
            if not started:
                await send_json(send, 500, {"error": "internal error"})

    def refusal(self, method: str, headers: dict[str, str]) -> tuple[int, str] | None:
        """(status, message) when the request cannot come from the page, else None."""
        if headers.get("host") not in self.hosts:
            return 403, "wrong Host header: open the address draftlint web printed"
        origin = headers.get("origin")
        if origin is not None and origin not in self.origins:
            return 403, "requests from other sites are refused"
        if method not in ("GET", "HEAD", "POST"):
            return 405, f"method {method} not allowed"
        return None

    def under_token(self, path: str) -> str | None:
        """The path after /TOKEN ("" for /TOKEN itself); None without the right token."""
        first, slash, rest = path.removeprefix("/").partition("/")
        if not hmac.compare_digest(first.encode("utf-8", "surrogatepass"), self.token):
            return None
        return slash + rest

    def wrong_content_type(self, method: str, path: str, headers: dict[str, str]) -> str | None:
        if method != "POST":
            return None
        expected = UPLOAD_TYPE if path in UPLOADS else JSON_TYPE
        given = headers.get("content-type", "").partition(";")[0].strip().lower()
        return None if given == expected else f"expected Content-Type: {expected}"


def too_large() -> str:
    return f"request body larger than {MAX_BYTES // 1_000_000} MB"


def _with_headers(send: Send) -> Send:
    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            kept = [
                (name, value)
                for name, value in message.get("headers", [])
                if name.decode("latin-1").lower() not in HEADERS
            ]
            extra = [(k.encode(), v.encode()) for k, v in HEADERS.items()]
            message = dict(message, headers=kept + extra)
        await send(message)

    return sending


async def send_json(send: Send, status: int, body: object) -> None:
    data = json.dumps(body, ensure_ascii=True).encode()
    await _send(send, status, data, [(b"content-type", b"application/json")])


async def send_empty(send: Send, status: int) -> None:
    await _send(send, status, b"", [])


async def send_redirect(send: Send, location: str) -> None:
    await _send(send, 307, b"", [(b"location", location.encode())])


async def _send(send: Send, status: int, body: bytes, headers: list[tuple[bytes, bytes]]) -> None:
    length = (b"content-length", str(len(body)).encode())
    await send({"type": "http.response.start", "status": status, "headers": [*headers, length]})
    await send({"type": "http.response.body", "body": body})
