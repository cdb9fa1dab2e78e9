"""The JSON API's handlers (docs/web-api.md): each reads its body in memory, does the work
in a worker thread (a scan takes a while; /api/stop must still be heard), and answers JSON.
A DraftlintError is the one-line 400 that `check` would print; nothing is logged."""

import base64
import binascii
import json
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from lint.errors import DraftlintError
from lint.pipeline import Scanner
from lint.resolution.explanations import UI_LANGUAGES
from lint.web import drafts
from lint.web.bodies import DocxRequest, Draft, FixRequest, TooLarge, body_of, parsed
from lint.web.security import MAX_BYTES

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def json_response(body: object, status: int = 200, **kwargs: object) -> Response:
    # ASCII escapes: a lone surrogate from the page goes back as sent, never a 500.
    data = json.dumps(body, ensure_ascii=True)
    return Response(data, status, media_type="application/json", **kwargs)  # type: ignore[arg-type]


def error(message: str, status: int = 400) -> Response:
    return json_response({"error": " ".join(message.split())}, status)


class Api:
    """The handlers, over the settings of the run (the configuration file's, or none)."""

    def __init__(self, scanner: Scanner, *, stop: Callable[[], None]) -> None:
        from lint.resolution.explanations import explanations

        self.scanner = scanner
        self.stop_server = stop
        # made once per language: the page asks for its own with every check
        self.explanations = {
            language: explanations(scanner.rules, language=language) for language in UI_LANGUAGES
        }

    async def check(self, request: Request) -> Response:
        return await _answer(request, self._check)

    async def fix(self, request: Request) -> Response:
        return await _answer(request, self._fix)

    async def extract(self, request: Request) -> Response:
        name = _name(request)
        if name is None:
            return error(NAME_NEEDED)
        ui_language = request.query_params.get("ui_language", "en")
        if ui_language not in UI_LANGUAGES:
            return error(f"ui_language: {ui_language!r} is not one of 'en', 'fr'")
        return await _answer(
            request, lambda body: json_response(drafts.extract(name, body, ui_language))
        )

    async def docx(self, request: Request) -> Response:
        name = _name(request)
        if name is None:
            return error(NAME_NEEDED)
        return await _answer(request, lambda body: self._docx(name, body))

    async def info(self, request: Request) -> Response:
        from lint import __version__
        from lint.fixing.suggestions import Style
        from lint.vocabulary import LANGUAGES, Profile

        return json_response(
            {
                "version": __version__,
                "languages": list(LANGUAGES),
                "profiles": list(Profile),
                "styles": list(Style),
                "max_bytes": MAX_BYTES,
            }
        )

    async def stop(self, request: Request) -> Response:
        # After the answer is sent: the page hears that the server stops.
        return json_response({"stopping": True}, background=BackgroundTask(self.stop_server))

    def _check(self, body: bytes) -> Response:
        draft = parsed(Draft, body)
        checked = drafts.check(self.scanner, draft)
        return json_response(
            {
                "language": checked.language,
                "profile": checked.profile,
                "findings": drafts.findings_json(checked, self.explanations[draft.ui_language]),
            }
        )

    def _fix(self, body: bytes) -> Response:
        request = parsed(FixRequest, body)
        review = drafts.decided(drafts.check(self.scanner, request), request.decisions)
        return json_response({"text": review.fixed_text()})

    def _docx(self, name: str, body: bytes) -> Response:
        request = parsed(DocxRequest, body)
        try:
            data = base64.b64decode(request.file, validate=True)
        except (binascii.Error, ValueError):
            raise DraftlintError("file: not base64") from None
        redacted, unread = drafts.redact_docx(self.scanner, request, name, data)
        headers = {"Content-Disposition": attachment(f"{Path(name).stem}.redacted.docx")}
        if unread:  # as check --fix notes them: they may hold values draftlint did not see
            headers["X-Draftlint-Unread-Parts"] = quote(", ".join(unread), safe="/,. ")
        return Response(redacted, media_type=DOCX_TYPE, headers=headers)


NAME_NEEDED = "name: the file's name is needed (?name=cv.docx), without a folder"


def _name(request: Request) -> str | None:
    name = request.query_params.get("name", "")
    return name if name.strip() and "/" not in name and "\\" not in name else None


def attachment(filename: str) -> str:
    """A Content-Disposition any browser reads: an ASCII name, and the real one (RFC 6266)."""
    plain = "".join(
        c if c.isascii() and c.isprintable() and c not in '"\\' else "_" for c in filename
    )
    if plain == filename:
        return f'attachment; filename="{filename}"'
    return f"attachment; filename=\"{plain}\"; filename*=UTF-8''{quote(filename, safe='')}"


def _plain(char: str) -> str:
    return char if char.isascii() and char.isprintable() and char not in '"\\' else "_"


async def _answer(request: Request, work: Callable[[bytes], Response]) -> Response:
    try:
        body = await body_of(request)
        return await run_in_threadpool(work, body)
    except TooLarge as refused:
        return error(str(refused), 413)
    except DraftlintError as refused:
        return error(str(refused))
