"""Past exports (issue 12): after an export the dialog names the bundle's id and SHA-256, and
"Past exports…" lists every bundle made, with the SHA-256 of the file a person can compare."""

from __future__ import annotations

import hashlib
from pathlib import Path

from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.core.models import Kind
from journal_app.ui.export_dialog import ExportDialog
from tests.gui.conftest import StubDialogs, run_now
from tests.support.helpers import fields


def test_past_exports_lists_each_bundle_with_its_files_sha256(
    qtbot: QtBot, journal: Journal, dialogs: StubDialogs, tmp_path: Path
) -> None:
    journal.add(Kind.INCIDENT, fields("Threat at the door"))
    dialog = ExportDialog(journal, dialogs, run_now)
    qtbot.addWidget(dialog)
    dialog.use_password.setChecked(False)

    empty = dialog.show_past_exports()
    assert empty is not None and empty.table.rowCount() == 0
    empty.close()

    made = []
    for name in ("first", "second"):
        dialogs.save_path = tmp_path / name
        dialog.export_button.click()
        out = tmp_path / f"{name}.pdf"
        digest = hashlib.sha256(out.read_bytes()).hexdigest()
        assert digest in dialog.notice.text()
        made.append(digest)

    past = dialog.show_past_exports()
    assert past is not None
    table = past.table
    assert table.rowCount() == 2
    ids = [table.item(row, 0).text() for row in range(2)]
    assert [r.export_id for r in journal.exports()] == ids
    assert all(export_id.startswith(f"EX-{n}-") for n, export_id in enumerate(ids, 1))
    shown = [table.item(row, 3).text().replace(" ", "").replace("\n", "") for row in range(2)]
    assert shown == made
    assert "all dates" in table.item(0, 2).text()
    assert "nothing redacted" in table.item(0, 2).text()
