"""Issue 15: a camouflage that holds up to a suspicious look.

With the camouflage on, the app is a notes pad that works. Nothing on it, after a lock, in the
decoy the second passphrase opens, in its titles or anything reachable there names what the
disguise hides, in any of the three languages. The way in is the passphrase typed into the
pad's search box; a wrong guess is an ordinary search.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.ui import i18n as ui_i18n
from journal_app.ui import workers
from journal_app.ui.app import Session
from journal_app.ui.camouflage import PAD_NOTE, FileNotes, NotePad
from journal_app.ui.settings_store import SettingsStore
from journal_app.vault.alternate import set_alternate_passphrase
from journal_app.vault.vault import ALTERNATE, MAIN, Vault
from tests.gui.conftest import QuitRecorder, StubDialogs, unlock
from tests.support.helpers import FAST_KDF, PASSPHRASE

SECOND = "tea with milk and two sugars"

# What the disguise hides, in each language the app speaks (lower case; matched anywhere).
HIDDEN = {
    "en": ("journal", "diary", "evidence", "incident", "passphrase", "password", "folder",
           "abuse", "police", "bundle", "quick exit", "unlock"),
    "es": ("diario", "prueba", "evidencia", "incidente", "contraseña", "frase", "carpeta",
           "abuso", "policía", "salida rápida", "desbloquear"),
    "pt_BR": ("diário", "diario", "evidência", "prova", "incidente", "senha", "frase", "pasta",
              "abuso", "polícia", "saída rápida", "desbloquear"),
}  # fmt: skip


def _texts(widget: QWidget) -> list[str]:
    found = [
        widget.windowTitle(),
        widget.toolTip(),
        widget.statusTip(),
        widget.whatsThis(),
        widget.accessibleName(),
        widget.accessibleDescription(),
    ]
    if isinstance(widget, (QLabel, QAbstractButton)):
        found.append(widget.text())
    if isinstance(widget, QLineEdit):
        found += [widget.text(), widget.placeholderText()]
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        found += [widget.toPlainText(), widget.placeholderText()]
    if isinstance(widget, QListWidget):
        for row in range(widget.count()):
            item = widget.item(row)
            found += [
                item.text(),
                item.toolTip(),
                str(item.data(Qt.ItemDataRole.AccessibleTextRole)),
            ]
    if isinstance(widget, QComboBox):
        found += [widget.itemText(i) for i in range(widget.count())]
    return [text for text in found if text]


def shown_texts() -> list[str]:
    """Every text of every window on screen, its children (shown or not) and their actions."""
    texts = [QApplication.applicationDisplayName()]
    for window in QApplication.topLevelWidgets():
        if not window.isVisible():
            continue
        for widget in [window, *window.findChildren(QWidget)]:
            texts += _texts(widget)
        for action in window.findChildren(QAction):
            texts += [action.text(), action.toolTip(), action.statusTip()]
    return texts


def give_away(folder: Path, language: str) -> list[str]:
    words = (*HIDDEN[language], str(folder).lower(), folder.name.lower())
    return sorted({t for t in shown_texts() for w in words if w in t.lower()})


@pytest.fixture
def two_journals(closed_vault: Path) -> Path:
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        set_alternate_passphrase(vault, SECOND)
    return closed_vault


@pytest.fixture
def camouflaged(
    qtbot: QtBot,
    two_journals: Path,
    settings_path: Path,
    dialogs: StubDialogs,
    quit_recorder: QuitRecorder,
) -> Iterator[Session]:
    settings_path.parent.mkdir(parents=True, exist_ok=True)
    # As Settings leaves it when the camouflage is turned on (see the last test).
    chosen = {"disguise": "recipes", "camouflage": True, "remember_vault": True}
    settings_path.write_text(json.dumps({**chosen, "vault_path": str(two_journals)}))
    made = Session(
        two_journals,
        store=SettingsStore(settings_path),
        dialogs=dialogs,
        kdf=FAST_KDF,
        on_quit=quit_recorder,
    )
    qtbot.addWidget(made.unlock_window)
    made.start()
    yield made
    made.shutdown()
    workers.wait_all()


@pytest.fixture(params=["en", "es", "pt_BR"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    ui_i18n.install(request.param)
    yield request.param
    ui_i18n.install("en")


def test_the_first_screen_names_nothing_it_hides(
    language: str, qtbot: QtBot, two_journals: Path, settings_path: Path, dialogs: StubDialogs
) -> None:
    settings_path.parent.mkdir(parents=True, exist_ok=True)
    settings_path.write_text(json.dumps({"disguise": "recipes", "camouflage": True}))
    session = Session(
        two_journals, store=SettingsStore(settings_path), dialogs=dialogs, kdf=FAST_KDF
    )
    qtbot.addWidget(session.unlock_window)
    session.start()
    try:
        assert give_away(two_journals, language) == []
        assert QApplication.applicationDisplayName() != ""
    finally:
        session.shutdown()
        workers.wait_all()


def pad_of(session: Session) -> NotePad:
    pad = session.pad
    assert pad is not None and pad.isVisible()
    assert not session.unlock_window.isVisible()
    return pad


def confirm_search(qtbot: QtBot, pad: NotePad, text: str) -> None:
    """Type `text` into the search box and press Enter, as a person would."""
    pad.search.clear()
    qtbot.keyClicks(pad.search, text)
    qtbot.keyClick(pad.search, Qt.Key.Key_Return)


def open_through_search(qtbot: QtBot, session: Session, passphrase: str) -> None:
    pad = pad_of(session)
    with qtbot.waitSignal(session.unlocked, timeout=20_000):
        confirm_search(qtbot, pad, passphrase)


def search_without_opening(qtbot: QtBot, pad: NotePad, text: str) -> None:
    with qtbot.waitSignal(pad.looked, timeout=20_000):
        confirm_search(qtbot, pad, text)


def write_note(qtbot: QtBot, pad: NotePad, title: str, body: str) -> None:
    pad.new_button.click()
    qtbot.keyClicks(pad.title, title)
    qtbot.keyClicks(pad.body, body)


def listed(pad: NotePad) -> list[str]:
    return [pad.list.item(row).text() for row in range(pad.list.count())]


def test_every_disguised_screen_names_nothing_it_hides(
    language: str, qtbot: QtBot, camouflaged: Session, two_journals: Path
) -> None:
    pad = pad_of(camouflaged)
    # The scan reads the pad in the language it is shown in.
    searching = {"en": "Search notes", "es": "Buscar en las notas", "pt_BR": "Pesquisar nas"}
    assert pad.search.placeholderText().startswith(searching[language])
    assert give_away(two_journals, language) == []
    write_note(qtbot, pad, "Lentil soup", "Onion, carrots, red lentils")
    search_without_opening(qtbot, pad, "not the right words")
    assert give_away(two_journals, language) == []

    open_through_search(qtbot, camouflaged, SECOND)  # the decoy
    assert camouflaged.decoy is not None and camouflaged.decoy.isVisible()
    assert give_away(two_journals, language) == []
    camouflaged.idle.idle.emit()  # the idle lock
    pad_of(camouflaged)
    assert give_away(two_journals, language) == []

    open_through_search(qtbot, camouflaged, PASSPHRASE)  # the notebook itself
    window = camouflaged.main_window
    assert window is not None
    window.lock_action.trigger()
    pad_of(camouflaged)
    assert give_away(two_journals, language) == []


def test_the_passphrase_in_the_search_box_opens_the_notebook(
    qtbot: QtBot, camouflaged: Session
) -> None:
    pad = pad_of(camouflaged)
    open_through_search(qtbot, camouflaged, PASSPHRASE)
    assert camouflaged.vault is not None and camouflaged.vault.stem == MAIN
    window = camouflaged.main_window
    assert window is not None and window.isVisible()
    assert not pad.isVisible()
    assert pad.search.text() == ""  # the words do not wait in the box for the next person
    assert window.windowTitle() == "Recipes"


def test_a_wrong_guess_is_an_ordinary_search(
    qtbot: QtBot, camouflaged: Session, dialogs: StubDialogs, tmp_path: Path
) -> None:
    pad = pad_of(camouflaged)
    write_note(qtbot, pad, "Lentil soup", "Onion, carrots, red lentils")
    write_note(qtbot, pad, "Bus times", "Number 12 leaves at 8:05")

    # The same search in a pad with nothing behind it, to compare with.
    plain = NotePad(FileNotes(tmp_path / "plain.json"), "recipes")
    qtbot.addWidget(plain)
    write_note(qtbot, plain, "Lentil soup", "Onion, carrots, red lentils")
    write_note(qtbot, plain, "Bus times", "Number 12 leaves at 8:05")

    for guess in ("red lentils", "correct horse battery", "tea with milk"):
        confirm_search(qtbot, pad, guess)
        assert pad.trying  # tried in the background ...
        assert pad.isEnabled() and pad.search.isEnabled()  # ... and the pad stays usable
        with qtbot.waitSignal(pad.looked, timeout=20_000):
            pass
        confirm_search(qtbot, plain, guess)
        assert listed(pad) == listed(plain)
        assert pad.status.text() == plain.status.text()
        assert pad.title.text() == plain.title.text()
        assert sorted(shown_texts_of(pad)) == sorted(shown_texts_of(plain))
        assert camouflaged.vault is None and pad.isVisible()
    assert listed(pad) == []  # "tea with milk" matches no note
    assert dialogs.asked == []


def shown_texts_of(widget: QWidget) -> list[str]:
    return [t for w in [widget, *widget.findChildren(QWidget)] for t in _texts(w)]


def test_the_second_passphrase_opens_the_decoy_pad(
    qtbot: QtBot, camouflaged: Session, two_journals: Path, settings_path: Path
) -> None:
    pad = pad_of(camouflaged)
    write_note(qtbot, pad, "Shopping", "Milk, bread")
    pad.flush()

    open_through_search(qtbot, camouflaged, SECOND)
    assert camouflaged.vault is not None and camouflaged.vault.stem == ALTERNATE
    assert camouflaged.main_window is None
    decoy = camouflaged.decoy
    assert decoy is not None and decoy.isVisible() and not pad.isVisible()
    assert decoy.windowTitle() == pad.windowTitle() == "Recipes"
    buttons = sorted(b.text() for b in decoy.findChildren(QAbstractButton))
    assert buttons == sorted(b.text() for b in pad.findChildren(QAbstractButton))
    assert listed(decoy) == []  # its own notes, not the pad's
    write_note(qtbot, decoy, "Birthday ideas", "A scarf for Ana")
    qtbot.keyClick(decoy, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # lock

    pad = pad_of(camouflaged)
    assert camouflaged.vault is None and camouflaged.decoy is None
    assert listed(pad) == ["Shopping"]
    qtbot.waitUntil(camouflaged.closed.is_set)
    on_disk = settings_path.with_name("notes.json").read_text()
    assert "Shopping" in on_disk and "Ana" not in on_disk
    # The decoy's notes are locked inside the separate notebook, and come back with it.
    assert b"Ana" not in (two_journals / "notebook.1.db").read_bytes()
    open_through_search(qtbot, camouflaged, SECOND)
    decoy = camouflaged.decoy
    assert decoy is not None and listed(decoy) == ["Birthday ideas"]
    decoy.list.setCurrentRow(0)
    assert decoy.body.toPlainText() == "A scarf for Ana"


def test_every_lock_returns_to_the_pad(
    qtbot: QtBot,
    camouflaged: Session,
    settings_path: Path,
    dialogs: StubDialogs,
    quit_recorder: QuitRecorder,
) -> None:
    for lock in ("button", "idle", "system"):
        open_through_search(qtbot, camouflaged, PASSPHRASE)
        window = camouflaged.main_window
        assert window is not None
        if lock == "button":
            window.lock_action.trigger()
        elif lock == "idle":
            camouflaged.idle.idle.emit()
        else:
            camouflaged.system_lock.lock_requested.emit()
        pad_of(camouflaged)
        assert camouflaged.vault is None
    open_through_search(qtbot, camouflaged, PASSPHRASE)
    window = camouflaged.main_window
    assert window is not None
    window.quick_exit_action.trigger()
    assert quit_recorder.calls == 1
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets())
    qtbot.waitUntil(camouflaged.closed.is_set)

    later = Session(None, store=SettingsStore(settings_path), dialogs=dialogs, kdf=FAST_KDF)
    qtbot.addWidget(later.unlock_window)
    later.start()
    try:
        pad_of(later)  # the next start is the pad again, and it knows where to look
        open_through_search(qtbot, later, PASSPHRASE)
        assert later.vault is not None
    finally:
        later.shutdown()
        workers.wait_all()


def test_the_pad_is_a_working_notes_pad(
    qtbot: QtBot, camouflaged: Session, settings_path: Path, dialogs: StubDialogs
) -> None:
    pad = pad_of(camouflaged)
    assert pad.status.text() == "No notes yet. Press “New note” to start one."
    write_note(qtbot, pad, "Lentil soup", "Onion, carrots, red lentils")
    write_note(qtbot, pad, "", "Call the dentist on Monday")
    write_note(qtbot, pad, "Bus times", "Number 12 leaves at 8:05")
    assert listed(pad) == ["Bus times", "Call the dentist on Monday", "Lentil soup"]
    assert pad.status.text() == "3 notes"

    qtbot.keyClicks(pad.search, "LENTIL")
    assert listed(pad) == ["Lentil soup"]
    assert pad.status.text() == "1 of 3 notes match"
    pad.search.clear()
    pad.list.setCurrentRow(2)
    pad.body.selectAll()
    qtbot.keyClicks(pad.body, "Onion, carrots, red lentils, cumin")
    pad.list.setCurrentRow(0)
    pad.delete_button.click()
    assert listed(pad) == ["Call the dentist on Monday", "Lentil soup"]

    qtbot.waitUntil(lambda: settings_path.with_name("notes.json").exists())
    pad.flush()
    later = NotePad(FileNotes(settings_path.with_name("notes.json")), "recipes")
    qtbot.addWidget(later)
    assert listed(later) == ["Call the dentist on Monday", "Lentil soup"]
    later.list.setCurrentRow(1)
    assert later.body.toPlainText() == "Onion, carrots, red lentils, cumin"
    assert dialogs.asked == []


def test_settings_turn_it_on_and_say_the_pad_is_not_locked(
    qtbot: QtBot, unlocked: Session, settings_path: Path, vault_dir: Path
) -> None:
    window = unlocked.main_window
    assert window is not None
    settings = window.open_settings()
    said = " ".join(label.text() for label in settings.general_tab.findChildren(QLabel))
    assert "not locked" in said and "nothing private" in said
    assert "search box" in said
    settings.camouflage.setChecked(True)
    stored = json.loads(settings_path.read_text())
    assert stored["camouflage"] is True and stored["vault_path"] == str(vault_dir)
    window.lock_action.trigger()
    pad_of(unlocked)


class NamingDialogs(StubDialogs):
    """Records the file name each save dialog offers."""

    def __init__(self) -> None:
        super().__init__()
        self.offered: list[str] = []

    def save_file(self, parent: QWidget | None, title: str, suggested: str) -> Path | None:
        self.offered.append(suggested)
        return super().save_file(parent, title, suggested)


@pytest.mark.parametrize(("camouflage", "offered"), [(True, "notes.pdf"), (False, "evidence")])
def test_the_export_offers_a_plain_file_name_under_the_camouflage(
    qtbot: QtBot, two_journals: Path, settings_path: Path, camouflage: bool, offered: str
) -> None:
    settings_path.parent.mkdir(parents=True, exist_ok=True)
    settings_path.write_text(json.dumps({"camouflage": camouflage}))
    dialogs = NamingDialogs()
    session = Session(
        two_journals, store=SettingsStore(settings_path), dialogs=dialogs, kdf=FAST_KDF
    )
    qtbot.addWidget(session.unlock_window)
    session.start()
    try:
        if camouflage:
            open_through_search(qtbot, session, PASSPHRASE)
        else:
            unlock(qtbot, session)
        window = session.main_window
        assert window is not None
        export = window.open_export()
        export.generate.click()  # a password for the bundle
        export.start_export()  # the stub then declines to save
        assert len(dialogs.offered) == 1 and dialogs.offered[0].startswith(offered)
    finally:
        session.shutdown()
        workers.wait_all()


def test_undo_in_the_search_box_does_not_bring_the_passphrase_back(
    qtbot: QtBot, camouflaged: Session
) -> None:
    open_through_search(qtbot, camouflaged, PASSPHRASE)
    window = camouflaged.main_window
    assert window is not None
    window.lock_action.trigger()
    pad = pad_of(camouflaged)
    pad.search.setFocus()
    seen = []
    for _ in range(4):
        qtbot.keyClick(pad.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        seen.append(pad.search.text())
    assert seen == ["", "", "", ""]
    assert not pad.search.isUndoAvailable()


def test_closing_the_decoy_is_a_quick_exit_that_keeps_its_notes(
    qtbot: QtBot, camouflaged: Session, quit_recorder: QuitRecorder, two_journals: Path
) -> None:
    open_through_search(qtbot, camouflaged, SECOND)
    decoy = camouflaged.decoy
    assert decoy is not None
    write_note(qtbot, decoy, "Films to see", "The one with the lighthouse")
    decoy.close()  # the window's close button
    assert quit_recorder.calls == 1
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets())
    qtbot.waitUntil(camouflaged.closed.is_set)
    with Vault.open(two_journals, SECOND) as vault:
        assert "The one with the lighthouse" in Journal(vault).private_note(PAD_NOTE)
