"""A long scripted session in a fresh interpreter, for test_none_refcount.

`python -m tests.gui.long_session FOLDER` unlocks a new notebook in FOLDER, changes the timeline
filters hundreds of times, opens editors and the app's dialogs (after a round a tenth as long
that warms caches up), then prints one JSON line: what the long round took from None and True,
and their reference counts at the end. A process whose None or True runs out aborts instead.
"""

from __future__ import annotations

import gc
import json
import sys
from pathlib import Path

from PySide6.QtCore import QDate, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from journal_app.core.journal import Journal
from journal_app.core.models import AttachmentSource, Category, Kind
from journal_app.ui import workers
from journal_app.ui.app import Session
from journal_app.ui.dialogs import PassphraseDialog
from journal_app.ui.main_window import MainWindow
from journal_app.ui.settings_store import SettingsStore
from journal_app.vault.vault import Vault
from tests.gui.conftest import StubDialogs, run_now
from tests.support.helpers import FAST_KDF, PASSPHRASE, fields

FILTER_CHANGES = 300
EDITORS = 30
DIALOG_ROUNDS = 10


def fill(journal: Journal) -> None:
    """Three entries: two tags, three categories, a file and a message."""
    journal.add(Kind.INCIDENT, fields("Slapped", category=Category.PHYSICAL, tags=("kitchen",)))
    journal.add(
        Kind.INCIDENT,
        fields("Followed", category=Category.STALKING, tags=("work",)),
        [AttachmentSource("shot.png", data=b"\x89PNG\r\n\x1a\n not really")],
    )
    journal.add(Kind.MESSAGE, fields("Text", channel="sms", sender="+1 555", tags=("kitchen",)))


def settle() -> None:
    """Run pending events once (deleteLater included)."""
    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)
    loop.exec()


def one_round(window: MainWindow, entry_ids: list[int], tenths: int = 10) -> None:
    timeline = window.timeline
    for step in range(FILTER_CHANGES * tenths // 10):
        timeline.category.setCurrentIndex(step % timeline.category.count())
        timeline.tag.setCurrentIndex(step % timeline.tag.count())
        timeline.order.setCurrentIndex(step % 2)
        timeline.use_dates.setChecked(step % 7 == 0)
        timeline.date_from.setDate(QDate(2026, 1, 1 + step % 28))
        timeline.search.setText("" if step % 5 else "Followed")
        timeline.apply_filters()
    for step in range(EDITORS * tenths // 10):
        if step % 3 == 0:
            window.new_incident()
        elif step % 3 == 1:
            window.new_message()
        else:
            window.open_entry(entry_ids[step % len(entry_ids)])
        assert window.editor is not None
        window.show_timeline()
    for _ in range(DIALOG_ROUNDS * tenths // 10):
        window.open_settings().close()
        export = window.open_export()
        export.update_preview()
        export.close()
        window.open_verify().close()
        PassphraseDialog(window, "Passphrase", "Type it", confirm=True).deleteLater()
    settle()


def main(folder: Path) -> None:
    app = QApplication([])
    with Vault.create(folder / "vault", PASSPHRASE, kdf=FAST_KDF) as vault:
        fill(Journal(vault))
    session = Session(
        folder / "vault",
        store=SettingsStore(folder / "settings.json"),
        dialogs=StubDialogs(),
        kdf=FAST_KDF,
        on_quit=app.quit,
    )
    session.start()
    loop = QEventLoop()
    session.unlocked.connect(loop.quit)
    session.unlock_window.passphrase.setText(PASSPHRASE)
    session.unlock_window.unlock_button.click()
    if session.main_window is None:
        loop.exec()
    window, journal = session.main_window, session.journal
    assert window is not None and journal is not None
    window.run_task = run_now
    entry_ids = [summary.id for summary in journal.entries()]

    one_round(window, entry_ids, tenths=1)
    gc.collect()
    before = {"None": sys.getrefcount(None), "True": sys.getrefcount(True)}
    one_round(window, entry_ids)
    gc.collect()
    after = {"None": sys.getrefcount(None), "True": sys.getrefcount(True)}

    timeline = window.timeline
    for combo in (timeline.category, timeline.tag):
        combo.setCurrentIndex(0)
    timeline.use_dates.setChecked(False)
    timeline.search.clear()
    timeline.apply_filters()
    listed = timeline.model.total
    session.shutdown()
    workers.wait_all()
    report = {
        "taken": {name: before[name] - after[name] for name in before},
        "left": after,
        "listed": listed,
        "entries": len(entry_ids),
    }
    print(json.dumps(report), flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
