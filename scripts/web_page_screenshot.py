"""The README's screenshot of draftlint web's page, with findings, on a made-up draft.

    PYTHONPATH=. python scripts/web_page_screenshot.py [docs/images/web-page.png]

Starts `draftlint web --no-browser` from this checkout, pastes the draft into the page in
the system's Chromium (Playwright, as tests/e2e/test_web_page.py drives it), accepts two
suggestions, takes the picture, and stops the server.
"""

import json
import re
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

from playwright.sync_api import expect, sync_playwright

REPO = Path(__file__).resolve().parent.parent
# Nobody's data: a made-up name, a number and an IBAN of no one (the IBAN is the
# checksummed example banks publish), a mailbox nobody owns.
DRAFT = """Big news: after six great years I am looking for my next role in data engineering!

Huge thanks to Marguerite Vasseur, my manager, for her support.

Recruiters: call me on 06 12 34 56 78 or write to hire.me.now@gmail.com.
My new address is 12 rue des Lilas, 69003 Lyon.
Rent refunds go to FR76 3000 6000 0112 3456 7890 189.
"""


def main(output: Path) -> None:
    server = subprocess.Popen(
        [sys.executable, "-m", "lint.cli", "web", "--no-browser", "--isolated"],
        stdout=subprocess.PIPE,
        cwd=REPO,
    )
    assert server.stdout is not None
    found = re.search(r"http://127\.0\.0\.1:\d+/[^/\s]+/", server.stdout.readline().decode())
    assert found, "draftlint web printed no address"
    url = found.group(0)
    try:
        with sync_playwright() as driver:
            browser = driver.chromium.launch(
                executable_path=shutil.which("chromium"), args=["--no-sandbox"]
            )
            page = browser.new_page(viewport={"width": 1280, "height": 860}, locale="en-GB")
            page.goto(url)
            page.fill("#draft", DRAFT)
            items = page.locator("#findings-list > li")
            expect(items).to_have_count(5, timeout=120_000)
            for entity in ("PHONE_NUMBER", "EMAIL_ADDRESS"):
                items.filter(has_text=entity).get_by_role("button", name="Accept").click()
            expect(page.locator("#fixed")).not_to_have_value(re.compile("06 12"))
            output.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(output), full_page=True)
            browser.close()
    finally:
        stop = urllib.request.Request(
            url + "api/stop", data=b"{}", headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(stop, timeout=30) as answer:
            json.load(answer)
        server.wait(timeout=30)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "docs" / "images" / "web-page.png")
