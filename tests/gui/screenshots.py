"""Take screenshots of every screen (not a test; pytest does not collect this file).

    xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python -m tests.gui.screenshots docs/screenshots [--size 1024x600] \\
        [--language es|pt_BR]   (e.g. into docs/screenshots/es)
        [--camouflage]          (only the notes pad, after a lock, and the decoy, e.g. into
                                 docs/screenshots/camouflage)

Everything (settings, the sample notebook) lives in a temporary folder that is removed after.
The sample uses the fast test key setting only because it is thrown away.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from tests.support.helpers import FAST_KDF, PASSPHRASE


def _sample(journal: object) -> None:
    from journal_app.core.journal import Journal
    from journal_app.core.models import Category, Disclosure, EntryFields, Kind, Occurred

    assert isinstance(journal, Journal)
    today = date.today()
    rows = [
        (40, "Shouted and took my phone", Category.EMOTIONAL, "kitchen"),
        (33, "Followed me to work", Category.STALKING, "work"),
        (21, "Said he would call immigration", Category.IMMIGRATION, "passport"),
        (12, "Took my bank card", Category.FINANCIAL, "money"),
        (5, "Pushed me against the door", Category.PHYSICAL, "kitchen"),
    ]
    for days, title, category, tag in rows:
        journal.add(
            Kind.INCIDENT,
            EntryFields(
                title=title,
                occurred=Occurred.parse((today - timedelta(days=days)).isoformat() + "T21:30"),
                categories=(category,),
                body="He was angry when I came home late.",
                location="Home",
                people=("Partner",),
                told=(Disclosure("Police", "CAD 1234"),),
                tags=(tag,),
            ),
        )
    journal.add(
        Kind.MESSAGE,
        EntryFields(
            title="",
            occurred=Occurred.parse((today - timedelta(days=2)).isoformat() + "T08:15"),
            categories=(Category.THREATS,),
            body="You will regret this.",
            channel="whatsapp",
            sender="+44 7700 900123",
        ),
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--language", default="en", choices=("en", "es", "pt_BR"))
    parser.add_argument("--camouflage", action="store_true")
    args = parser.parse_args(argv)
    width, height = (int(part) for part in args.size.split("x"))
    args.outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
            os.environ[name] = str(Path(scratch) / name.lower())
        if args.camouflage:
            return _shoot_camouflage(args.outdir, width, height, Path(scratch), args.language)
        return _shoot(args.outdir, width, height, Path(scratch), args.language)


def _shoot(outdir: Path, width: int, height: int, scratch: Path, language: str = "en") -> int:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QPoint, QTimer
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

    from journal_app.core.journal import Journal
    from journal_app.ui import i18n, theme, workers
    from journal_app.ui.app import Session
    from journal_app.ui.dialogs import delete_box
    from journal_app.ui.editor import IncidentEditor
    from journal_app.ui.settings_store import SettingsStore
    from journal_app.vault.vault import Vault

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    i18n.install(language)
    theme.apply(app)

    def settle(ms: int = 150) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def save(widget: QWidget, name: str) -> None:
        settle()
        widget.grab().save(str(outdir / f"{name}.png"))
        print(outdir / f"{name}.png")

    def sized(widget: QWidget) -> QWidget:
        widget.resize(width, height)
        widget.move(0, 0)
        return widget

    store = SettingsStore(scratch / "settings.json")
    empty = Session(scratch / "empty", store=store, kdf=FAST_KDF)
    sized(empty.unlock_window)
    empty.start()
    save(empty.unlock_window, "unlock-create")
    empty.unlock_window.hide()

    folder = scratch / "notebook"
    with Vault.create(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
        journal = Journal(vault)
        _sample(journal)
        first = journal.entries()[-1].id
        written = journal.get(first).latest_fields
        assert written is not None
        later = "He was angry. He took my phone and would not give it back until morning."
        journal.edit(first, dataclasses.replace(written, body=later))
    session = Session(folder, store=store, kdf=FAST_KDF)
    sized(session.unlock_window)
    session.start()
    save(session.unlock_window, "unlock")
    session.unlock_window.passphrase.setText(PASSPHRASE)
    session.unlock_window.unlock()
    while session.main_window is None:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 100)
    window = sized(session.main_window)
    save(window, "timeline")

    main = session.main_window
    main.incident_action.trigger()
    save(window, "incident-editor")
    main.new_message()
    save(window, "message-editor")
    main.show_timeline()
    assert session.journal is not None
    edited = next(s.id for s in session.journal.entries() if s.amended)
    main.open_entry(edited)
    save(window, "incident-history")
    editor = main.editor
    assert isinstance(editor, IncidentEditor)
    box = delete_box(window, editor.title.text())
    box.show()
    settle()
    box.move(window.geometry().center() - box.rect().center())
    save(box, "delete-confirm")
    box.hide()
    main.show_help()
    main.help_page.contacts.setPlainText("Local helpline: 0800 000 000\nMy advocate: Sam")
    save(window, "help")
    scroller = main.help_page.findChild(QScrollArea)
    assert scroller is not None
    scroller.ensureWidgetVisible(main.help_page.removal)
    save(window, "help-removal")
    main.show_timeline()

    def centred(dialog: QWidget) -> None:
        dialog.move(window.geometry().center() - dialog.rect().center())

    dialog = main.open_settings()
    centred(dialog)
    settle()
    save(dialog, "settings")
    dialog.appearance.setCurrentIndex(dialog.appearance.findData("recipes"))
    dialog.appearance.showPopup()
    settle()
    popup = dialog.appearance.view().window()
    shot = dialog.grab()
    painter = QPainter(shot)
    painter.drawPixmap(
        popup.mapToGlobal(QPoint(0, 0)) - dialog.mapToGlobal(QPoint(0, 0)), popup.grab()
    )
    painter.end()
    shot.save(str(outdir / "settings-appearance.png"))
    print(outdir / "settings-appearance.png")
    dialog.appearance.hidePopup()
    for tab, name in (
        (dialog.backup_tab, "settings-backup"),
        (dialog.second_tab, "settings-second-passphrase"),
        (dialog.checkpoint_tab, "settings-checkpoint"),
    ):
        dialog.show_tab(tab)
        save(dialog, name)
    dialog.hide()
    export = main.open_export()
    centred(export)
    save(export, "export")
    export.hide()
    check = main.open_verify()
    centred(check)
    save(check, "check-bundle")
    check.hide()
    main.lock_action.trigger()
    save(session.unlock_window, "unlock-disguised")
    session.shutdown()
    workers.wait_all()
    return 0


def _shoot_camouflage(
    outdir: Path, width: int, height: int, scratch: Path, language: str = "en"
) -> int:
    """The notes pad (with a few cover notes), the same pad after a lock, and the decoy."""
    import json

    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from journal_app.core.journal import Journal
    from journal_app.ui import i18n, theme, workers
    from journal_app.ui.app import Session
    from journal_app.ui.camouflage import PAD_NOTE, Note, NotePad, encode
    from journal_app.ui.settings_store import SettingsStore
    from journal_app.vault.alternate import set_alternate_passphrase
    from journal_app.vault.vault import Vault

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    i18n.install(language)
    theme.apply(app)

    def settle(ms: int = 150) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def save(widget: QWidget, name: str) -> None:
        settle()
        widget.grab().save(str(outdir / f"{name}.png"))
        print(outdir / f"{name}.png")

    second = "tea with milk and two sugars"
    folder = scratch / "notebook"
    with Vault.create(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
        _sample(Journal(vault))
        set_alternate_passphrase(vault, second)
    with Vault.open(folder, second) as decoy_vault:
        decoy_notes = [
            Note("Birthday ideas", "A scarf for Ana\nThe blue mug from the market"),
            Note("Films to see", "The one with the lighthouse\nAsk Jo for the title"),
        ]
        Journal(decoy_vault).set_private_note(PAD_NOTE, encode(decoy_notes))
    settings = scratch / "settings.json"
    settings.write_text(
        json.dumps(
            {
                "disguise": "notes",
                "camouflage": True,
                "remember_vault": True,
                "vault_path": str(folder),
            }
        )
    )
    pad_notes = [
        Note("Shopping", "Milk\nBread\nRed lentils\nOnions"),
        Note("Lentil soup", "1 onion, 2 carrots, 200 g red lentils, cumin.\nSimmer 25 min."),
        Note("Bus times", "Number 12 leaves at 8:05 and 8:35"),
    ]
    (scratch / "notes.json").write_text(encode(pad_notes), encoding="utf-8")
    session = Session(folder, store=SettingsStore(settings), kdf=FAST_KDF)
    session.start()
    pad = session.pad
    assert pad is not None
    pad.resize(width, height)
    pad.move(0, 0)
    pad.list.setCurrentRow(1)
    save(pad, "pad")

    def through_search(words: str) -> None:
        assert pad is not None
        pad.search.setText(words)
        pad.search.returnPressed.emit()
        while session.vault is None:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 100)

    through_search(PASSPHRASE)
    assert session.main_window is not None
    session.main_window.lock_action.trigger()
    save(pad, "pad-after-lock")
    through_search(second)
    decoy = session.decoy
    assert isinstance(decoy, NotePad)
    decoy.resize(width, height)
    decoy.move(0, 0)
    decoy.list.setCurrentRow(0)
    save(decoy, "decoy")
    session.shutdown()
    workers.wait_all()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
