"""For every tier: no test may skip. A test whose tool or data is missing fails, naming it."""

from collections.abc import Iterator

import pytest


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if report.skipped and not hasattr(report, "wasxfail"):
        # A skip in CI hides a test that did not run: Xvfb, a browser, the shared corpus
        # are all installed or checked out there (.ci/run), so a skip means something broke.
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.outcome = "failed"
        report.longrepr = f"{item.nodeid}: skipped ({reason}), but no test may skip"
