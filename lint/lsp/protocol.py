"""pygls's protocol, with an answer to every malformed request.

pygls reads a request whose params do not fit the method's (a missing field, a wrong type)
as an error of the connection: it logs it and never answers, so the editor waits forever.
Here the request gets its JSON-RPC error (-32602 Invalid Params), and the server goes on."""

from typing import Any

from pygls.exceptions import JsonRpcException
from pygls.protocol import LanguageServerProtocol


class AnsweringProtocol(LanguageServerProtocol):
    def structure_message(self, data: dict[str, Any]) -> Any:
        try:
            return super().structure_message(data)
        except JsonRpcException as error:
            if "id" in data and "method" in data:
                self._send_response(data["id"], error=error.to_response_error())
            raise
