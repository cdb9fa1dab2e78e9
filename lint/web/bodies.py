"""The API's request bodies: read in memory with a cap, validated, one-line errors."""

import json
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StrictStr, ValidationError, field_validator
from starlette.requests import Request

from lint.errors import DraftlintError
from lint.fixing.suggestions import Style
from lint.resolution.explanations import UiLanguage
from lint.vocabulary import ENTITIES
from lint.web.security import MAX_BYTES, too_large

Model = TypeVar("Model", bound=BaseModel)


class TooLarge(DraftlintError):
    """A body past MAX_BYTES, however it was sent (a chunked body declares no length)."""


class Draft(BaseModel):
    """What every check and fix is about: the text and how to read it."""

    model_config = ConfigDict(extra="forbid")
    text: StrictStr
    language: Literal["auto", "en", "fr"] = "auto"
    profile: Literal["auto", "post", "cv", "letter", "message"] = "auto"
    styles: dict[str, Style] = Field(default_factory=dict)
    # The file the text came from (/api/extract), read as `check` reads a file of that name:
    # a Markdown file's ignore comments count. None: pasted text.
    name: StrictStr | None = None
    # The page's own language: the findings' explanations are given in it.
    ui_language: UiLanguage = "en"

    @field_validator("styles")
    @classmethod
    def _entities(cls, styles: dict[str, Style]) -> dict[str, Style]:
        unknown = sorted(set(styles) - ENTITIES)
        if unknown:
            raise ValueError(f"no entity {unknown[0]!r}")
        return styles


class Decision(BaseModel):
    model_config = ConfigDict(extra="forbid")
    key: StrictStr  # START:END:RULE, as /api/check gave it
    action: Literal["accept", "keep", "edit"]
    replacement: StrictStr | None = None


class FixRequest(Draft):
    decisions: list[Decision] = Field(default_factory=list)

    @field_validator("decisions")
    @classmethod
    def _edits_say_what(cls, decisions: list[Decision]) -> list[Decision]:
        for decision in decisions:
            if decision.action == "edit" and decision.replacement is None:
                raise ValueError(f"{decision.key}: an edit needs its replacement")
        return decisions


class DocxRequest(FixRequest):
    text: StrictStr = ""  # the text is the file's: it is read from the file
    file: StrictStr  # base64 of the .docx


async def body_of(request: Request) -> bytes:
    """The body, in memory only, refused past MAX_BYTES as it arrives."""
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BYTES:
            raise TooLarge(too_large())
        chunks.append(chunk)
    return b"".join(chunks)


def parsed(model: type[Model], body: bytes) -> Model:
    """The body as the model; a DraftlintError naming the first field that is wrong."""
    try:
        # Python's JSON reader, not pydantic's: a lone surrogate (half an emoji cut by an
        # edit) is valid JSON from JSON.stringify and must keep its place in the text.
        data = json.loads(body)
    except (ValueError, RecursionError) as error:
        raise DraftlintError(f"body: invalid JSON ({str(error).splitlines()[0]})") from None
    try:
        return model.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "body"
        raise DraftlintError(f"{where}: {first['msg']}") from None
