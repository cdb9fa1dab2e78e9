"""The options commands share, declared once: fastapi-cli's Annotated types."""

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from lint.vocabulary import LanguageSetting, Profile, Severity


class Format(StrEnum):
    text = "text"
    json = "json"
    sarif = "sarif"
    github = "github"


class AuditFormat(StrEnum):
    text = "text"
    json = "json"
    html = "html"


FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Report format.")]
ShowValuesOption = Annotated[
    bool, typer.Option("--show-values", help="Show the values unmasked in the JSON report.")
]
DiffOption = Annotated[
    bool, typer.Option("--diff", help="Print the fixes as a unified diff; change nothing.")
]

# The settings options: lint.settings.Flags, which the configuration file's settings yield to.
LanguageOption = Annotated[
    LanguageSetting | None,
    typer.Option("--lang", help="Language of the drafts; auto guesses per paragraph."),
]
ModelOption = Annotated[
    list[str] | None,
    typer.Option("--model", metavar="LANG=MODEL", help="spaCy model for a language."),
]
ExtraRulesOption = Annotated[
    list[Path] | None,
    typer.Option("--rules", metavar="DIR", help="A folder of extra rules (*.toml)."),
]
FixSeverityOption = Annotated[
    Severity | None,
    typer.Option("--fix-severity", help="Fix findings of this severity or worse [warning]."),
]
FailOnOption = Annotated[
    Severity | None,
    typer.Option("--fail-on", help="Exit 1 on findings of this severity or worse [info]."),
]
ReplaceOption = Annotated[
    list[str] | None,
    typer.Option(
        "--replace",
        metavar="ENTITY=STYLE",
        help="placeholder, mask, remove, pseudonym or role (PERSON), city (ADDRESS).",
    ),
]
SelectOption = Annotated[
    str | None,
    typer.Option("--select", metavar="IDS", help="Only these rules or entities, comma-separated."),
]
IgnoreOption = Annotated[
    str | None,
    typer.Option("--ignore", metavar="IDS", help="Not these rules or entities, comma-separated."),
]
ProfileOption = Annotated[
    Profile | None,
    typer.Option(
        "--profile",
        help="post: all counts; cv: your own details ('me') are expected; letter: the "
        "sender's block, greeting and signature too; message: contact details are fine. "
        "Default: the one each draft's shape fits.",
    ),
]
ConfigOption = Annotated[
    Path | None,
    typer.Option("--config", help="A .draftlint.toml or pyproject.toml; else the nearest one."),
]
IsolatedOption = Annotated[
    bool, typer.Option("--isolated", help="Ignore every configuration file.")
]
InteractiveOption = Annotated[
    bool,
    typer.Option(
        "--interactive",
        "-i",
        help="Review each fix on the terminal: y apply, n keep, e edit, a allow, q quit.",
    ),
]
