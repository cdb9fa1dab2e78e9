"""The server of one session: a socket on 127.0.0.1 only, a fresh token, uvicorn with no
access log, and an end: a stop request, Ctrl-C, or the idle timeout."""

import asyncio
import errno
import secrets
import socket
import threading
from collections.abc import Callable

import uvicorn

from lint.errors import DraftlintError
from lint.pipeline import Scanner
from lint.web.security import Activity

HOST = "127.0.0.1"  # loopback only: nothing on the network can reach the session


def listening_socket(port: int) -> socket.socket:
    """A socket listening on 127.0.0.1:port (0: a free port); one line if it cannot be."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.bind((HOST, port))
        sock.listen(64)
    except OSError as error:
        sock.close()
        if error.errno == errno.EADDRINUSE:
            raise DraftlintError(f"port {port} is in use; choose another with --port") from None
        if error.errno == errno.EACCES:
            raise DraftlintError(f"port {port}: permission denied; use a port above 1023") from None
        raise DraftlintError(f"cannot listen on {HOST}:{port}: {error.strerror}") from None
    return sock


def new_token() -> str:
    """256 random bits, URL-safe: the path segment every request must carry."""
    return secrets.token_urlsafe(32)


def serve(
    scanner: Scanner,
    *,
    port: int,
    idle_minutes: float,
    on_ready: Callable[[str], None],
) -> None:
    """Serve until stopped; on_ready hears the page's address once requests are answered.
    idle_minutes 0: no idle timeout."""
    from lint.web.app import build_app
    from lint.web.drafts import warm

    sock = listening_socket(port)
    port = sock.getsockname()[1]
    token = new_token()
    activity = Activity()
    server: uvicorn.Server | None = None

    def stop() -> None:
        if server is not None:
            server.should_exit = True

    app = build_app(scanner, token=token, port=port, activity=activity, stop=stop)
    config = uvicorn.Config(
        app,
        log_level="warning",
        access_log=False,  # a request line names nothing private, but nothing is logged
        server_header=False,
        lifespan="off",
        ws="none",
        http="h11",
        interface="asgi3",
    )
    server = uvicorn.Server(config)
    url = f"http://{HOST}:{port}/{token}/"

    def ready() -> None:
        on_ready(url)
        # While the person pastes a draft; a daemon: it never holds the process open.
        threading.Thread(target=warm, args=(scanner,), daemon=True).start()

    with sock:
        asyncio.run(_run(server, sock, activity, idle_minutes * 60, ready))


async def _run(
    server: uvicorn.Server,
    sock: socket.socket,
    activity: Activity,
    idle: float,
    ready: Callable[[], None],
) -> None:
    watcher = asyncio.create_task(_watch(server, activity, idle, ready))
    try:
        await server.serve(sockets=[sock])
    finally:
        watcher.cancel()


async def _watch(
    server: uvicorn.Server, activity: Activity, idle: float, ready: Callable[[], None]
) -> None:
    """Say the address once the server answers; end it after `idle` seconds without a
    request (none under way)."""
    while not server.started:
        if server.should_exit:
            return
        await asyncio.sleep(0.05)
    ready()
    while not server.should_exit:
        await asyncio.sleep(min(1.0, idle) if idle else 1.0)
        if idle and activity.idle_for() >= idle:
            server.should_exit = True
