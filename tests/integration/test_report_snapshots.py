"""The JSON reports on the bundled example and the development corpus, byte for byte.

A change of layout or architecture must not change what draftlint reports. A change of
detection does, on purpose: regenerate with DRAFTLINT_UPDATE_SNAPSHOTS=1 and commit the
new snapshots with the change, so that the diff shows what it did.
"""

import os
import subprocess

import pytest
from helpers import CORPUS, REPO, SCRIPT

SNAPSHOTS = REPO / "tests" / "snapshots"
CASES = {
    "examples": (REPO, "examples"),
    "dev": (CORPUS / "dev", "plain"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_json_report_is_the_snapshot(name: str) -> None:
    folder, target = CASES[name]
    assert (folder / target).is_dir(), f"{folder / target} is missing: ../shared/corpus is needed"
    done = subprocess.run(
        [SCRIPT, "check", "--isolated", "--jobs", "1", "--format", "json", target],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 1, done.stderr
    snapshot = SNAPSHOTS / f"{name}.json"
    if os.environ.get("DRAFTLINT_UPDATE_SNAPSHOTS"):
        snapshot.write_text(done.stdout, encoding="utf-8")
    assert done.stdout == snapshot.read_text(encoding="utf-8")
