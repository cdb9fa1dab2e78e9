"""HTML drafts: everything a page publishes, each piece mapped back to the file's own text.

Scanned: the text (the <title> too), comments, inline scripts (JSON-LD, JavaScript),
link targets, and the attributes that carry text (alt, title, aria-*, placeholder, value,
label, data-*, <meta content>). Style sheets are not: CSS is selectors, colours and sizes
("#061234", "12px 34px") that look like numbers of ours, and it seldom holds a person's data.
"""

import html
import re
from bisect import bisect_right
from html.parser import HTMLParser

from lint.model import Document
from lint.sources.extracted_text import Piece, assemble

_SKIPPED = {"style"}
_TEXT_ATTRIBUTES = {"alt", "title", "placeholder", "value", "label", "content"}
_LINK_ATTRIBUTES = {"href", "src"}
# An attribute in a start tag's source, as html.parser reads it: name, then = and a value.
_ATTRIBUTE = re.compile(
    r"""[\s/]*(?P<name>(?<=['"\s/])[^\s/>][^\s/=>]*)"""
    r"""(?:\s*=+\s*(?:'(?P<single>[^']*)'|"(?P<double>[^"]*)"|(?P<bare>(?!['"])[^>\s]*)))?"""
)
# A character reference, as html.unescape reads it.
_REFERENCE = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)")
# JSON-LD's own keywords ("@type": "Person") are syntax, not social handles: their "@" is read
# as a space (same length, so every offset keeps its place in the file).
_JSON_LD_KEYWORD = re.compile(
    r'(?<=")@(?=(?:context|type|id|graph|value|language|list|set|vocab|base)")'
)
Points = list[tuple[int, int]]  # (offset in the extracted piece, offset in the file)


def _decoded(raw: str, start: int) -> tuple[str, Points]:
    """raw (file text from offset start) with its character references decoded."""
    parts: list[str] = []
    points: Points = [(0, start)]
    length, done = 0, 0
    for match in _REFERENCE.finditer(raw):
        text = html.unescape(match.group())
        if text == match.group():
            continue  # not a reference html.unescape knows: it stays as written
        parts.append(raw[done : match.start()])
        length += match.start() - done
        points.append((length, start + match.start()))
        parts.append(text)
        length += len(text)
        done = match.end()
        points.append((length, start + done))
    parts.append(raw[done:])
    return "".join(parts), points


def _source_of(points: Points, offset: int) -> int:
    index = bisect_right([p[0] for p in points], offset) - 1
    extracted, source = points[index]
    return source + offset - extracted


def _collapsed(text: str, points: Points) -> tuple[str, Points]:
    """Whitespace runs as one space and none at the ends, as a browser shows the text."""
    words: list[str] = []
    out: Points = []
    length = 0
    for word in re.finditer(r"\S+", text):
        if words:
            length += 1  # the space before this word
        out.append((length, _source_of(points, word.start())))
        for extracted, source in points:  # references inside the word keep their places
            if word.start() < extracted < word.end():
                out.append((length + extracted - word.start(), source))
        words.append(word.group())
        length += len(word.group())
        out.append((length, _source_of(points, word.end())))
    return " ".join(words), out


class _Published(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.source = source
        self.line_starts = [0] + [i + 1 for i, char in enumerate(source) if char == "\n"]
        self.pieces: list[Piece] = []
        self.skipped = 0
        self.data_start: int | None = None  # a text run waiting for its end
        self.data_tag = ""
        self.script_type = ""

    def here(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def add(self, location: str, raw: str, start: int, *, decode: bool) -> None:
        text, points = _decoded(raw, start) if decode else (raw, [(0, start)])
        text, points = _collapsed(text, points)
        if self.script_type == "application/ld+json" and location.endswith("script"):
            text = _JSON_LD_KEYWORD.sub(" ", text)
        if text:
            self.pieces.append((location, text, tuple(points)))

    def flush(self, end: int | None = None) -> None:
        """The text run since data_start ends where the next tag or comment begins."""
        if self.data_start is not None:
            start, end = self.data_start, self.here() if end is None else end
            self.data_start = None
            line = self.getpos_of(start)
            label = f"line {line}, script" if self.data_tag == "script" else f"line {line}"
            # Script text is read as written: a browser decodes no reference in it.
            self.add(label, self.source[start:end], start, decode=self.data_tag != "script")

    def getpos_of(self, offset: int) -> int:
        return bisect_right(self.line_starts, offset)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.flush()
        self.data_tag = tag
        if tag == "script":
            self.script_type = (dict(attrs).get("type") or "").strip().lower()
        if tag in _SKIPPED:
            self.skipped += 1
        self.attributes(tag, attrs)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.flush()
        self.attributes(tag, attrs)

    def attributes(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        raw_tag, start = self.get_starttag_text() or "", self.here()
        names = {name for name, _ in attrs}
        named = dict(attrs)
        meta = named.get("name") or named.get("property") or named.get("itemprop") or ""
        for match in _ATTRIBUTE.finditer(raw_tag, len(tag) + 1):
            name = match.group("name").lower()
            group = next((g for g in ("double", "single", "bare") if match.group(g)), None)
            if name not in names or group is None:
                continue
            value, at = match.group(group), start + match.start(group)
            line = self.getpos_of(at)
            if name in _LINK_ATTRIBUTES:
                if not value.startswith("#"):
                    self.add(f"line {line}, {tag} {name}", value, at, decode=True)
            elif name in _TEXT_ATTRIBUTES or name.startswith(("aria-", "data-")):
                what = f"meta {meta}" if tag == "meta" and name == "content" else f"{tag} {name}"
                self.add(f"line {line}, {what}".rstrip(), value, at, decode=True)

    def handle_endtag(self, tag: str) -> None:
        self.flush()
        self.data_tag = ""
        if tag in _SKIPPED and self.skipped:
            self.skipped -= 1

    def handle_comment(self, data: str) -> None:
        self.flush()
        start = self.here()
        line = self.getpos_of(start)
        if data.strip().lower().startswith("draftlint:"):
            # draftlint's own comments stay whole in the text, where lint/suppress.py reads them.
            self.pieces.append((f"line {line}, comment", f"<!--{data}-->", ((0, start),)))
        else:  # a comment is not shown, but it is published with the page
            self.add(f"line {line}, comment", data, start + 4, decode=False)

    def handle_decl(self, decl: str) -> None:
        self.flush()

    def handle_pi(self, data: str) -> None:
        self.flush()

    def unknown_decl(self, data: str) -> None:
        self.flush()

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        # Python 3.11's parser raises AssertionError on "<![foo[": a browser reads such a
        # section as a bogus comment up to the next ">", and so does draftlint.
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            end = self.rawdata.find(">", i)
            return -1 if end < 0 else end + 1

    def handle_data(self, data: str) -> None:
        if not self.skipped and self.data_start is None:
            self.data_start = self.here()


def read_html(path: str, source: str | bytes) -> Document:
    """source: the file's text, or its bytes (decoded as any draft is)."""
    if isinstance(source, bytes):
        from lint.sources.files import decode

        source = decode(source, path).text
    parser = _Published(source)
    parser.feed(source)
    parser.close()
    parser.flush(len(source))
    return assemble(path, "html", parser.pieces, source=source)
