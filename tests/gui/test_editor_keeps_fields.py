"""An editor keeps every field it does not show: an imported message's chain of custody
(`source`), the time zone assumed at import, and fields the other kind of editor shows.

Before the fix the editors rebuilt `EntryFields` from their widgets alone, so saving an edit
of an imported message silently dropped `source` from the new version, and the time zone the
import assumed became this computer's."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.core.models import Disclosure, Kind
from journal_app.export.bundle import export_bundle
from journal_app.export.selection import ExportOptions
from journal_app.importers import read_export
from journal_app.importers.store import apply, plan, zone
from journal_app.ui.app import Session
from journal_app.ui.editor import IncidentEditor
from journal_app.ui.message_editor import MessageEditor
from tests.integration.test_export import pdftotext
from tests.support.helpers import fields

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"
# Not this machine's zone (the suite runs in UTC or the developer's own): an editor that
# recomputed the offset from the computer would change it.
ASSUMED = "Asia/Kolkata"


def _open(qtbot: QtBot, session: Session, entry_id: int) -> IncidentEditor | MessageEditor:
    main = session.main_window
    assert main is not None
    main.open_entry(entry_id)
    editor = main.editor
    assert isinstance(editor, IncidentEditor | MessageEditor)
    return editor


def _save(qtbot: QtBot, editor: IncidentEditor | MessageEditor) -> None:
    with qtbot.waitSignal(editor.saved, timeout=5_000):
        editor.save_button.click()


def test_editing_an_imported_message_keeps_its_source_and_its_zone(
    qtbot: QtBot, unlocked: Session, tmp_path: Path
) -> None:
    journal = unlocked.journal
    assert journal is not None
    parsed = read_export(FIXTURES / "whatsapp_android_dmy.txt")
    ids = apply(journal, plan(parsed, zone(ASSUMED), journal.imported_message_keys())).entry_ids
    threat = next(i for i in ids if "hide" in (journal.get(i).current.fields or fields()).body)
    before = journal.get(threat).current.fields
    assert before is not None and before.source is not None
    assert before.occurred.utc_offset == "+05:30"

    editor = _open(qtbot, unlocked, threat)
    assert isinstance(editor, MessageEditor)
    editor.body.setPlainText(before.body + "\n(He said this twice on the phone too.)")
    _save(qtbot, editor)

    after = journal.get(threat)
    assert len(after.versions) == 2
    saved = after.current.fields
    assert saved is not None
    assert saved.body.endswith("(He said this twice on the phone too.)")
    # Everything the form did not change is the same as before, the chain of custody first.
    assert saved.source == before.source
    assert saved.occurred == before.occurred
    assert replace(saved, body=before.body) == before
    # Rechecking the history still agrees, and the bundle's transcript lists the message.
    assert journal.check().ok
    pdf = tmp_path / "bundle.pdf"
    export_bundle(journal, ExportOptions(), pdf)
    text = " ".join(pdftotext(pdf).split())
    listing = "Transcript 1: whatsapp_android_dmy.txt"
    assert listing in text
    section = text[text.index(listing, text.index(listing) + 1) :]
    assert "You think you can hide?" in section
    assert f"{threat} Marco Ruiz" in section and "amended later" in section


def test_each_editor_keeps_the_fields_only_the_other_one_shows(
    qtbot: QtBot, unlocked: Session
) -> None:
    journal: Journal | None = unlocked.journal
    assert journal is not None
    message = journal.add(
        Kind.MESSAGE,
        fields(
            "Voicemail",
            channel="voicemail",
            sender="+44 7700 900123",
            location="Outside the school",
            people=("Mr X",),
            witnesses=("Teacher",),
            injuries="none",
            medical_care="none",
            told=(Disclosure("Police", "CAD 77"),),
            severity=4,
        ),
    )
    incident = journal.add(Kind.INCIDENT, fields("At the door", channel="in_person", sender="Mr X"))
    for entry_id in (message, incident):
        before = journal.get(entry_id).current.fields
        assert before is not None
        editor = _open(qtbot, unlocked, entry_id)
        editor.title.setText(before.title + " (amended)")
        _save(qtbot, editor)
        saved = journal.get(entry_id).current.fields
        assert saved is not None and saved.title == before.title + " (amended)"
        assert replace(saved, title=before.title) == before
