"""`draftlint audit` on LinkedIn exports built as the export's public descriptions give them."""

import json
import zipfile
from pathlib import Path

from helpers import run
from linkedin_exports import build_export

from lint.audit.linkedin_export import read_export


def test_the_export_is_read_with_its_quirks(tmp_path: Path) -> None:
    export = read_export(build_export(tmp_path))
    kinds = [item.kind for item in export.items]
    assert sorted(kinds) == ["article", "comment", "post", "post", "profile"]
    post = next(i for i in export.items if i.text.startswith("Open to work"))
    assert '"jane.doe@gmail.com"' in post.text  # doubled quotes
    assert post.text.endswith("Second line of the post.")  # multi-line field
    comment = next(i for i in export.items if i.kind == "comment")
    assert comment.text.startswith('Thanks "Sarah"!')  # backslash-escaped quotes
    assert [i.date for i in export.items if i.date] == sorted(
        [i.date for i in export.items if i.date], reverse=True
    )  # newest first
    assert any(s.startswith("Connections.csv: other people's") for s in export.skipped)
    assert any(s.startswith("messages.csv: private messages") for s in export.skipped)


def test_audit_json_names_each_item_entity_and_masked_value(tmp_path: Path) -> None:
    result = run("audit", "--format", "json", str(build_export(tmp_path)))
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    found = {(f["kind"], f["entity"], f["text"]) for f in report["findings"]}
    assert ("post", "PHONE_NUMBER", "0* ** ** ** *8") in found
    assert ("post", "EMAIL_ADDRESS", "j***.***@g****.c**") in found
    assert ("comment", "FINANCIAL_ACCOUNT", "F*** **** **** **** **** **** *35") in found
    assert ("profile", "PHONE_NUMBER", "+4* **** ****56") in found
    assert ("profile", "DATE_OF_BIRTH", "M** *, ***0") in found
    assert ("article", "PERSON", "J***** M********") in found
    post = next(f for f in report["findings"] if f["entity"] == "PHONE_NUMBER")
    assert post["date"] == "2024-03-02 09:15:00"
    assert post["link"].startswith("https://www.linkedin.com/feed/update/urn:li:share:717")
    assert post["item"].startswith("Open to work! Call me on 0* ** ** ** *8")
    assert "John" not in result.stdout  # connections are not scanned
    assert "548213976" not in result.stdout  # nor messages, unless asked
    assert report["summary"]["by_kind"]["post"] == 2
    assert report["summary"]["by_entity"]["PHONE_NUMBER"] == 2


def test_messages_only_with_include_messages(tmp_path: Path) -> None:
    export = build_export(tmp_path)
    report = json.loads(run("audit", "--format", "json", "--include-messages", str(export)).stdout)
    assert ("message", "NATIONAL_ID") in {(f["kind"], f["entity"]) for f in report["findings"]}


def test_a_folder_export_and_a_malformed_file_is_skipped_with_a_warning(tmp_path: Path) -> None:
    zipped = build_export(tmp_path, malformed=True)
    folder = tmp_path / "unpacked"
    with zipfile.ZipFile(zipped) as archive:
        archive.extractall(folder)
    result = run("audit", str(folder))
    assert result.exit_code == 1
    assert "Recommendations_Given.csv: malformed CSV, skipped" in result.stderr
    assert "[post 2024-03-02 09:15:00 https://www.linkedin.com/feed/update/" in result.stdout
    assert "skipped Reactions.csv: not content you published" in result.stdout


def test_not_an_export_is_a_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "x.zip").write_bytes(b"not a zip")
    result = run("audit", str(tmp_path / "x.zip"))
    assert result.exit_code == 2
    assert result.stderr.startswith(
        f"draftlint: error: {tmp_path / 'x.zip'}: not a LinkedIn export"
    )
