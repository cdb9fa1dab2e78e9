"""draftlint server: the language server, over stdio, for an editor to start."""

import contextlib
import os
import sys


def server_command() -> None:
    """Run the language server on stdin and stdout (for an editor to start)."""
    from lint.lsp.server import run_server

    code = run_server()
    # At once, as the editor asked: a check still running on the worker thread is dropped
    # (interpreter finalization with it in C code can abort the process).
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(ValueError, OSError):  # pygls closes stdout at exit
            stream.flush()
    os._exit(code)
