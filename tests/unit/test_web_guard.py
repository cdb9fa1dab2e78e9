"""The guard of draftlint web, through the real app in this process (no scan: every
request here is answered or refused before a draft is read)."""

import re
from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient

from lint.pipeline import Scanner
from lint.web.app import build_app
from lint.web.security import CSP, MAX_BYTES, Activity

TOKEN = "t0k3n-for-tests_abcdefghijklmnopqrstuvwxyz012"
PORT = 48123
ORIGIN = f"http://127.0.0.1:{PORT}"
JSON = {"Content-Type": "application/json"}


@pytest.fixture
def client() -> Iterator[TestClient]:
    app = build_app(
        Scanner(profile=None), token=TOKEN, port=PORT, activity=Activity(), stop=lambda: None
    )
    with TestClient(app, base_url=ORIGIN, follow_redirects=False) as client:
        yield client


def test_the_page_and_info_are_served_under_the_token(client: TestClient) -> None:
    page = client.get(f"/{TOKEN}/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    info = client.get(f"/{TOKEN}/api/info").json()
    assert info["languages"] == ["en", "fr"]
    assert set(info["profiles"]) == {"post", "cv", "letter", "message"}
    assert "pseudonym" in info["styles"]
    assert info["max_bytes"] == MAX_BYTES


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/api/info",
        f"/{TOKEN[:-1]}/api/info",
        f"/{TOKEN}x/api/info",
        f"/x{TOKEN}/",
        f"/api/{TOKEN}/info",
    ],
)
def test_without_the_right_token_nothing_is_said(client: TestClient, path: str) -> None:
    answer = client.get(path)
    assert answer.status_code == 404
    assert answer.content == b""


def test_the_token_without_its_slash_leads_to_the_page(client: TestClient) -> None:
    answer = client.get(f"/{TOKEN}")
    assert answer.status_code == 307
    assert answer.headers["location"] == f"/{TOKEN}/"


@pytest.mark.parametrize("host", ["evil.example:48123", "127.0.0.1:1", "127.0.0.1", "[::1]:48123"])
def test_a_foreign_host_header_is_refused(client: TestClient, host: str) -> None:
    answer = client.get(f"/{TOKEN}/api/info", headers={"Host": host})
    assert answer.status_code == 403
    assert "Host" in answer.json()["error"]


def test_localhost_by_name_is_the_same_machine(client: TestClient) -> None:
    answer = client.get(f"/{TOKEN}/api/info", headers={"Host": f"localhost:{PORT}"})
    assert answer.status_code == 200


@pytest.mark.parametrize(
    "origin", ["https://evil.example", "null", f"http://127.0.0.1:{PORT + 1}", "http://127.0.0.1"]
)
def test_a_foreign_origin_is_refused(client: TestClient, origin: str) -> None:
    answer = client.post(f"/{TOKEN}/api/stop", json={}, headers={"Origin": origin})
    assert answer.status_code == 403
    assert answer.json() == {"error": "requests from other sites are refused"}


def test_the_page_own_origin_is_accepted(client: TestClient) -> None:
    answer = client.get(f"/{TOKEN}/api/info", headers={"Origin": f"http://localhost:{PORT}"})
    assert answer.status_code == 200


@pytest.mark.parametrize(
    "content_type",
    ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""],
)
def test_a_cross_site_form_post_is_refused(client: TestClient, content_type: str) -> None:
    answer = client.post(
        f"/{TOKEN}/api/check",
        content=b'{"text": "x"}',
        headers={"Content-Type": content_type} if content_type else {},
    )
    assert answer.status_code == 415
    assert answer.json() == {"error": "expected Content-Type: application/json"}


def test_an_upload_takes_octet_stream_only(client: TestClient) -> None:
    answer = client.post(f"/{TOKEN}/api/extract?name=a.txt", content=b"hi", headers=JSON)
    assert answer.status_code == 415
    assert "application/octet-stream" in answer.json()["error"]


def test_a_body_declared_too_large_is_refused_before_it_is_read(client: TestClient) -> None:
    answer = client.post(
        f"/{TOKEN}/api/check",
        content=b"{}",
        headers={**JSON, "Content-Length": str(MAX_BYTES + 1)},
    )
    assert answer.status_code == 413
    assert answer.json() == {"error": "request body larger than 10 MB"}


def test_a_chunked_body_is_cut_at_the_limit(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(MAX_BYTES // 1_000_000 + 1):
            yield b" " * 1_000_000
        yield b"{}"

    answer = client.post(f"/{TOKEN}/api/check", content=chunks(), headers=JSON)
    assert answer.status_code == 413


@pytest.mark.parametrize("method", ["PUT", "DELETE", "OPTIONS", "PATCH"])
def test_other_methods_are_refused(client: TestClient, method: str) -> None:
    answer = client.request(method, f"/{TOKEN}/api/check")
    assert answer.status_code == 405
    assert "access-control-allow-origin" not in answer.headers


@pytest.mark.parametrize(
    "path", [f"/{TOKEN}/", f"/{TOKEN}/api/info", "/nothing", f"/{TOKEN}/static/none.js"]
)
def test_every_answer_carries_the_security_headers_and_no_cors(
    client: TestClient, path: str
) -> None:
    headers = client.get(path, headers={"Origin": ORIGIN}).headers
    assert headers["content-security-policy"] == CSP
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    assert headers["cache-control"] == "no-store"
    assert headers["x-frame-options"] == "DENY"
    assert not [name for name in headers if name.startswith("access-control-")]


@pytest.mark.parametrize(
    "name", ["..%2Fapp.py", "%2e%2e/security.py", "%2e%2e%2f%2e%2e%2ferrors.py", "/etc/passwd"]
)
def test_nothing_outside_the_static_folder_is_served(client: TestClient, name: str) -> None:
    answer = client.get(f"/{TOKEN}/static/{name}")
    assert answer.status_code == 404
    assert b"import" not in answer.content


@pytest.mark.parametrize("name", ["../app.py", "../../errors.py", "..", ".", "", "/etc/hostname"])
def test_a_static_name_never_leaves_its_folder(name: str) -> None:
    from lint.web.app import static_file

    assert static_file(name).status_code == 404


def test_static_files_are_served_with_their_type() -> None:
    from lint.web.app import static_file

    page = static_file("index.html")
    assert page.status_code == 200
    assert page.media_type == "text/html; charset=utf-8"


def test_a_wrong_route_under_the_token_is_a_json_404(client: TestClient) -> None:
    answer = client.get(f"/{TOKEN}/api/nothing")
    assert answer.status_code == 404
    assert answer.json() == {"error": "not found"}


def test_each_session_has_its_own_long_url_safe_token() -> None:
    from lint.web.runner import new_token

    tokens = {new_token() for _ in range(20)}
    assert len(tokens) == 20
    assert all(re.fullmatch(r"[A-Za-z0-9_-]{43}", token) for token in tokens)


def test_the_socket_listens_on_loopback_only() -> None:
    from lint.web.runner import listening_socket

    with listening_socket(0) as sock:
        host, port = sock.getsockname()
    assert host == "127.0.0.1"
    assert port > 0


def test_a_port_in_use_is_one_line() -> None:
    from lint.errors import DraftlintError
    from lint.web.runner import listening_socket

    with listening_socket(0) as taken:
        port = taken.getsockname()[1]
        with pytest.raises(DraftlintError, match=rf"^port {port} is in use; choose another"):
            listening_socket(port)


def test_a_bad_body_is_a_json_400_of_one_line(client: TestClient) -> None:
    answer = client.post(f"/{TOKEN}/api/check", content=b"{not json", headers=JSON)
    assert answer.status_code == 400
    assert answer.json()["error"].startswith("body: invalid JSON")


def test_an_upload_needs_a_file_name(client: TestClient) -> None:
    headers = {"Content-Type": "application/octet-stream"}
    answer = client.post(f"/{TOKEN}/api/extract?name=../cv.txt", content=b"hi", headers=headers)
    assert answer.status_code == 400
    assert answer.json()["error"].startswith("name: the file's name is needed")


def test_stop_answers_then_stops_the_server() -> None:
    stopped: list[bool] = []
    app = build_app(
        Scanner(profile=None),
        token=TOKEN,
        port=PORT,
        activity=Activity(),
        stop=lambda: stopped.append(True),
    )
    with TestClient(app, base_url=ORIGIN) as client:
        answer = client.post(f"/{TOKEN}/api/stop", json={})
    assert answer.json() == {"stopping": True}
    assert stopped == [True]


def test_the_idle_clock_stands_still_while_a_request_runs() -> None:
    activity = Activity()
    activity.last -= 100
    assert activity.idle_for() >= 100
    activity.running = 1
    assert activity.idle_for() == 0.0
