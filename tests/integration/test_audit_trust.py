"""Trust in `draftlint audit`: a broken or hostile export is a warning or one line, never a
traceback, a blown memory, or an escape sequence sent to the terminal."""

import json
import os
import struct
import subprocess
import time
import zipfile
import zlib
from pathlib import Path

import pytest
from helpers import REPO, SCRIPT, run
from linkedin_exports import ONE_COMMENT as COMMENTS
from linkedin_exports import ONE_SHARE as SHARES
from linkedin_exports import SHARE_ROW as POST
from linkedin_exports import zip_of as build

ROOT = str(REPO)


def patch_entry(path: Path, name: str, *, flags: int = 0, method: int | None = None) -> None:
    """Set general-purpose flag bits or the compression method of one entry, in its local
    header and in the central directory alike, as a zip tool that wrote them would."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        local = archive.getinfo(name).header_offset
    central = data.index(b"PK\x01\x02")  # the first central header
    while central != -1:
        (length,) = struct.unpack_from("<H", data, central + 28)
        if data[central + 46 : central + 46 + length] == name.encode():
            break
        central = data.find(b"PK\x01\x02", central + 46)
    for offset in (local + 6, central + 8):  # the flags; the method follows them
        (old,) = struct.unpack_from("<H", data, offset)
        struct.pack_into("<H", data, offset, old | flags)
        if method is not None:
            struct.pack_into("<H", data, offset + 2, method)
    path.write_bytes(bytes(data))


def data_offset(path: Path, name: str) -> tuple[int, int]:
    """Where an entry's compressed bytes start in the file, and how many there are."""
    raw = path.read_bytes()
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
    names, extra = struct.unpack_from("<HH", raw, info.header_offset + 26)
    return info.header_offset + 30 + names + extra, info.compress_size


def audited(result) -> set[str]:  # type: ignore[no-untyped-def]
    return {f["source"] for f in json.loads(result.stdout)["findings"]}


# --- 1. a broken entry is a warning naming it; the rest is still audited ------------------


def test_an_encrypted_entry_is_skipped_with_a_warning_and_the_rest_audited(tmp_path: Path) -> None:
    export = build(tmp_path / "e.zip", {"Shares.csv": SHARES, "Comments.csv": COMMENTS})
    patch_entry(export, "Shares.csv", flags=0x1)
    result = run("audit", "--format", "json", str(export))
    assert result.exit_code == 1, result.output
    assert "draftlint: warning: Shares.csv: encrypted, skipped" in result.stderr
    assert audited(result) == {"Comments.csv"}


@pytest.mark.parametrize("method", [99, 9, 14])  # AES (WinZip), Deflate64, LZMA on deflate data
def test_an_unsupported_or_wrong_compression_method_is_a_warning(
    tmp_path: Path, method: int
) -> None:
    export = build(tmp_path / "m.zip", {"Shares.csv": SHARES, "Comments.csv": COMMENTS})
    patch_entry(export, "Shares.csv", method=method)
    result = run("audit", "--format", "json", str(export))
    assert result.exit_code == 1, result.output
    assert "draftlint: warning: Shares.csv: " in result.stderr
    assert "skipped" in result.stderr
    assert audited(result) == {"Comments.csv"}


@pytest.mark.parametrize(
    ("where", "error"),
    [(0, "invalid block type"), (0.5, "")],  # the first byte; the middle (inflates, bad CRC)
)
def test_a_corrupt_deflate_stream_is_a_warning(tmp_path: Path, where: float, error: str) -> None:
    long_post = f'Date,ShareLink,ShareCommentary\n{POST}"{" ".join(map(str, range(3000)))}"\n'
    export = build(tmp_path / "c.zip", {"Shares.csv": long_post, "Comments.csv": COMMENTS})
    start, size = data_offset(export, "Shares.csv")
    at = start + int(size * where)
    raw = bytearray(export.read_bytes())
    raw[at : at + 16] = b"\xff" * 16
    export.write_bytes(bytes(raw))
    result = run("audit", "--format", "json", str(export))
    assert result.exit_code == 1, result.output
    assert "draftlint: warning: Shares.csv: corrupt in the ZIP (" in result.stderr
    assert error in result.stderr
    assert audited(result) == {"Comments.csv"}


def test_a_bad_crc_is_a_warning(tmp_path: Path) -> None:
    export = build(tmp_path / "crc.zip", {"Shares.csv": SHARES, "Comments.csv": COMMENTS})
    raw = bytearray(export.read_bytes())
    central = raw.index(b"PK\x01\x02")  # Shares.csv's, written first
    struct.pack_into("<I", raw, central + 16, 0xDEADBEEF)
    export.write_bytes(bytes(raw))
    result = run("audit", "--format", "json", str(export))
    assert "draftlint: warning: Shares.csv: corrupt in the ZIP (Bad CRC-32" in result.stderr
    assert audited(result) == {"Comments.csv"}


def test_memory_running_out_on_one_entry_is_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The one failure a test cannot cheaply cause for real: the ZIP's own read raises it.
    read = zipfile.ZipExtFile.read

    def exhausted(self: zipfile.ZipExtFile, n: int = -1) -> bytes:
        if self.name == "Shares.csv":
            raise MemoryError
        return read(self, n)

    monkeypatch.setattr(zipfile.ZipExtFile, "read", exhausted)
    export = build(tmp_path / "mem.zip", {"Shares.csv": SHARES, "Comments.csv": COMMENTS})
    result = run("audit", "--format", "json", str(export))
    assert result.exit_code == 1, result.output
    assert "draftlint: warning: Shares.csv: not enough memory to read it, skipped" in (
        result.stderr
    )
    assert audited(result) == {"Comments.csv"}


def test_a_zip_that_cannot_be_opened_is_a_one_line_error(tmp_path: Path) -> None:
    export = build(tmp_path / "t.zip", {"Shares.csv": SHARES})
    raw = export.read_bytes()
    export.write_bytes(raw[:-10])  # the end of central directory record cut short
    result = run("audit", str(export))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"draftlint: error: {export}: not a LinkedIn export")
    assert result.stderr.count("\n") == 1


# --- 2. bombs: only used entries are read, each and all capped ----------------------------


def _bomb_entry(name: str, head: bytes, size: int) -> tuple[bytes, bytes]:
    """The fields a local and a central header share, and the data, for `head` then `size`
    bytes of "x", deflated fast: after a full flush the compressor starts afresh, so each
    16 MB block compresses to the same bytes."""
    block = b"x" * (1 << 24)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = compressor.compress(head) + compressor.flush(zlib.Z_FULL_FLUSH)
    repeated = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    data = first + repeated * (size // len(block)) + compressor.flush()
    crc = zlib.crc32(head)
    for _ in range(size // len(block)):
        crc = zlib.crc32(block, crc)
    total = len(head) + size // len(block) * len(block)
    fields = struct.pack("<HHHHHIIIHH", 20, 0, 8, 0, 0x21, crc, len(data), total, len(name), 0)
    return fields, data


def write_bomb(path: Path, entries: dict[str, tuple[bytes, int]]) -> Path:
    """A ZIP written by hand, so that gigabytes of "x" cost seconds to build."""
    out, central = bytearray(), bytearray()
    for name, (head, size) in entries.items():
        fields, data = _bomb_entry(name, head, size)
        central += b"PK\x01\x02" + struct.pack("<H", 20) + fields
        central += struct.pack("<HHHII", 0, 0, 0, 0, len(out)) + name.encode()
        out += b"PK\x03\x04" + fields + name.encode() + data
    end = struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), len(out), 0
    )
    path.write_bytes(bytes(out + central + end))
    return path


def audit_in_a_subprocess(export: Path, tmp_path: Path) -> tuple[int, str, str, int, float]:
    """Exit code, stdout, stderr, peak memory in KiB and seconds of `draftlint audit`."""
    out, err = tmp_path / "stdout", tmp_path / "stderr"
    started = time.monotonic()
    with out.open("wb") as stdout, err.open("wb") as stderr:
        process = subprocess.Popen(
            [SCRIPT, "audit", "--format", "json", str(export)],
            env={**os.environ, "PYTHONPATH": ROOT},
            stdout=stdout,
            stderr=stderr,
        )
        # wait4 gives this child's own peak, not the largest of all the tests' children.
        _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.monotonic() - started
    return process.returncode, out.read_text(), err.read_text(), usage.ru_maxrss, elapsed


def test_a_decompression_bomb_is_audited_fast_in_the_memory_of_a_small_export(
    tmp_path: Path,
) -> None:
    header = b'Date,ShareLink,ShareCommentary\n2024-01-01,https://www.linkedin.com/x,"'
    bomb = write_bomb(
        tmp_path / "bomb.zip",
        {
            "Comments.csv": (COMMENTS.encode(), 0),
            "Rich_Media/x.bin": (b"", 1 << 30),  # not used by the audit: never read
            "Shares.csv": (header, 1 << 29),  # used, but past the cap: skipped unread
        },
    )
    assert bomb.stat().st_size < 2_000_000
    small = build(tmp_path / "small.zip", {"Comments.csv": COMMENTS})
    *_, small_peak, _ = audit_in_a_subprocess(small, tmp_path)
    code, stdout, stderr, peak, elapsed = audit_in_a_subprocess(bomb, tmp_path)
    assert peak < small_peak + 32 * 1024, (peak, small_peak)  # KiB: today 1.5 GB more
    assert code == 1, stderr
    assert {f["source"] for f in json.loads(stdout)["findings"]} == {"Comments.csv"}
    assert "draftlint: warning: Shares.csv: larger than 64 MB uncompressed, skipped" in stderr
    assert "x.bin" not in stderr
    assert elapsed < 30


def test_a_declared_size_smaller_than_the_data_is_a_warning(tmp_path: Path) -> None:
    export = build(tmp_path / "lie.zip", {"Shares.csv": SHARES * 50, "Comments.csv": COMMENTS})
    raw = bytearray(export.read_bytes())
    with zipfile.ZipFile(export) as archive:
        local = archive.getinfo("Shares.csv").header_offset
    central = raw.index(b"PK\x01\x02")  # Shares.csv's, written first
    struct.pack_into("<I", raw, local + 22, 10)  # uncompressed size: 10 bytes
    struct.pack_into("<I", raw, central + 24, 10)
    export.write_bytes(bytes(raw))
    result = run("audit", "--format", "json", str(export))
    # zipfile stops at the declared size, and the CRC of those bytes is wrong.
    assert "draftlint: warning: Shares.csv: corrupt in the ZIP (Bad CRC-32" in result.stderr
    assert audited(result) == {"Comments.csv"}


# --- 3. the text report shows the export's control characters, never sends them -----------

CLEAR, CLIPBOARD, BIDI = "\x1b[2J", "\x1b]52;c;ZWNobyBwd25lZA==\x07", "\u202e"


def test_the_text_report_escapes_control_characters_from_the_export(tmp_path: Path) -> None:
    shares = (
        "Date,ShareLink,ShareCommentary\n"
        f'{CLEAR}2024-03-02,https://www.linkedin.com/feed/{CLIPBOARD},"{CLEAR}{BIDI}Hi'
        f' {CLIPBOARD} call me on 06 12 34 56 78."\n'
    )
    export = build(
        tmp_path / "esc.zip",
        {
            "Shares.csv": shares,
            f"Evil{CLIPBOARD}.csv": "x",  # a skipped line names it
            f"a{CLEAR}b\nfake line/Comments.csv": 'Date,Link,Message\n2024-01-01,"unclosed',
        },
    )
    result = run("audit", str(export))
    assert result.exit_code == 1, result.output
    for output in (result.stdout, result.stderr):
        assert "\x1b" not in output
        assert "\x07" not in output
        assert BIDI not in output
    assert "\\x1b[2J2024-03-02 https://www.linkedin.com/feed/\\x1b]52;c;" in result.stdout
    assert '"\\x1b[2J\\u202eHi \\x1b]52;c;ZWNobyBwd25lZA==\\x07 call me on 0* ** ** ** *8."' in (
        result.stdout
    )
    assert "skipped Evil\\x1b]52;c;ZWNobyBwd25lZA==\\x07.csv: not content" in result.stdout
    # The name's newline cannot start a line of its own on stderr either.
    assert "draftlint: warning: a\\x1b[2Jb\\nfake line/Comments.csv: malformed CSV" in (
        result.stderr
    )


def test_the_html_report_escapes_the_export_and_links_only_to_linkedin(tmp_path: Path) -> None:
    shares = (
        "Date,ShareLink,ShareCommentary\n"
        '2024-03-02,javascript:alert(1),"<script>alert(2)</script> call 06 12 34 56 78"\n'
        '<b>2024</b>,https://www.linkedin.com/feed/update/1"onclick="x,"write to jane@doe.org"\n'
    )
    page = tmp_path / "audit.html"
    export = build(tmp_path / "h.zip", {"Shares.csv": shares, "<img src=x>.csv": "x"})
    result = run("audit", "--format", "html", "--output", str(page), str(export))
    assert result.exit_code == 1, result.output
    source = page.read_text(encoding="utf-8")
    assert "javascript:" not in source  # not even as text: the link column shows "open" only
    assert "<script>alert" not in source
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in source
    assert "<b>2024" not in source
    assert "<img" not in source
    assert 'href="https://www.linkedin.com/feed/update/1&quot;onclick=&quot;x"' in source
    assert source.count("<a ") == 1


# --- 4. machine outputs: no finding's value in clear, whatever field holds it --------------


def test_a_value_in_an_article_title_or_date_is_masked_in_every_field(tmp_path: Path) -> None:
    # The export names each article's file after its title.
    title = "Call me on 06 12 34 56 78"
    article = (
        f"<html><body><h1>{title}</h1><p>Date of birth: 1990-03-14</p>"
        "<a href='https://www.linkedin.com/pulse/x'>link</a></body></html>"
    )
    export = build(tmp_path / "a.zip", {f"Articles/Articles/{title}.html": article})
    for output_format in ("json", "text", "html"):
        result = run("audit", "--format", output_format, str(export))
        assert result.exit_code == 1, result.output
        assert "06 12 34 56 78" not in result.stdout
        assert "1990-03-14" not in result.stdout
    report = json.loads(run("audit", "--format", "json", str(export)).stdout)
    assert {(f["source"], f["date"]) for f in report["findings"]} == {
        ("Articles/Articles/Call me on 0* ** ** ** *8.html", "1***-**-*4")
    }


def test_an_article_with_a_section_python_s_parser_rejects_is_audited(tmp_path: Path) -> None:
    # "<![foo[" made Python 3.11's html.parser raise; it is read as a browser reads it.
    export = build(
        tmp_path / "a.zip",
        {
            "Articles/Articles/Odd.html": "<p>x</p><![foo[ bar <p>Call me on 06 12 34 56 78</p>",
            "Comments.csv": COMMENTS,
        },
    )
    result = run("audit", "--format", "json", str(export))
    assert result.exit_code == 1, result.output
    assert result.stderr == ""
    assert audited(result) == {"Articles/Articles/Odd.html", "Comments.csv"}
