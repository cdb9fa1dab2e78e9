"""The audit's HTML report in a real headless browser: it renders, and shows no value."""

import shutil
import subprocess
from pathlib import Path

from helpers import run
from linkedin_exports import build_export


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def test_the_html_report_renders_in_a_real_browser_with_values_masked(tmp_path: Path) -> None:
    browser = _chromium()
    # No skip: .ci/run installs chromium, and a missing browser is a failure to see.
    assert browser is not None, "chromium is needed: apt-get install chromium"
    page = tmp_path / "audit.html"
    result = run("audit", "--format", "html", "--output", str(page), str(build_export(tmp_path)))
    assert result.exit_code == 1
    source = page.read_text(encoding="utf-8")
    assert "<script" not in source
    assert "http://" not in source  # nothing loaded from outside
    assert "src=" not in source
    dom = subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    assert "<h2>Posts (2)</h2>" in dom
    assert "PHONE_NUMBER" in dom
    assert "0* ** ** ** *8" in dom
    for value in ("06 12 34 56 78", "jane.doe@gmail.com", "FR76 3000 3018", "Julien Marchetti"):
        assert value not in dom
    assert 'href="https://www.linkedin.com/feed/update/urn:li:share:7170000000000000001"' in dom
