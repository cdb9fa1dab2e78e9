"""Reading an export's files within caps: a stream is cut, the budget spent, a folder listed."""

import io
import time
from pathlib import Path

import pytest
from linkedin_exports import ONE_COMMENT as COMMENTS
from linkedin_exports import ONE_SHARE as SHARES
from linkedin_exports import zip_of as build

from lint.audit import export_files
from lint.audit import linkedin_export as linkedin


def test_a_file_longer_than_it_said_is_cut_at_the_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    # zipfile never inflates past a declared size, but a folder's file can grow while read.
    monkeypatch.setattr(export_files, "ENTRY_CAP", 1000)
    capped = export_files.Capped(io.BytesIO(b"x" * 5000), export_files.Budget(10**6))
    stream = io.BufferedReader(capped)
    with pytest.raises(export_files.Skip, match="larger than"):
        stream.read()


def test_past_the_total_cap_the_rest_of_the_export_is_skipped_with_warnings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_files, "TOTAL_CAP", len(COMMENTS) + 10)
    export = build(
        tmp_path / "t.zip",
        {"Comments.csv": COMMENTS, "Shares.csv": SHARES, "Profile.csv": "Headline\nx\n"},
    )
    found = linkedin.read_export(export)
    assert [item.source for item in found.items] == ["Comments.csv"]
    assert [w.split(":")[0] for w in found.warnings] == ["Shares.csv", "Profile.csv"]
    assert all("skipped: the files audited reach" in w for w in found.warnings)


def test_a_folder_export_reads_only_the_files_it_uses_within_the_caps(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    (folder / "Rich_Media").mkdir(parents=True)
    (folder / "Comments.csv").write_text(COMMENTS, encoding="utf-8")
    with (folder / "Rich_Media" / "x.bin").open("wb") as sparse:
        sparse.truncate(4 << 30)  # 4 GB of holes: reading it would take the memory
    with (folder / "Shares.csv").open("wb") as sparse:
        sparse.truncate(100 << 20)
    started = time.monotonic()
    found = linkedin.read_export(folder)
    assert time.monotonic() - started < 5
    assert [item.source for item in found.items] == ["Comments.csv"]
    assert found.warnings == ["Shares.csv: larger than 64 MB uncompressed, skipped"]
