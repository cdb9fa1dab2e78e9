"""draftlint: find personal data and secrets in a draft before it is published."""

from typing import Any

__version__ = "0.1.0"
__all__ = ["Document", "Finding", "__version__", "check"]


def __getattr__(name: str) -> Any:
    # The Python API loads on first use, so that `draftlint --help` stays instant.
    if name == "check":
        from lint.pipeline import check

        return check
    if name in ("Document", "Finding"):
        from lint import model

        return getattr(model, name)
    raise AttributeError(f"module 'lint' has no attribute {name!r}")
