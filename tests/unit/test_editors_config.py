"""The editor set-ups under editors/ that cannot run here (VS Code, Helix, Zed, Sublime Text)
parse, start `draftlint server`, and name languages the server checks. Neovim's and Emacs's
run for real in tests/e2e/test_editors.py."""

import json
import re
import tomllib

from helpers import REPO

from lint.lsp.drafts import LANGUAGES

EDITORS = REPO / "editors"
SERVER = ["draftlint", "server"]


def test_the_vscode_extension_activates_on_the_languages_the_server_checks() -> None:
    manifest = json.loads((EDITORS / "vscode" / "package.json").read_text(encoding="utf-8"))
    activated = {
        event.removeprefix("onLanguage:")
        for event in manifest["activationEvents"]
        if event.startswith("onLanguage:")
    }
    assert activated == {"markdown", "plaintext", "html"}  # VS Code's ids for them
    assert activated <= LANGUAGES
    assert manifest["main"] == "./extension.js"
    assert "vscode-languageclient" in manifest["dependencies"]
    setting = manifest["contributes"]["configuration"]["properties"]["draftlint.path"]
    assert setting["default"] == "draftlint"


def test_the_vscode_extension_starts_the_server_for_the_same_languages() -> None:
    code = (EDITORS / "vscode" / "extension.js").read_text(encoding="utf-8")
    (listed,) = re.findall(r"const LANGUAGES = (\[.*?\]);", code)
    assert set(json.loads(listed)) == {"markdown", "plaintext", "html"}
    assert 'args: ["server"]' in code
    assert 'get("path", "draftlint")' in code  # the setting package.json declares


def test_the_vscode_package_leaves_out_what_npm_installs() -> None:
    ignored = (EDITORS / "vscode" / ".gitignore").read_text(encoding="utf-8").split()
    assert "node_modules/" in ignored
    assert not (EDITORS / "vscode" / "node_modules").exists()
    assert (EDITORS / "vscode" / ".vscodeignore").is_file()


def test_helix_starts_the_server_for_markdown_and_html() -> None:
    config = tomllib.loads((EDITORS / "helix" / "languages.toml").read_text(encoding="utf-8"))
    server = config["language-server"]["draftlint"]
    assert [server["command"], *server["args"]] == SERVER
    using = {e["name"] for e in config["language"] if "draftlint" in e["language-servers"]}
    assert using == {"markdown", "html"}  # Helix sends its language name as the id
    assert using <= LANGUAGES


def test_the_zed_extension_declares_the_server_and_starts_it() -> None:
    manifest = tomllib.loads((EDITORS / "zed" / "extension.toml").read_text(encoding="utf-8"))
    assert manifest["schema_version"] == 1
    assert set(manifest["language_servers"]["draftlint"]["languages"]) == {"Markdown", "HTML"}
    cargo = tomllib.loads((EDITORS / "zed" / "Cargo.toml").read_text(encoding="utf-8"))
    assert cargo["lib"]["crate-type"] == ["cdylib"]  # Zed loads it as WebAssembly
    assert "zed_extension_api" in cargo["dependencies"]
    code = (EDITORS / "zed" / "src" / "lib.rs").read_text(encoding="utf-8")
    assert 'which("draftlint")' in code
    assert 'args: vec!["server".to_string()]' in code


def test_sublime_lsp_starts_the_server_for_markdown_plain_text_and_html() -> None:
    settings = json.loads(
        (EDITORS / "sublime" / "LSP.sublime-settings").read_text(encoding="utf-8")
    )
    client = settings["clients"]["draftlint"]
    assert client["command"] == SERVER
    assert client["enabled"] is True
    scopes = {scope.strip() for scope in client["selector"].split("|")}
    assert scopes == {"text.html.markdown", "text.plain", "text.html.basic"}


def test_the_neovim_and_emacs_setups_start_the_server() -> None:
    lua = (EDITORS / "neovim" / "draftlint.lua").read_text(encoding="utf-8")
    assert 'cmd = { "draftlint", "server" }' in lua
    assert re.search(r"pattern = filetypes", lua)
    assert 'local filetypes = { "markdown", "text", "html" }' in lua  # Neovim's ids
    assert {"markdown", "text", "html"} <= LANGUAGES
    elisp = (EDITORS / "emacs" / "draftlint.el").read_text(encoding="utf-8")
    assert '. ("draftlint" "server")' in elisp
    assert '(mhtml-mode :language-id "html")' in elisp  # else eglot sends "mhtml"


def _readme_blocks(language: str) -> list[str]:
    """The README's fenced blocks of this language, in its "In the editor" section."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("### In the editor\n", 1)[1].split("\n### ", 1)[0]
    return re.findall(rf"^```{language}\n(.*?)^```$", section, re.MULTILINE | re.DOTALL)


def test_the_readme_shows_the_files_of_editors() -> None:
    (sublime,) = _readme_blocks("json")[1:]  # the first is the generic VS Code client's
    written = (EDITORS / "sublime" / "LSP.sublime-settings").read_text(encoding="utf-8")
    assert json.loads(sublime) == json.loads(written)
    (helix,) = _readme_blocks("toml")
    shown = tomllib.loads(helix)
    config = tomllib.loads((EDITORS / "helix" / "languages.toml").read_text(encoding="utf-8"))
    assert shown["language-server"] == config["language-server"]
    assert shown["language"][0] == config["language"][0]  # markdown; html is told in words
    (generic, _) = _readme_blocks("json")
    settings = json.loads(generic)
    assert [settings["glspc.server.command"], *settings["glspc.server.commandArguments"]] == SERVER
    assert set(settings["glspc.server.languageId"]) <= LANGUAGES


def test_the_readme_neovim_snippets_start_the_server_for_the_same_filetypes() -> None:
    (lua,) = _readme_blocks("lua")
    assert lua.count('{ "draftlint", "server" }') == 2  # 0.11+, then 0.8 to 0.10
    assert lua.count('{ "markdown", "text", "html" }') == 2
    assert "docs/images/neovim-diagnostics.svg" in (REPO / "README.md").read_text(encoding="utf-8")
    assert (REPO / "docs" / "images" / "neovim-diagnostics.svg").is_file()
