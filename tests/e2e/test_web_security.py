"""draftlint web as it runs: the real process, its printed address, raw HTTP requests.

Nothing here goes through the app in-process: what a browser, another site or another
machine would meet is what is tested."""

import contextlib
import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

URL = re.compile(r"^draftlint web: http://127\.0\.0\.1:(\d+)/([A-Za-z0-9_-]{43})/\n$")
DRAFT = "Merci à Ottilie Brandmeier ! Joignable au 06 34 56 78 12, ottilie.b@laposte.net"
SECRETS = ("Ottilie", "Brandmeier", "06 34 56 78 12", "ottilie.b@laposte.net", "laposte")


@dataclass
class Session:
    process: subprocess.Popen[str]
    port: int
    token: str
    line: str
    output: list[str] = field(default_factory=list)  # stdout after the first line

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        *,
        host: str = "127.0.0.1",
    ) -> tuple[int, dict[str, str], bytes]:
        connection = http.client.HTTPConnection(host, self.port, timeout=120)
        try:
            connection.request(method, path, body=body, headers=headers or {})
            answer = connection.getresponse()
            return answer.status, {k.lower(): v for k, v in answer.getheaders()}, answer.read()
        finally:
            connection.close()

    def api(self, route: str, body: object) -> tuple[int, bytes]:
        data = json.dumps(body).encode()
        status, _, content = self.request(
            "POST", f"/{self.token}/api/{route}", data, {"Content-Type": "application/json"}
        )
        return status, content

    def ended(self, timeout: float) -> int:
        return self.process.wait(timeout=timeout)


def start(cwd: Path, home: Path, *args: str) -> Session:
    process = subprocess.Popen(
        [sys.executable, "-m", "lint.cli", "web", "--no-browser", "--isolated", *args],
        cwd=cwd,
        env={**os.environ, "HOME": str(home)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    first: list[str] = []
    reader = threading.Thread(target=lambda: first.append(process.stdout.readline()))  # type: ignore[union-attr]
    reader.start()
    reader.join(timeout=60)
    assert first, "no address printed within 60 s"
    match = URL.match(first[0])
    assert match, first[0]
    return Session(process, int(match.group(1)), match.group(2), first[0])


def listing(folder: Path) -> set[str]:
    return {str(path.relative_to(folder)) for path in folder.rglob("*")}


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    cwd, home = tmp_path / "work", tmp_path / "home"
    cwd.mkdir()
    home.mkdir()
    (cwd / "notes.txt").write_text("nothing here\n", encoding="utf-8")
    return cwd, home


@pytest.fixture
def session(folders: tuple[Path, Path]) -> Iterator[Session]:
    running = start(*folders)
    yield running
    if running.process.poll() is None:
        running.process.kill()
        running.process.wait()


def test_requests_without_the_token_are_404_with_nothing_said(session: Session) -> None:
    for path in ["/", "/api/info", f"/{session.token[:-2]}/api/info", "/favicon.ico"]:
        status, _, body = session.request("GET", path)
        assert (status, body) == (404, b""), path
    assert session.request("GET", f"/{session.token}/api/info")[0] == 200


def test_a_foreign_host_header_is_refused(session: Session) -> None:
    # DNS rebinding: evil.example resolves to 127.0.0.1, the browser sends its own name.
    for host in ["evil.example", f"evil.example:{session.port}", f"127.0.0.1:{session.port + 1}"]:
        status, _, body = session.request(
            "GET", f"/{session.token}/api/info", headers={"Host": host}
        )
        assert status == 403, host
        assert "Host" in json.loads(body)["error"]


def test_a_request_from_another_origin_is_refused(session: Session) -> None:
    headers = {"Content-Type": "application/json", "Origin": "https://evil.example"}
    status, answer_headers, body = session.request(
        "POST", f"/{session.token}/api/check", b'{"text": "x"}', headers
    )
    assert status == 403
    assert json.loads(body) == {"error": "requests from other sites are refused"}
    assert not [name for name in answer_headers if name.startswith("access-control")]


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded"])
def test_a_cross_site_form_post_is_refused(session: Session, content_type: str) -> None:
    # What <form method=post enctype=...> on another site can send: no Origin check needed.
    status, _, body = session.request(
        "POST", f"/{session.token}/api/stop", b"{}", {"Content-Type": content_type}
    )
    assert status == 415
    assert "application/json" in json.loads(body)["error"]
    assert session.process.poll() is None  # still serving


def test_an_oversized_body_is_413(session: Session) -> None:
    body = b'{"text": "' + b"a" * 10_000_001 + b'"}'
    try:
        status, _, answer = session.request(
            "POST", f"/{session.token}/api/check", body, {"Content-Type": "application/json"}
        )
    except (BrokenPipeError, ConnectionResetError):
        pytest.fail("the server closed the connection instead of answering 413")
    assert status == 413
    assert json.loads(answer) == {"error": "request body larger than 10 MB"}


def non_loopback_addresses() -> list[str]:
    found = set()
    with contextlib.suppress(OSError):  # a host name that resolves to nothing
        found.add(socket.gethostbyname(socket.gethostname()))
    if shutil.which("ip"):
        shown = subprocess.run(["ip", "-4", "-o", "addr"], capture_output=True, text=True)
        found.update(re.findall(r"inet (\d+\.\d+\.\d+\.\d+)/", shown.stdout))
    return sorted(a for a in found if not a.startswith("127."))


def listening_addresses(port: int) -> list[str]:
    """The local addresses of the sockets listening on port, read from /proc/net/tcp(6)."""
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, port_hex = local.split(":")
            if state == "0A" and int(port_hex, 16) == port:  # 0A: LISTEN
                if len(address) == 8:
                    found.append(socket.inet_ntoa(bytes.fromhex(address)[::-1]))
                else:
                    found.append(address)
    return found


def test_the_port_is_reachable_on_loopback_only(session: Session) -> None:
    # Always: the printed address and the kernel's table of listening sockets say 127.0.0.1.
    # Then, on each address this machine has on a network, connecting must fail.
    assert session.line.startswith("draftlint web: http://127.0.0.1:")
    assert listening_addresses(session.port) == ["127.0.0.1"]
    for address in non_loopback_addresses():
        with (
            pytest.raises((ConnectionRefusedError, TimeoutError)),
            socket.create_connection((address, session.port), 3),
        ):
            pass


def test_stop_ends_the_process_with_exit_0(session: Session) -> None:
    status, body = session.api("stop", {})
    assert (status, json.loads(body)) == (200, {"stopping": True})
    assert session.ended(timeout=20) == 0


def test_ctrl_c_ends_the_process_with_exit_0(session: Session) -> None:
    session.process.send_signal(signal.SIGINT)
    assert session.ended(timeout=20) == 0
    assert "Traceback" not in session.process.stderr.read()  # type: ignore[union-attr]


def test_the_idle_timeout_ends_the_process(folders: tuple[Path, Path]) -> None:
    begun = time.monotonic()
    running = start(*folders, "--idle-timeout", "0.05")  # 3 seconds
    assert running.ended(timeout=30) == 0
    assert time.monotonic() - begun >= 3


def test_a_session_writes_no_file_and_prints_none_of_the_draft(
    folders: tuple[Path, Path],
) -> None:
    import base64
    import io

    import docx

    cwd, home = folders
    before = (listing(cwd), listing(home))
    running = start(cwd, home)
    status, body = running.api("check", {"text": DRAFT})
    assert status == 200
    findings = json.loads(body)["findings"]
    assert {f["entity"] for f in findings} >= {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"}
    decisions = [{"key": f["key"], "action": "accept"} for f in findings]
    status, body = running.api("fix", {"text": DRAFT, "decisions": decisions})
    assert status == 200
    assert "Brandmeier" not in json.loads(body)["text"]
    document = docx.Document()
    document.add_paragraph(DRAFT)
    data = io.BytesIO()
    document.save(data)
    upload = {"Content-Type": "application/octet-stream"}
    status, _, body = running.request(
        "POST", f"/{running.token}/api/extract?name=cv.docx", data.getvalue(), upload
    )
    assert status == 200
    file = base64.b64encode(data.getvalue()).decode()
    status, _, redacted = running.request(
        "POST",
        f"/{running.token}/api/docx?name=cv.docx",
        json.dumps({"file": file, "decisions": decisions}).encode(),
        {"Content-Type": "application/json"},
    )
    assert status == 200
    assert redacted.startswith(b"PK")
    running.api("stop", {})
    assert running.ended(timeout=20) == 0
    stdout, stderr = running.process.communicate()
    assert (listing(cwd), listing(home)) == before
    assert stdout == ""  # the address line was all
    for value in SECRETS:
        assert value not in running.line + stdout + stderr


def test_a_port_in_use_is_one_line_and_exit_2(folders: tuple[Path, Path]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "lint.cli", "web", "--no-browser", "--port", str(port)],
            cwd=folders[0],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 2
    assert done.stderr == f"draftlint: error: port {port} is in use; choose another with --port\n"
    assert done.stdout == ""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--port", "70000"], "--port 70000: expected a port from 1 to 65535"),
        (["--idle-timeout", "-1"], "--idle-timeout -1.0: expected minutes, 0 or more"),
    ],
)
def test_bad_options_are_one_line_and_exit_2(
    folders: tuple[Path, Path], args: list[str], message: str
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "lint.cli", "web", "--no-browser", *args],
        cwd=folders[0],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (done.returncode, done.stderr) == (2, f"draftlint: error: {message}\n")
