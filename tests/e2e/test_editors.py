"""The editor set-ups of editors/, run in the real editors against the real `draftlint server`:
Neovim (headless) and Emacs with eglot (batch), each loading the documented file as it is.
Each opens one made-up draft, waits for the diagnostics, applies the phone number's quick fix
and waits for the check of the edited text."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import REPO

EDITORS = REPO / "editors"
BIN = Path(sys.executable).parent  # the venv's: its draftlint is the one the editors start
# Made up: nobody's name, a number in no directory.
DRAFT = "Coffee with Ottilie Brennan on Monday was a delight.\n\nText me at 06 47 18 92 35 soon.\n"
PHONE = "06 47 18 92 35"
FIXED = "Text me at [number on request] soon."
TIMEOUT = 150  # the editor, then the server's first check, which loads both spaCy models


def editor_env(home: Path) -> dict[str, str]:
    """As a user's shell: the venv's bin first on PATH, so the editor finds draftlint there;
    this checkout's code; a home of its own, so no user configuration is read or written."""
    return {
        **os.environ,
        "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}",
        "PYTHONPATH": str(REPO),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "XDG_CACHE_HOME": str(home / ".cache"),
    }


def made_up_draft(tmp_path: Path) -> Path:
    """posts/post.md in a repository: the set-ups look for its root upwards."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "posts").mkdir()
    draft = tmp_path / "posts" / "post.md"
    draft.write_text(DRAFT, encoding="utf-8")
    return draft


# Run after the documented config and the draft are loaded: wait for both diagnostics, ask
# the server for the code actions on the phone number as <leader>ca would, apply the preferred
# one's edit, wait for the check of the edited buffer; everything seen goes to $OUT as JSON.
NEOVIM_SCRIPT = """
local function wait_for(count)
  return vim.wait(120000, function() return #vim.diagnostic.get(0) == count end, 50)
end
local out = { found = wait_for(2), filetype = vim.bo.filetype }
out.roots = {}
for _, client in pairs(vim.lsp.get_active_clients()) do
  table.insert(out.roots, client.config.root_dir)
end
out.diagnostics = vim.diagnostic.get(0)
local phone
for _, d in ipairs(out.diagnostics) do
  if d.code:find("^phone") then phone = d end
end
local range = {
  start = { line = phone.lnum, character = phone.col },
  ["end"] = { line = phone.end_lnum, character = phone.end_col },
}
local params = {
  textDocument = vim.lsp.util.make_text_document_params(0),
  range = range,
  context = { diagnostics = { { range = range, message = phone.message, code = phone.code,
                                 source = phone.source, severity = phone.severity } } },
}
local answers = vim.lsp.buf_request_sync(0, "textDocument/codeAction", params, 30000)
local id, answer = next(answers)
out.titles = {}
for _, action in ipairs(answer.result) do
  table.insert(out.titles, action.title)
  if action.isPreferred and out.applied == nil then
    out.applied = action.title
    vim.lsp.util.apply_workspace_edit(action.edit, vim.lsp.get_client_by_id(id).offset_encoding)
  end
end
out.text = vim.api.nvim_buf_get_lines(0, 0, -1, false)
out.rechecked = wait_for(1)
out.after = vim.diagnostic.get(0)
local file = io.open(vim.env.OUT, "w")
file:write(vim.fn.json_encode(out))
file:close()
vim.cmd("qall!")
"""


@pytest.mark.timeout(TIMEOUT + 30)
def test_neovim_with_the_documented_config_shows_and_fixes_the_findings(tmp_path: Path) -> None:
    assert shutil.which("nvim"), "Neovim is missing: .ci/run installs it"
    draft = made_up_draft(tmp_path)
    script = tmp_path / "check.lua"
    script.write_text(NEOVIM_SCRIPT, encoding="utf-8")
    out = tmp_path / "seen.json"
    config = EDITORS / "neovim" / "draftlint.lua"
    subprocess.run(
        ["nvim", "--headless", "--clean", "-u", str(config), "-c", f"luafile {script}", draft.name],
        cwd=draft.parent,
        env={**editor_env(tmp_path), "OUT": str(out)},
        capture_output=True,
        timeout=TIMEOUT,
        check=True,
    )
    seen = json.loads(out.read_text(encoding="utf-8"))
    assert seen["filetype"] == "markdown"
    assert seen["roots"] == [str(tmp_path)]  # one server, at the repository's root
    assert seen["found"], f"no diagnostics in time: {seen['diagnostics']}"
    by_code = {d["code"]: d for d in seen["diagnostics"]}
    assert {code.split("-")[0] for code in by_code} == {"person", "phone"}
    phone = next(d for code, d in by_code.items() if code.startswith("phone"))
    person = next(d for code, d in by_code.items() if code.startswith("person"))
    assert (phone["lnum"], phone["col"], phone["end_col"]) == (2, 11, 25)
    assert (person["lnum"], person["col"], person["end_col"]) == (0, 12, 27)
    assert phone["message"].startswith("PHONE_NUMBER ")
    assert person["message"].startswith("PERSON ")
    for diagnostic in seen["diagnostics"]:
        assert diagnostic["source"] == "draftlint"
        assert diagnostic["severity"] == 2  # vim.diagnostic.severity.WARN: the rules' warning
    assert PHONE not in phone["message"]  # masked, as in every report that may be kept
    assert "Ottilie Brennan" not in person["message"]

    assert seen["applied"] == "draftlint: write '[number on request]'"
    assert any(title.startswith("draftlint: ignore phone-number") for title in seen["titles"])
    assert seen["text"] == [*DRAFT.split("\n")[:2], FIXED]
    assert seen["rechecked"], f"the edit was not checked again: {seen['after']}"
    assert [d["code"] for d in seen["after"]] == [person["code"]]


# Batch Emacs has no command loop: eglot-ensure connects when the command that opened the file
# ends (post-command-hook), and eglot sends changes when Emacs is idle; saving sends them too.
EMACS_SCRIPT = """
(package-activate-all)  ; as an interactive start does: Debian's elpa-eglot, markdown-mode
(load (getenv "DRAFTLINT_EL"))
(find-file "post.md")
(run-hooks 'post-command-hook)
(defun draftlint-test-wait (count)
  (let ((deadline (+ (float-time) 120)))
    (while (and (/= (length (flymake-diagnostics)) count) (< (float-time) deadline))
      (accept-process-output nil 0.05))))
(defun draftlint-test-seen ()  ; a vector: json-encode reads a list of plists as an alist
  (vconcat (mapcar (lambda (d)
            (list :line (line-number-at-pos (flymake-diagnostic-beg d))
                  :value (buffer-substring-no-properties (flymake-diagnostic-beg d)
                                                         (flymake-diagnostic-end d))
                  :type (symbol-name (flymake-diagnostic-type d))
                  :text (flymake-diagnostic-text d)))
          (sort (flymake-diagnostics) (lambda (a b) (< (flymake-diagnostic-beg a)
                                                       (flymake-diagnostic-beg b)))))))
(draftlint-test-wait 2)
(let ((seen (list :mode (symbol-name major-mode) :diagnostics (draftlint-test-seen)
                  :root (directory-file-name (expand-file-name (project-root (project-current)))))))
  (let ((phone (seq-find (lambda (d) (string-prefix-p "draftlint [phone"
                                                      (flymake-diagnostic-text d)))
                         (flymake-diagnostics)))
        (last-nonmenu-event ?\\r))  ; a key, not a mouse click: the menu is a prompt
    ;; M-x eglot-code-actions on the number; RET (from stdin) takes the preferred action.
    (eglot-code-actions (flymake-diagnostic-beg phone) (flymake-diagnostic-end phone)
                        "quickfix" t))
  (setq seen (plist-put seen :text (buffer-string)))
  (save-buffer)
  (draftlint-test-wait 1)
  (setq seen (plist-put seen :after (draftlint-test-seen)))
  (with-temp-file (getenv "OUT") (insert (json-encode seen))))
"""


@pytest.mark.timeout(TIMEOUT + 30)
def test_emacs_eglot_with_the_documented_setup_shows_and_fixes_the_findings(
    tmp_path: Path,
) -> None:
    assert shutil.which("emacs"), "Emacs is missing: .ci/run installs emacs-nox and elpa-eglot"
    draft = made_up_draft(tmp_path)
    script = tmp_path / "check.el"
    script.write_text(EMACS_SCRIPT, encoding="utf-8")
    out = tmp_path / "seen.json"
    env = {
        **editor_env(tmp_path),
        "OUT": str(out),
        "DRAFTLINT_EL": str(EDITORS / "emacs" / "draftlint.el"),
    }
    done = subprocess.run(
        ["emacs", "--batch", "-q", "-l", str(script)],
        cwd=draft.parent,
        env=env,
        input="\n",  # the answer to eglot's "Pick an action" prompt: its default
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(out.read_text(encoding="utf-8"))
    assert seen["mode"] == "markdown-mode"
    assert seen["root"] == str(tmp_path)  # the project eglot starts the server for
    person, phone = seen["diagnostics"]
    assert (person["line"], person["value"]) == (1, "Ottilie Brennan")
    assert (phone["line"], phone["value"]) == (3, PHONE)
    assert person["text"].startswith("draftlint [person")
    assert "PERSON " in person["text"]
    assert phone["text"].startswith("draftlint [phone-number")
    assert "PHONE_NUMBER " in phone["text"]
    assert PHONE not in phone["text"]  # masked
    assert "Ottilie Brennan" not in person["text"]
    assert {d["type"] for d in seen["diagnostics"]} == {"eglot-warning"}

    assert seen["text"] == "\n".join([*DRAFT.split("\n")[:2], FIXED, ""])
    assert [d["value"] for d in seen["after"]] == ["Ottilie Brennan"]
    saved = draft.read_text(encoding="utf-8")
    assert PHONE not in saved  # the fix was saved, as the user did


def test_the_vscode_extension_is_valid_javascript() -> None:
    node = shutil.which("node")
    assert node, "Node.js is missing: .ci/run installs nodejs"
    extension = EDITORS / "vscode" / "extension.js"
    done = subprocess.run(
        [node, "--check", str(extension)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr


@pytest.mark.timeout(TIMEOUT + 30)
def test_the_readme_capture_is_made_again_by_its_script(tmp_path: Path) -> None:
    assert shutil.which("tmux"), "tmux is missing: .ci/run installs it"
    svg = tmp_path / "capture.svg"
    done = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "capture_editor.py"), str(svg)],
        env=editor_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    # The script itself fails unless each value shows once: in the draft, never in a message.
    assert done.returncode == 0, done.stderr
    drawn = svg.read_text(encoding="utf-8")
    assert drawn.startswith("<svg")
    for shown in ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "Why:", "email-address"):
        assert shown in drawn
