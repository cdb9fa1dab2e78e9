"""HTML drafts: the visible text, and the targets of links (href, mailto:, tel:)."""

from html.parser import HTMLParser

from lint.extracted import assemble
from lint.model import Document

_HIDDEN = {"script", "style", "template", "noscript", "head"}


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[tuple[str, str]] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        for name, value in attrs:
            if name in ("href", "src") and value and not value.startswith("#"):
                self.pieces.append((f"line {self.getpos()[0]}, {tag} {name}", value))

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN and self.hidden:
            self.hidden -= 1

    def handle_comment(self, data: str) -> None:
        # draftlint's own comments stay in the text, where lint/suppress.py reads them.
        if data.strip().lower().startswith("draftlint:"):
            self.pieces.append((f"line {self.getpos()[0]}, comment", f"<!--{data}-->"))

    def handle_data(self, data: str) -> None:
        if not self.hidden and data.strip():
            self.pieces.append((f"line {self.getpos()[0]}", " ".join(data.split())))


def read_html(path: str, source: str) -> Document:
    parser = _Visible()
    parser.feed(source)
    parser.close()
    return assemble(path, "html", parser.pieces)
