"""draftlint web's page in a real headless Chromium (the system's, driven by Playwright):
paste, see, decide, copy; open a .docx and download its redacted copy; a PDF; the CSP;
the keyboard alone; a narrow window; the page in French. One server for the module."""

import json
import os
import re
import select
import shutil
import subprocess
import sys
import time
import urllib.request
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from helpers import REPO
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, expect, sync_playwright

# Made up: nobody's name, a number of no one, an address at nobody's mailbox.
NAME = "Marguerite Vasseur"
PHONE = "06 12 34 56 78"
EMAIL = "hire.me.now@gmail.com"
DRAFT = (
    f"Thanks to {NAME} for the tips on my job search!\n\n"
    f"Call me on {PHONE} or write to {EMAIL} any day.\n"
)
FIRST_CHECK = 120_000  # ms: the first check loads both spaCy models
ADDRESS = re.compile(r"draftlint web: (http://127\.0\.0\.1:\d+/[^/\s]+/)")


@dataclass
class Server:
    process: subprocess.Popen[bytes]
    url: str  # http://127.0.0.1:PORT/TOKEN/
    requests: list[str] = field(default_factory=list)

    @property
    def origin(self) -> str:
        return self.url.split("/", 3)[0] + "//" + self.url.split("/", 3)[2]


def _first_line(process: subprocess.Popen[bytes], timeout: float) -> str:
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], timeout)
    assert ready, "draftlint web printed no address"
    return process.stdout.readline().decode()


def _stop(url: str) -> dict[str, object]:
    request = urllib.request.Request(
        url + "api/stop", data=b"{}", headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        answer: dict[str, object] = json.load(response)
    return answer


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    process = subprocess.Popen(
        [sys.executable, "-m", "lint.cli", "web", "--no-browser", "--isolated"],
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        cwd=REPO,
    )
    try:
        line = _first_line(process, 60)
        match = ADDRESS.fullmatch(line.strip())
        assert match, f"not the address line: {line!r}"
        yield Server(process, match.group(1))
    finally:
        if process.poll() is None:  # the last test stops it; a failure before may not have
            process.kill()
            process.wait(timeout=30)


@pytest.fixture(scope="module")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="module")
def browser(playwright: Playwright) -> Iterator[Browser]:
    chromium = shutil.which("chromium")
    # No skip: .ci/run installs chromium; nothing is downloaded at test time.
    assert chromium is not None, "chromium is needed: apt-get install chromium"
    launched = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
    yield launched
    launched.close()


def _context(browser: Browser, server: Server, **options: object) -> BrowserContext:
    context = browser.new_context(**options)  # type: ignore[arg-type]
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.origin)

    # Every request the page makes is recorded, then let through.
    def record(route, request) -> None:  # type: ignore[no-untyped-def]
        server.requests.append(request.url)
        route.continue_()

    context.route("**/*", record)
    return context


@pytest.fixture
def page(browser: Browser, server: Server) -> Iterator[Page]:
    context = _context(browser, server, locale="en-GB", viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    opened.goto(server.url)
    yield opened
    context.close()
    assert errors == [], errors  # no script error along the way


def _paste(page: Page, text: str = DRAFT) -> None:
    page.fill("#draft", text)
    expect(page.locator("#findings-list > li")).to_have_count(3, timeout=FIRST_CHECK)


def _item(page: Page, entity: str):  # type: ignore[no-untyped-def]
    return page.locator("#findings-list > li").filter(
        has=page.locator(".entity", has_text=re.compile(f"^{entity}$"))
    )


def _suggestion(page: Page, entity: str) -> str:
    return _item(page, entity).locator(".replacement").inner_text()


def test_a_pasted_draft_is_highlighted_with_its_findings(page: Page) -> None:
    _paste(page)
    marks = page.locator("#backdrop mark")
    expect(marks).to_have_count(3)
    found = {mark.get_attribute("data-entity"): mark.inner_text() for mark in marks.all()}
    assert found == {"PERSON": NAME, "PHONE_NUMBER": PHONE, "EMAIL_ADDRESS": EMAIL}
    for mark in marks.all():  # coloured by severity
        assert re.fullmatch(r"sev-(error|warning|info)", mark.get_attribute("class") or "")
    expect(page.locator("#count")).to_have_text("3 findings.")
    expect(page.locator("#count")).to_have_attribute("aria-live", "polite")
    # The detected language and profile are the selects' defaults.
    expect(page.locator("#language option[value=auto]")).to_have_text("auto (detected: en)")
    expect(page.locator("#profile option[value=auto]")).to_have_text("auto (detected: post)")
    # Hovering a highlight shows its entity, suggestion and explanation.
    box = page.locator("#backdrop mark[data-entity=PHONE_NUMBER]").bounding_box()
    assert box is not None
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    expect(page.locator("#detail")).to_contain_text("PHONE_NUMBER")
    expect(page.locator("#detail")).to_contain_text(_suggestion(page, "PHONE_NUMBER"))
    # Nothing decided yet: the fixed text is the draft.
    expect(page.locator("#fixed")).to_have_value(DRAFT)


def test_accepting_one_suggestion_and_keeping_another(page: Page) -> None:
    _paste(page)
    phone_suggestion = _suggestion(page, "PHONE_NUMBER")
    _item(page, "PHONE_NUMBER").get_by_role("button", name="Accept").click()
    _item(page, "EMAIL_ADDRESS").get_by_role("button", name="Keep").click()
    fixed = page.locator("#fixed")
    expect(fixed).to_have_value(re.compile(re.escape(phone_suggestion)))
    value = fixed.input_value()
    assert PHONE not in value
    assert EMAIL in value  # kept
    assert NAME in value  # no decision: unchanged
    expect(_item(page, "EMAIL_ADDRESS").get_by_role("button", name="Keep")).to_have_attribute(
        "aria-pressed", "true"
    )


def test_an_edited_replacement_goes_into_the_fixed_text(page: Page) -> None:
    _paste(page)
    item = _item(page, "PERSON")
    item.get_by_role("button", name="Edit").click()
    item.get_by_label("Replacement").fill("a former colleague")
    item.get_by_label("Replacement").press("Enter")
    expect(page.locator("#fixed")).to_have_value(re.compile("a former colleague"))
    assert NAME not in page.locator("#fixed").input_value()


def test_a_style_chosen_for_names_changes_their_suggestion(page: Page) -> None:
    _paste(page)
    pseudonym = _suggestion(page, "PERSON")
    page.get_by_label("Names become").select_option("placeholder")
    expect(_item(page, "PERSON").locator(".replacement")).not_to_have_text(pseudonym)
    placeholder = _suggestion(page, "PERSON")
    assert NAME not in placeholder
    assert _suggestion(page, "PHONE_NUMBER") == "[number on request]"  # names only
    _item(page, "PERSON").get_by_role("button", name="Accept").click()
    expect(page.locator("#fixed")).to_have_value(re.compile(re.escape(placeholder)))


def test_accept_all_then_copy_the_fixed_text(page: Page) -> None:
    _paste(page)
    page.get_by_role("button", name="Accept all").click()
    fixed = page.locator("#fixed")
    for value in (NAME, PHONE, EMAIL):
        expect(fixed).not_to_have_value(re.compile(re.escape(value)))
    page.get_by_role("button", name="Copy fixed text").click()
    expect(page.locator("#status")).to_have_text("The fixed text is on the clipboard.")
    assert page.evaluate("navigator.clipboard.readText()") == fixed.input_value()


def test_typing_moves_the_highlights_and_a_decision_follows_its_finding(page: Page) -> None:
    _paste(page)
    phone_suggestion = _suggestion(page, "PHONE_NUMBER")
    _item(page, "PHONE_NUMBER").get_by_role("button", name="Accept").click()
    expect(page.locator("#fixed")).to_have_value(re.compile(re.escape(phone_suggestion)))
    draft = page.locator("#draft")
    draft.focus()
    draft.press("Control+Home")
    page.keyboard.type("Good news! ")  # as typed: one input event a key, checks debounced
    expect(page.locator("#fixed")).to_have_value(re.compile("^Good news! Thanks"))
    assert phone_suggestion in page.locator("#fixed").input_value()  # still accepted
    expect(_item(page, "PHONE_NUMBER").get_by_role("button", name="Accept")).to_have_attribute(
        "aria-pressed", "true"
    )
    start = DRAFT.index(PHONE) + len("Good news! ")
    expect(_item(page, "PHONE_NUMBER")).to_have_attribute(
        "data-key", f"{start}:{start + len(PHONE)}:phone-number"
    )


def test_markup_in_a_draft_stays_text(page: Page, server: Server) -> None:
    draft = f'<b>Hi</b> <img src="x.png"> <script>alert(1)</script> call {PHONE}\n'
    page.fill("#draft", draft)
    expect(page.locator("#backdrop mark")).to_have_count(1, timeout=FIRST_CHECK)
    assert page.locator("#backdrop *").count() == 1  # the mark alone: no tag was parsed
    assert page.locator("#backdrop").inner_text().startswith('<b>Hi</b> <img src="x.png">')
    expect(page.locator("#findings-list .value")).to_have_text(PHONE)
    assert not [url for url in server.requests if url.endswith("x.png")]


def test_a_docx_opened_gives_its_findings_and_a_redacted_copy(page: Page, tmp_path: Path) -> None:
    import docx

    made = docx.Document()
    made.add_paragraph(f"Thanks to {NAME} for the tips on my job search!")
    made.add_paragraph(f"Call me on {PHONE} or write to {EMAIL} any day.")
    path = tmp_path / "post.docx"
    made.save(str(path))
    with zipfile.ZipFile(path, "a") as package:  # an embedded file draftlint cannot read
        package.writestr("word/embeddings/budget.xlsx", b"not read")
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Open a file…").click()
    chooser.value.set_files(str(path))
    expect(page.locator("#findings-list > li")).to_have_count(3, timeout=FIRST_CHECK)
    expect(page.locator("#draft")).to_have_value(re.compile(re.escape(PHONE)))
    expect(page.locator("#file-name")).to_have_text("post.docx")
    phone_suggestion = _suggestion(page, "PHONE_NUMBER")
    _item(page, "PHONE_NUMBER").get_by_role("button", name="Accept").click()
    expect(page.locator("#fixed")).to_have_value(re.compile(re.escape(phone_suggestion)))
    with page.expect_download() as download:
        page.get_by_role("button", name="Download redacted copy").click()
    assert download.value.suggested_filename == "post.redacted.docx"
    expect(page.locator("#status")).to_have_text(
        "Downloaded post.redacted.docx. Copied without being read, so check them in Word: "
        "word/embeddings/budget.xlsx."
    )
    saved = tmp_path / "saved.docx"
    download.value.save_as(saved)
    text = "\n".join(p.text for p in docx.Document(str(saved)).paragraphs)
    assert PHONE not in text
    assert phone_suggestion in text
    assert EMAIL in text  # not accepted: left as it was


def test_a_pdf_shows_its_findings_and_why_it_cannot_be_rewritten(
    page: Page, tmp_path: Path
) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "cv.pdf"
    made = canvas.Canvas(str(path))
    made.drawString(72, 720, f"Call me on {PHONE} or write to {EMAIL} any day.")
    made.save()
    page.set_input_files("#file", str(path))
    expect(page.locator("#findings-list > li")).to_have_count(2, timeout=FIRST_CHECK)
    note = page.locator("#file-note")
    expect(note).to_be_visible()
    expect(note).to_contain_text("cv.pdf cannot be rewritten:")
    expect(page.get_by_role("button", name="Download redacted copy")).to_be_hidden()
    page.get_by_role("button", name="Accept all").click()
    expect(page.locator("#fixed")).not_to_have_value(re.compile(re.escape(PHONE)))
    # In French, the reason is the server's French one.
    page.get_by_role("button", name="Français").click()
    expect(note).to_contain_text("cv.pdf ne peut pas être réécrit : draftlint ne peut pas")


def _drop(page: Page, name: str, data: bytes) -> None:
    """A file dropped on the page, as a file manager drops it."""
    dropped = page.evaluate_handle(
        """([name, bytes]) => {
            const transfer = new DataTransfer();
            transfer.items.add(new File([new Uint8Array(bytes)], name));
            return transfer;
        }""",
        [name, list(data)],
    )
    page.dispatch_event("#drop-zone", "drop", {"dataTransfer": dropped})


def test_a_dropped_file_is_opened_and_a_broken_one_is_a_one_line_error(page: Page) -> None:
    # Read as check reads a Markdown file: the ignore comment silences the line under it.
    note = f"# Note\n\n<!-- draftlint: ignore phone-number -->\nThe front desk: {PHONE}.\n\n"
    _drop(page, "note.md", f"{note}Reach me on 07 98 76 54 32, evenings.\n".encode())
    expect(page.locator("#findings-list > li")).to_have_count(1, timeout=FIRST_CHECK)
    expect(page.locator("#backdrop mark")).to_have_text("07 98 76 54 32")
    expect(page.locator("#status")).to_have_text("note.md opened.")
    opened = page.locator("#draft").input_value()
    _drop(page, "broken.docx", b"not a zip archive")
    status = page.locator("#status")
    expect(status).to_have_class(re.compile(r"\berror\b"))
    expect(status).to_contain_text("broken.docx")
    assert "\n" not in status.inner_text()
    assert page.locator("#draft").input_value() == opened  # the draft stays as it was


def test_the_page_loads_nothing_from_elsewhere_and_its_csp_blocks_foreign_scripts(
    page: Page, server: Server
) -> None:
    _paste(page)
    blocked = page.evaluate(
        """() => new Promise((resolve) => {
            const seen = [];
            document.addEventListener("securitypolicyviolation", (event) => {
                seen.push(event.blockedURI);
                if (seen.length === 2) resolve(seen);
            });
            const foreign = document.createElement("script");
            foreign.src = "http://example.invalid/x.js";
            document.head.append(foreign);
            const inline = document.createElement("script");
            inline.textContent = "window.inlineRan = true;";
            document.head.append(inline);
            setTimeout(() => resolve(seen), 5000);
        })"""
    )
    assert sorted(blocked) == ["http://example.invalid/x.js", "inline"]
    assert page.evaluate("window.inlineRan") is None
    assert server.requests, "no request recorded"
    outside = [url for url in server.requests if not url.startswith(server.url)]
    assert outside == []


def test_the_keyboard_alone_reaches_a_finding_and_accepts_it(page: Page) -> None:
    _paste(page)
    draft = page.locator("#draft")
    draft.focus()
    # The caret moved into a highlight shows what it is.
    draft.evaluate("(area, at) => area.setSelectionRange(at, at)", DRAFT.index(EMAIL))
    draft.press("ArrowRight")
    expect(page.locator("#detail")).to_contain_text("EMAIL_ADDRESS")
    for _ in range(40):
        page.keyboard.press("Tab")
        focused = page.evaluate("document.activeElement.className")
        if focused == "action-accept":
            break
    else:
        pytest.fail("Tab never reached an Accept button")
    # The focus is visible: an outline drawn around the button.
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    key = page.evaluate("document.activeElement.closest('li').dataset.key")
    page.keyboard.press("Enter")
    accept = page.locator(f'#findings-list > li[data-key="{key}"] .action-accept')
    expect(accept).to_have_attribute("aria-pressed", "true")
    expect(page.locator("#fixed")).not_to_have_value(DRAFT)


def test_a_narrow_window_puts_the_findings_under_the_draft_without_scrolling_sideways(
    browser: Browser, server: Server
) -> None:
    context = _context(browser, server, locale="en-GB", viewport={"width": 400, "height": 800})
    page = context.new_page()
    page.goto(server.url)
    _paste(page)
    editor = page.locator("#editor").bounding_box()
    findings = page.locator("#findings-list").bounding_box()
    assert editor is not None
    assert findings is not None
    assert findings["y"] >= editor["y"] + editor["height"]
    assert page.evaluate("document.documentElement.scrollWidth") <= 400
    context.close()


def test_the_page_speaks_french_by_the_browser_or_by_the_toggle(
    browser: Browser, server: Server
) -> None:
    context = _context(browser, server, locale="fr-FR", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(server.url)
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.locator("#findings-title")).to_have_text("Constats")
    expect(page.locator("#copy")).to_have_text("Copier le texte corrigé")
    # The findings' explanations are in French too, and follow the toggle.
    page.fill("#draft", DRAFT)
    email = _item(page, "EMAIL_ADDRESS")
    expect(email).to_have_count(1, timeout=FIRST_CHECK)
    email.hover()
    detail = page.locator("#detail")
    expect(detail).to_contain_text("Adresse e-mail")
    expect(detail).to_contain_text("Pourquoi : Une adresse publiée")
    page.get_by_role("button", name="English").click()
    expect(page.locator("#findings-title")).to_have_text("Findings")
    _item(page, "EMAIL_ADDRESS").hover()
    expect(detail).to_contain_text("Why: A published address")
    page.get_by_role("button", name="Français").click()
    expect(page.locator("#accept-all")).to_have_text("Tout accepter")
    context.close()


def test_the_server_stops_when_asked_and_exits_0(server: Server) -> None:
    assert _stop(server.url) == {"stopping": True}
    deadline = time.monotonic() + 30
    while server.process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert server.process.returncode == 0
