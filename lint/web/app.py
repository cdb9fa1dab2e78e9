"""The web app: the page, its static files and the API's routes, behind the Guard.

The Guard strips /TOKEN from the path: the routes here are what follows it.
"""

import mimetypes
from collections.abc import Callable
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from lint.pipeline import Scanner
from lint.web.api import Api, error
from lint.web.security import Activity, App, Guard

STATIC = Path(__file__).resolve().parent / "static"
# Named here, not left to the system's mimetypes table, which varies (.js as
# application/javascript, or missing): with nosniff a wrong type breaks the page.
TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".woff2": "font/woff2",
    ".txt": "text/plain; charset=utf-8",
}


def static_file(name: str) -> Response:
    """A file of lint/web/static/, or 404: nothing outside that folder is ever served."""
    path = (STATIC / name).resolve()
    if STATIC not in path.parents or not path.is_file():
        return error("not found", 404)
    suffix = path.suffix.lower()
    media_type = TYPES.get(suffix) or mimetypes.guess_type(path.name)[0]
    return Response(path.read_bytes(), media_type=media_type or "application/octet-stream")


async def page(request: Request) -> Response:
    return static_file("index.html")


async def static(request: Request) -> Response:
    return static_file(request.path_params["name"])


async def _http_error(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    message = exc.detail if isinstance(exc, HTTPException) else "internal error"
    return error(str(message).lower(), status)


def build_app(
    scanner: Scanner, *, token: str, port: int, activity: Activity, stop: Callable[[], None]
) -> App:
    """The ASGI app for one session: its token, its port (for the Host check)."""
    api = Api(scanner, stop=stop)
    routes = [
        Route("/", page, methods=["GET"]),
        Route("/static/{name:path}", static, methods=["GET"]),
        Route("/api/info", api.info, methods=["GET"]),
        Route("/api/check", api.check, methods=["POST"]),
        Route("/api/fix", api.fix, methods=["POST"]),
        Route("/api/extract", api.extract, methods=["POST"]),
        Route("/api/docx", api.docx, methods=["POST"]),
        Route("/api/stop", api.stop, methods=["POST"]),
    ]
    handlers = {HTTPException: _http_error, Exception: _http_error}
    inner = Starlette(routes=routes, exception_handlers=handlers)
    # Its redirect would lose the token, which the Guard took out of the path.
    inner.router.redirect_slashes = False
    return Guard(inner, token=token, port=port, activity=activity)
