"""draftlint: find personal data and secrets in a draft before it is published."""

from lint.model import Document, Finding
from lint.pipeline import check

__version__ = "0.1.0"
__all__ = ["Document", "Finding", "__version__", "check"]
