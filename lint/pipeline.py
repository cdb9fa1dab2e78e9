"""check(document) = segment -> detect -> resolve overlaps -> suggestions."""

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lint.detection.rules import Rule, bundled_rules
from lint.model import Document, Finding
from lint.vocabulary import Profile

if TYPE_CHECKING:
    from lint.fixing.suggestions import Style


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# French typography puts a no-break space inside numbers ("06\u00a012\u00a034"), and a
# narrow one before ":" and "?": detection reads them as plain spaces, one character for
# one, so that every offset still points into the draft as written.
_SPACES = str.maketrans(dict.fromkeys("\u00a0\u202f\u2007\u2009", " "))


def check(
    document: Document | str,
    *,
    rules: Sequence[Rule] | None = None,
    language: str | None = None,
    models: dict[str, str] | None = None,
    styles: "Mapping[str, Style] | None" = None,
    allow: Sequence[str] = (),
    allow_patterns: Sequence[str] = (),
    deny: Sequence[str] = (),
    profile: str | None = Profile.post,
    me: Sequence[str] = (),
    jobs: int = 1,
) -> list[Finding]:
    """Findings in a draft, in document order; language forces "en" or "fr"; profile None:
    the one that fits the draft's shape (lint.resolution.draft_kind).

    jobs > 1: a long draft's segments are read by that many worker processes."""
    from lint.detection.deferred_imports import deferring

    with deferring():  # presidio and spaCy come in without the parts draftlint never runs
        from lint.detection import engine, segments
    from lint.parallel import detect_split

    if isinstance(document, str):
        document = Document("-", document)
    rules = bundled_rules() if rules is None else rules
    detector = engine.detector(rules, models)
    text = normalized(document.text)
    found = detect_split(
        detector, segments.split(text, language=language), document.path, jobs=jobs
    )
    return resolve(
        document,
        text,
        found,
        rules=rules,
        language=language,
        styles=styles,
        allow=allow,
        allow_patterns=allow_patterns,
        deny=deny,
        profile=profile,
        me=me,
    )


def normalized(text: str) -> str:
    """The text detection reads: one character for one, so that offsets stay the draft's."""
    # spaCy cannot encode a lone surrogate; one stand-in character keeps every offset.
    return _LONE_SURROGATE.sub("\ufffd", text).translate(_SPACES)


def resolve(
    document: Document,
    text: str,
    found: list[Finding],
    *,
    rules: Sequence[Rule],
    language: str | None = None,
    styles: "Mapping[str, Style] | None" = None,
    allow: Sequence[str] = (),
    allow_patterns: Sequence[str] = (),
    deny: Sequence[str] = (),
    profile: str | None = Profile.post,
    me: Sequence[str] = (),
) -> list[Finding]:
    """What stands of the detected findings: the document-wide steps after detection (deny
    list, propagation, names that are no one's, allow list, profile, suppression) and the
    suggestions. text: the document's, normalized(); found: detection's findings in it."""
    from lint.fixing import suggestions
    from lint.resolution import (
        allow_deny,
        draft_kind,
        not_a_person,
        overlaps,
        profiles,
        propagation,
        suppression,
    )

    if deny:
        from lint.detection.language import guess_language

        found = found + allow_deny.denied(
            text, deny, path=document.path, language=language or guess_language(text)
        )
    found = not_a_person.drop_non_persons(text, found)
    # Again after propagation: a name found once may stand elsewhere in a firm's name.
    propagated = propagation.propagate(document.text, overlaps.resolve(found))
    resolved = overlaps.resolve(not_a_person.drop_non_persons(text, propagated))
    kept = allow_deny.allowed(resolved, document.text, allow, allow_patterns)
    if profile is None:
        profile = draft_kind.classify(document.text).profile
    kept = profiles.adjust(document.text, kept, profile, me)
    return suppression.apply(
        document, suggestions.attach(document.text, kept, rules, styles, language=language)
    )


@dataclass(frozen=True)
class Scanner:
    """check() with one set of settings, for a run over many documents."""

    rules: Sequence[Rule] | None = None
    models: dict[str, str] | None = None
    language: str | None = None
    styles: "Mapping[str, Style] | None" = None
    allow: Sequence[str] = ()
    allow_patterns: Sequence[str] = ()
    deny: Sequence[str] = ()
    profile: str | None = Profile.post  # None: each draft's, from its shape
    me: Sequence[str] = ()
    jobs: int = 1

    def check(self, document: Document | str) -> list[Finding]:
        return check(
            document,
            rules=self.rules,
            language=self.language,
            models=self.models,
            styles=self.styles,
            allow=self.allow,
            allow_patterns=self.allow_patterns,
            deny=self.deny,
            profile=self.profile,
            me=self.me,
            jobs=self.jobs,
        )

    def resolve(self, document: Document, text: str, found: list[Finding]) -> list[Finding]:
        """resolve() with these settings: what stands of findings detected in text."""
        return resolve(
            document,
            text,
            found,
            rules=bundled_rules() if self.rules is None else self.rules,
            language=self.language,
            styles=self.styles,
            allow=self.allow,
            allow_patterns=self.allow_patterns,
            deny=self.deny,
            profile=self.profile,
            me=self.me,
        )

    def check_text(self, text: str) -> list[Finding]:
        return self.check(Document("-", text))
