"""No network, ever: a full scan in both languages with every socket call refused and recorded."""

import json
import subprocess
import sys
from pathlib import Path

BLOCK_AND_RUN = """
import socket, sys
attempts = []
def refuse(*args, **kwargs):
    attempts.append(repr(args[:2]))
    raise OSError("network blocked by the test")
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
from lint.cli.app import app
try:
    app(sys.argv[1:])
except SystemExit as end:
    code = end.code
print("NETWORK ATTEMPTS:", attempts, file=sys.stderr)
sys.exit(code)
"""

DRAFT = """Looking for a new role! Reach me at jane.doe@example.co.uk or +44 7911 123456.
My colleague Sarah Johnson can vouch for me; server at 192.168.1.24.

Bonjour, je cherche un poste. Écrivez à karim.benali69 [at] gmail [point] com
ou appelez le 06 12 34 56 78. Merci à Jean-Baptiste Moreau pour son aide.
IBAN FR76 3000 3018 4700 0517 3826 435, n° sécu 1 88 07 69 383 147 01.
"""


def test_a_full_scan_with_sockets_blocked_finds_everything(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", BLOCK_AND_RUN, "check", "--format", "json", str(draft)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert "NETWORK ATTEMPTS: []" in result.stderr, result.stderr
    assert result.returncode == 1
    findings = json.loads(result.stdout)["findings"]
    entities = [f["entity"] for f in findings]
    assert entities.count("EMAIL_ADDRESS") == 2
    assert {"PHONE_NUMBER", "PERSON", "IP_ADDRESS", "FINANCIAL_ACCOUNT", "NATIONAL_ID"} <= set(
        entities
    )
    assert {f["language"] for f in findings} == {"en", "fr"}
