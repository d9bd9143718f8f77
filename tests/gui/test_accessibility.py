"""Every control a person can reach by keyboard has an accessible name and description."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QToolBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from journal_app.core.models import Kind
from journal_app.ui.app import Session
from tests.support.helpers import fields

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QAbstractItemView,
)


def _inside_compound(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or widget.objectName().startswith("qt_"):
            continue
        if _inside_compound(widget) or isinstance(widget.parentWidget(), QTabBar):
            continue  # inner parts of a spin box, a combo's popup list, Qt's tab scroll arrows
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if not widget.accessibleName() or not widget.accessibleDescription():
            missing.append(f"{type(widget).__name__} {widget.accessibleName()!r}")
    return missing


def test_every_screen_names_its_controls(qtbot: QtBot, unlocked: Session) -> None:
    assert _unnamed(unlocked.unlock_window) == []
    window = unlocked.main_window
    assert window is not None
    assert _unnamed(window) == []
    for action in (window.incident_action, window.message_action):
        action.trigger()
        assert window.editor is not None
        assert _unnamed(window.editor) == []
    window.show_help()
    assert _unnamed(window.help_page) == []
    assert _unnamed(window.open_settings()) == []
    assert _unnamed(window.open_export()) == []
    assert _unnamed(window.open_verify()) == []


def test_unlock_screen_works_from_the_keyboard(
    qtbot: QtBot, closed_vault: object, session: Session
) -> None:
    window = session.unlock_window
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.focus_passphrase()
    assert window.passphrase.hasFocus()
    qtbot.keyClicks(window.passphrase, "correct horse battery staple")
    with qtbot.waitSignal(session.unlocked, timeout=10_000):
        qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)


def _mnemonic(text: str) -> str | None:
    index = text.replace("&&", "").find("&")
    cleaned = text.replace("&&", "")
    return cleaned[index + 1].lower() if 0 <= index < len(cleaned) - 1 else None


def _keyboard_problems(root: QWidget) -> list[str]:
    """Buttons without a mnemonic or shortcut, and mnemonics used twice on one screen."""
    from PySide6.QtWidgets import QDialogButtonBox, QLabel, QToolButton

    problems: list[str] = []
    seen: dict[str, str] = {}
    for widget in root.findChildren(QWidget):
        if widget.isHidden() or widget.objectName().startswith("qt_") or _inside_compound(widget):
            continue
        text = ""
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
        elif isinstance(widget, QAbstractButton):
            text = widget.text()
            in_box = isinstance(widget.parentWidget(), QDialogButtonBox)
            action = widget.defaultAction() if isinstance(widget, QToolButton) else None
            has_key = action is not None and not action.shortcut().isEmpty()
            if _mnemonic(text) is None and not has_key and not in_box:
                problems.append(f"no key for {text!r}")
        letter = _mnemonic(text)
        if letter is not None:
            if letter in seen:
                problems.append(f"&{letter} used by {seen[letter]!r} and {text!r}")
            seen[letter] = text
    return problems


def test_every_button_has_a_key_and_no_mnemonic_is_used_twice(
    qtbot: QtBot, unlocked: Session
) -> None:
    window = unlocked.main_window
    assert window is not None
    assert _keyboard_problems(window.timeline) == []
    for action in (window.incident_action, window.message_action):
        action.trigger()
        assert window.editor is not None
        assert _keyboard_problems(window.editor) == []
    assert _keyboard_problems(window.open_settings()) == []
    toolbar = window.findChild(QToolBar)
    assert toolbar is not None
    for toolbar_action in toolbar.actions():
        if toolbar_action.text():
            assert not toolbar_action.shortcut().isEmpty(), toolbar_action.text()
    unlock_window = unlocked.unlock_window
    for page in (unlock_window.unlock_page, unlock_window.create_page):
        unlock_window.pages.setCurrentWidget(page)
        assert _keyboard_problems(unlock_window) == []


def test_tab_in_the_editor_follows_the_page_from_top_to_bottom(
    qtbot: QtBot, unlocked: Session
) -> None:
    window = unlocked.main_window
    assert window is not None
    assert unlocked.journal is not None
    window.resize(1366, 768)
    window.open_entry(unlocked.journal.add(Kind.INCIDENT, fields("Stored")))
    editor = window.editor
    assert editor is not None
    qtbot.waitExposed(window)
    form_page = editor.title.parentWidget()
    assert form_page is not None
    order: list[QWidget] = []
    widget = editor.title
    while widget not in order:
        order.append(widget)
        widget = widget.nextInFocusChain()
        while (
            not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            or _inside_compound(widget)
            or not widget.isVisible()
        ):
            widget = widget.nextInFocusChain()
        if widget is editor.delete_button:
            order.append(widget)
            break
    in_form = [w for w in order if form_page.isAncestorOf(w)]
    tops = [w.mapTo(form_page, w.rect().topLeft()).y() for w in in_form]
    assert tops == sorted(tops), [w.accessibleName() for w in in_form]
    names = [w.accessibleName() for w in order]
    for earlier, later in [
        ("Title", "What happened"),
        ("What happened", "How serious it felt"),
        ("How serious it felt", "Attached files"),
        ("Attached files", "History"),
        ("History", "Save (Ctrl+S)"),
        ("Save (Ctrl+S)", "Back to the list"),
        ("Back to the list", "Delete this entry"),
    ]:
        assert names.index(earlier) < names.index(later), (earlier, later)
