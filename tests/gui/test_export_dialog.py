"""The Export and "Check a bundle" dialogs: selection, redaction, password, counts, progress."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.core.models import AttachmentSource, Category, Kind
from journal_app.ui import workers
from journal_app.ui.export_dialog import ExportDialog, VerifyDialog, open_export_dialog
from tests.gui.conftest import StubDialogs, run_now
from tests.support.helpers import fields
from tests.support.old_format import write_old_entry


@pytest.fixture
def filled(journal: Journal) -> Journal:
    journal.add(
        Kind.INCIDENT,
        fields("Threat KIWI-1", body="At the door", location="LOC-MARKER-5"),
        [AttachmentSource("shot.png", data=b"\x89PNG\r\n\x1a\n not really")],
    )
    journal.add(Kind.INCIDENT, fields("Pushed EMU-2", category=Category.PHYSICAL))
    return journal


def tick(list_widget: Any, text: str) -> None:
    for i in range(list_widget.count()):
        if text in list_widget.item(i).text():
            list_widget.item(i).setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"no item {text!r}")


def test_counts_follow_the_selection(qtbot: QtBot, filled: Journal, dialogs: StubDialogs) -> None:
    dialog = ExportDialog(filled, dialogs, run_now)
    qtbot.addWidget(dialog)
    assert "2 entries and 1 exhibits" in dialog.preview.text()
    assert dialog.attachments.count() == 1
    tick(dialog.categories, "Physical")
    qtbot.waitUntil(lambda: "1 entries and 0 exhibits" in dialog.preview.text())
    dialog.tags.setText("absent")
    qtbot.waitUntil(lambda: not dialog.export_button.isEnabled())
    assert "No entries" in dialog.preview.text() or "0 entries" in dialog.preview.text()


def test_export_with_generated_password_and_redaction(
    qtbot: QtBot, filled: Journal, dialogs: StubDialogs, tmp_path: Path
) -> None:
    dialog = ExportDialog(filled, dialogs, run_now)
    qtbot.addWidget(dialog)
    dialog.generate.click()
    password = dialog.password.text()
    assert len(password) == 29 and dialog.password.echoMode() == dialog.password.EchoMode.Normal
    dialog.redact_locations.setChecked(True)
    tick(dialog.attachments, "shot.png")
    dialog.name.setText("A. N.")
    dialogs.save_path = tmp_path / "bundle"  # the dialog adds .pdf
    dialog.export_button.click()
    out = tmp_path / "bundle.pdf"
    assert dialogs.asked == ["save_file"] and dialog.result_path == out
    assert "separately" in dialog.notice.text() and str(out) in dialog.notice.text()
    reader = PdfReader(out, password=password)
    assert (reader.trailer["/Encrypt"]["/R"], reader.trailer["/Encrypt"]["/V"]) == (6, 5)
    names = set(reader.attachments)
    assert not any("shot" in n for n in names) and "manifest.json" in names
    text = "".join(page.extract_text() for page in reader.pages)
    assert "KIWI-1" in text and "LOC-MARKER-5" not in text


def test_a_short_password_or_cancelled_save_does_nothing(
    qtbot: QtBot, filled: Journal, dialogs: StubDialogs, tmp_path: Path
) -> None:
    dialog = ExportDialog(filled, dialogs, run_now)
    qtbot.addWidget(dialog)
    dialog.password.setText("short")
    dialog.export_button.click()
    assert "at least 8" in dialog.notice.text() and dialogs.asked == []
    dialog.use_password.setChecked(False)
    dialogs.save_path = None
    dialog.export_button.click()
    assert dialogs.asked == ["save_file"] and list(tmp_path.glob("*.pdf")) == []


def test_export_runs_in_a_worker_and_reports_where_the_file_is(
    qtbot: QtBot, filled: Journal, dialogs: StubDialogs, tmp_path: Path
) -> None:
    dialog = open_export_dialog(None, filled, dialogs)
    qtbot.addWidget(dialog)
    dialog.use_password.setChecked(False)
    dialogs.save_path = tmp_path / "plain.pdf"
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=30_000)
    workers.wait_all()
    assert "no password" in dialog.notice.text()
    assert PdfReader(tmp_path / "plain.pdf").attachments


def test_check_a_bundle_reports_intact_then_a_password_need(
    qtbot: QtBot, filled: Journal, dialogs: StubDialogs, tmp_path: Path
) -> None:
    export = ExportDialog(filled, dialogs, run_now)
    qtbot.addWidget(export)
    export.password.setText("a long enough password")
    dialogs.save_path = tmp_path / "locked.pdf"
    export.export_button.click()
    check = VerifyDialog(dialogs, run_now)
    qtbot.addWidget(check)
    dialogs.file = tmp_path / "locked.pdf"
    check.check_button.click()
    assert "has a password" in check.report.toPlainText()
    check.password.setText("wrong password")
    check.check_button.click()
    assert "does not open" in check.report.toPlainText()
    check.password.setText("a long enough password")
    check.check_button.click()
    assert check.report.toPlainText().startswith("INTACT")
    assert check.last is not None and check.last.intact


def test_old_entries_in_a_redacted_copy_are_named_and_left_out_unless_unticked(
    qtbot: QtBot, filled: Journal, dialogs: StubDialogs, tmp_path: Path
) -> None:
    """Entries written before per-field salts cannot be redacted safely (issue 12): the
    dialog says so in plain words once something is redacted, with leaving them out ticked."""
    old = write_old_entry(filled, fields("Before the update", location="LOC-OLD-9"))
    dialog = ExportDialog(filled, dialogs, run_now)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.old_notice.isVisible() and not dialog.leave_out_old.isVisible()
    assert "3 entries" in dialog.preview.text()
    dialog.redact_locations.setChecked(True)
    qtbot.waitUntil(lambda: dialog.old_notice.isVisible())
    assert f"Entries {old} were written with an earlier version" in dialog.old_notice.text()
    assert dialog.leave_out_old.isVisible() and dialog.leave_out_old.isChecked()
    assert "2 entries" in dialog.preview.text()
    dialog.use_password.setChecked(False)
    dialogs.save_path = tmp_path / "copy.pdf"
    dialog.export_button.click()
    assert f"Entries {old}, written with an earlier version of the app, were left out" in (
        dialog.notice.text()
    )
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "copy.pdf").pages)
    assert "Before the update" not in text and "LOC-OLD-9" not in text
    dialog.leave_out_old.setChecked(False)
    qtbot.waitUntil(lambda: "3 entries" in dialog.preview.text())
    assert dialog.options().include_old_versions


def test_check_a_bundle_lists_versions_it_could_not_fully_recheck(
    qtbot: QtBot, filled: Journal, dialogs: StubDialogs, tmp_path: Path
) -> None:
    old = write_old_entry(filled, fields("Before the update", location="LOC-OLD-9"))
    export = ExportDialog(filled, dialogs, run_now)
    qtbot.addWidget(export)
    export.use_password.setChecked(False)
    export.redact_locations.setChecked(True)
    export.leave_out_old.setChecked(False)  # included on purpose
    dialogs.save_path = tmp_path / "copy.pdf"
    export.export_button.click()
    check = VerifyDialog(dialogs, run_now)
    qtbot.addWidget(check)
    dialogs.file = tmp_path / "copy.pdf"
    check.check_button.click()
    report = check.report.toPlainText()
    assert report.startswith("INTACT, with exceptions")
    assert f"Not fully rechecked: entry {old}, version 1: it was written before" in report
