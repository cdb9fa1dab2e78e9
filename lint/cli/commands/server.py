"""draftlint server: the language server, over stdio, for an editor to start."""


def server_command() -> None:
    """Run the language server on stdin and stdout (for an editor to start)."""
    from lint.lsp.server import build_server

    build_server().start_io()
