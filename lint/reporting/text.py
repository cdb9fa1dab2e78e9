"""The text report: one line per finding, as (text, rich style) pieces, a caret under the
value on a terminal, then a summary sentence.

Values are shown as written, with their control characters escaped (lint.terminal): the
report goes to a terminal, and a draft is untrusted."""

import json
from collections.abc import Iterator, Sequence
from typing import Any

from lint.model import DraftKind, Finding
from lint.reporting.positions import LineIndex, location
from lint.reporting.summary import Results, summary
from lint.terminal import escape_controls
from lint.words import plural

_SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_CHANGE = "--profile post|cv|letter|message (or profile = in .draftlint.toml) sets another"
_NAMED_FILES = 2  # files named per profile; beyond, a count


Line = tuple[tuple[str, str], ...]  # (text, rich style) pieces; style "" for none


def plain(line: Line) -> str:
    return "".join(text for text, _ in line)


def render_text_lines(results: Results, *, with_source: bool = False) -> Iterator[Line]:
    """One line per finding, then the summary line; values are shown as written, control
    characters escaped (the report goes to a terminal).

    with_source (on a terminal): each finding's line of text, a caret under the value."""
    for document, findings in results:
        index = LineIndex.of(document)
        for finding in findings:
            span = index.span(finding)
            value = document.text[finding.start : finding.end].replace("\n", "\\n")
            line: list[tuple[str, str]] = [
                (f"{finding.path}:{span.line}:{span.column}: ", "bold"),
                (finding.rule_id, _SEVERITY_STYLE[finding.severity]),
                (f" {finding.entity} ", ""),
                # json.dumps writes C0 controls as \u001b; escape_controls takes DEL, C1, bidi.
                (json.dumps(value, ensure_ascii=False), "magenta"),
                (f" -> {finding.replacement}", "green"),
            ]
            if document.regions:
                line.append((f"  ({location(document, finding, span.line)})", "dim"))
            yield tuple((escape_controls(text), style) for text, style in line)
            if with_source:
                yield from _source_and_caret(index, index.in_source(finding), span.line)
    yield ((_summary_sentence(summary(results)), "bold"),)


def _source_and_caret(index: LineIndex, finding: Finding, line: int) -> Iterator[Line]:
    """finding: with its offsets in index.text, the text the lines are counted in."""
    text = index.text
    start = index.starts[line - 1]
    end_of_line = text.find("\n", start)
    source = text[start : len(text) if end_of_line < 0 else end_of_line].rstrip("\r")
    column = finding.start - start
    # The caret is measured on the escaped text: "\x1b" takes four columns on the screen.
    before = escape_controls(source[:column])
    width = max(1, len(escape_controls(source[column : finding.end - start])))
    # Tabs keep their place in the caret line so that it stays under the value.
    padding = "".join("\t" if char == "\t" else " " for char in before)
    yield ((f"    {escape_controls(source)}", ""),)
    yield ((f"    {padding}^{'~' * (width - 1)}", "bold red"),)


def _summary_sentence(counts: dict[str, Any]) -> str:
    files = plural(counts["files"], "file")
    if not counts["findings"]:
        return f"No sensitive content found in {files}."
    severities = ", ".join(
        plural(n, severity) for severity, n in counts["by_severity"].items() if n
    )
    return (
        f"Found {plural(counts['findings'], 'finding')} ({severities}) "
        f"in {counts['files_with_findings']} of {files}."
    )


def profile_line(kinds: Sequence[tuple[str, DraftKind]], *, set_by: str | None) -> Line:
    """Which profile decided what counts, and how to choose another; kinds: (path, kind) of
    each draft reported. set_by: what forced the profile ("--profile"); None: each draft's
    own shape chose it, and the line says from which signs."""
    if set_by is not None:
        profile = kinds[0][1].profile if kinds else "post"
        return ((escape_controls(f"Profile: {profile} ({set_by}); {_CHANGE}."), "dim"),)
    if len(kinds) == 1:
        kind = kinds[0][1]
        why = (
            f"from the draft's shape: {', '.join(kind.signs)}"
            if kind.signs
            else "the default: the draft looks like no CV, letter or message"
        )
        sentence = f"Profile: {kind.profile} ({why}); {_CHANGE}."
        return ((escape_controls(sentence), "dim"),)
    by_profile: dict[str, list[str]] = {}
    for path, kind in kinds:
        by_profile.setdefault(kind.profile, []).append(path)
    groups = "; ".join(f"{profile} for {_files(paths)}" for profile, paths in by_profile.items())
    sentence = f"Profiles, from each draft's shape: {groups}; {_CHANGE}."
    return ((escape_controls(sentence), "dim"),)


def _files(paths: Sequence[str]) -> str:
    if len(paths) <= _NAMED_FILES:
        return ", ".join(paths)
    return f"{len(paths)} files"
