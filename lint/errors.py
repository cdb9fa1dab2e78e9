"""The one exception draftlint shows to users."""


class DraftlintError(Exception):
    """A problem the user can fix: its message is shown as is, and the exit code is 2."""


class NotTextError(DraftlintError):
    """A binary file: an error when named, a note when met inside a folder."""
