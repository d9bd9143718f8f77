"""The entry editors. `EntryEditor` holds what incidents and messages share; saving always
adds a version through the journal (never overwrites), and the history beside it is read-only.

The heading says "unsaved changes" while the form differs from what is stored; the main window
asks before leaving such an editor. Delete asks first, then leaves a dated tombstone.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QImage, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.journal import Journal
from journal_app.core.models import Category, Entry, EntryFields, Kind
from journal_app.ui import workers
from journal_app.ui.attachments import AttachmentsPanel
from journal_app.ui.clipboard import ClipboardGuard
from journal_app.ui.dialogs import Dialogs
from journal_app.ui.editor_parts import (
    CategoryChoice,
    DisclosureTable,
    HistoryPanel,
    OccurredField,
    recorded_local,
    split_lines,
    split_list,
)
from journal_app.ui.labels import SEVERITY_VALUES, severity_label
from journal_app.ui.version_view import VersionView
from journal_app.ui.widgets import (
    Notice,
    buddy_label,
    named,
    plain,
    scaled_font,
    scrolling,
    wrapped,
)


class BodyEdit(QPlainTextEdit):
    """Free text that hands a pasted picture to the attachments instead of dropping it."""

    image_pasted = Signal(QImage)

    def insertFromMimeData(self, source: object) -> None:
        if isinstance(source, QMimeData) and source.hasImage() and not source.hasText():
            image = QImage(source.imageData())
            if not image.isNull():
                self.image_pasted.emit(image)
                return
        super().insertFromMimeData(source)  # type: ignore[arg-type]

    def canInsertFromMimeData(self, source: object) -> bool:
        if isinstance(source, QMimeData) and source.hasImage():
            return True
        return super().canInsertFromMimeData(source)  # type: ignore[arg-type]


def _clipboard_has_only_a_picture() -> bool:
    mime = QGuiApplication.clipboard().mimeData()
    return mime is not None and mime.hasImage() and not mime.hasText()


def _inside_compound(widget: QWidget) -> bool:
    """The inner line edit of a date or spin box is part of that box, not a field of its own."""
    parent = widget.parentWidget()
    return parent is not None and isinstance(parent, QDateTimeEdit | QComboBox)


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and not _inside_compound(widget)


# How long after the last keystroke the draft is written into the vault (issue 14).
DRAFT_DELAY_MS = 3000

# "Not set" carries real data too: currentData() of an item without any gives None, which under
# PySide6 6.12 on Python 3.11 costs None a reference on every read (ui/refcounts.py).
NO_SEVERITY = 0


def set_combo_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value.value if isinstance(value, Category) else value)
    if index >= 0:
        combo.setCurrentIndex(index)


class EntryEditor(QWidget):
    """Shared frame: form on the left, a side column, Save and Back at the bottom."""

    saved = Signal(int)
    save_failed = Signal(str)
    deleted = Signal(int)
    closed = Signal()
    dirty_changed = Signal(bool)
    # Typing stopped for DRAFT_DELAY_MS: the window keeps the draft in the vault.
    draft_due = Signal()
    KIND = Kind.INCIDENT
    # Each editor has one; nothing ticked until the person ticks at least one.
    category: CategoryChoice

    def __init__(
        self,
        journal: Journal,
        dialogs: Dialogs,
        clipboard: ClipboardGuard,
        entry_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._dialogs = dialogs
        self.entry_id = entry_id
        self._task: workers.Task | None = None
        self._baseline: EntryFields | None = None
        self._baseline_chosen = False
        self._dirty = False
        self._is_deleted = False
        self._entry: Entry | None = None
        # The entry's latest fields as stored: a save starts from them and replaces only what
        # the form shows, so an imported message keeps its chain of custody (`source`) and
        # every entry keeps the fields its editor does not show.
        self._stored: EntryFields | None = None
        self._reading: int | None = None
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.notice = Notice()
        self.attachments = AttachmentsPanel(journal, dialogs, clipboard, notice=self.notice)
        self.history = HistoryPanel()
        self.history.version_chosen.connect(self.show_version)
        self.version_view = VersionView()
        self.version_view.back_button.clicked.connect(self.show_current)
        self.version_view.hide()
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.draft_due)
        self._build()
        paste = QShortcut(
            QKeySequence.StandardKey.Paste, self, self.attachments.paste_from_clipboard
        )
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save).setContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self.load()
        self._set_tab_order()
        self._watch_changes()
        for field in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit):
            field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+V of a picture attaches it from any field: a one-line field would drop it."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Paste)
            and _clipboard_has_only_a_picture()
        ):
            self.attachments.paste_from_clipboard()
            return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ layout
    def heading(self) -> str:
        raise NotImplementedError

    def build_form(self) -> None:
        raise NotImplementedError

    def side_widgets(self) -> list[QWidget]:
        return []

    def add_row(self, label: str, widget: QWidget) -> None:
        if not widget.accessibleName():
            widget.setAccessibleName(plain(label))
        self.form.addRow(buddy_label(label, widget), widget)

    def text_area(self, name: str, description: str, lines: int = 3) -> QPlainTextEdit:
        edit = named(QPlainTextEdit(), name, description)
        edit.setTabChangesFocus(True)
        height = edit.fontMetrics().lineSpacing() * lines + 16
        edit.setMinimumHeight(height)
        edit.setMaximumHeight(height * 2)
        return edit

    def body_edit(self, name: str, description: str) -> BodyEdit:
        body = named(BodyEdit(), name, description)
        body.setTabChangesFocus(True)
        body.setMinimumHeight(body.fontMetrics().lineSpacing() * 6 + 16)
        body.image_pasted.connect(self.attachments.add_image)
        return body

    def _build(self) -> None:
        self.title_label = QLabel(self.heading())
        self.title_label.setAccessibleName(self.heading())
        self.title_label.setFont(scaled_font(self.title_label, 1.5))
        form_page = QWidget()
        form_layout = QVBoxLayout(form_page)
        self.build_form()
        form_layout.addLayout(self.form)
        form_layout.addStretch(1)
        # Files head the side column, not the foot of the long form: on a 1024×600 screen the
        # Add and Paste buttons and what was attached are in view without scrolling (issue 14).
        self.attachments.list.setMaximumHeight(self.attachments.list.fontMetrics().height() * 9)
        self.files_box = QGroupBox(self.tr("Files and screenshots"))
        QVBoxLayout(self.files_box).addWidget(self.attachments)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.files_box)
        self._side = self.side_widgets()
        for widget in self._side:
            side_layout.addWidget(widget)
        history = QGroupBox(self.tr("History (read-only)"))
        history_layout = QVBoxLayout(history)
        history_layout.addWidget(
            wrapped(self.tr("Each save adds a version. Earlier versions are kept."))
        )
        history_layout.addWidget(self.history)
        side_layout.addWidget(history, 1)
        # A deleted entry shows this instead of the form: there is nothing left to edit.
        self.tombstone = wrapped("")
        self.tombstone.setAccessibleName(self.tr("Deleted entry"))
        self.tombstone.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.tombstone.hide()
        self._form_area = scrolling(form_page)
        body = QHBoxLayout()
        body.addWidget(self._form_area, 3)
        body.addWidget(self.tombstone, 3)
        body.addWidget(self.version_view, 3)
        body.addWidget(scrolling(side), 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.notice)
        layout.addLayout(body, 1)
        layout.addLayout(self._button_row())

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.save_button = named(
            QPushButton(self.tr("&Save")),
            self.tr("Save (Ctrl+S)"),
            self.tr("Record this entry. Earlier versions are kept."),
        )
        self.back_button = named(
            QPushButton(self.tr("&Back to the list")),
            self.tr("Back to the list"),
            self.tr("Leave this entry and show the list."),
        )
        self.delete_button = named(
            QPushButton(self.tr("&Delete…")),
            self.tr("Delete this entry"),
            self.tr("Erase this entry's text and files. A dated marker stays in the history."),
        )
        self.save_button.clicked.connect(self.save)
        self.back_button.clicked.connect(self.closed)
        self.delete_button.clicked.connect(self.delete)
        row.addWidget(self.save_button)
        row.addWidget(self.back_button)
        row.addStretch(1)
        # Set apart on the far side, so it is not pressed by mistake instead of Save.
        row.addWidget(self.delete_button)
        return row

    def _set_tab_order(self) -> None:
        """Tab follows the page: the form top to bottom, the files, the side column, buttons."""
        groups: list[QWidget] = []
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = item.widget() if item is not None else None
            if widget is not None:
                groups.append(widget)
        groups += [self.attachments, *self._side, self.history]
        chain: list[QWidget] = []
        for group in groups:
            chain += [
                w
                for w in [group, *group.findChildren(QWidget)]
                if _takes_tab(w) and w.window() is self.window()  # not popups (calendar)
            ]
        chain += [
            self.version_view.back_button,
            self.save_button,
            self.back_button,
            self.delete_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _watch_changes(self) -> None:
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QPlainTextEdit) or (
                isinstance(widget, QLineEdit) and not _inside_compound(widget)
            ):
                widget.textChanged.connect(self.update_dirty)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self.update_dirty)
            elif isinstance(widget, QDateTimeEdit):
                widget.dateTimeChanged.connect(self.update_dirty)
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(self.update_dirty)
            elif isinstance(widget, CategoryChoice):
                widget.changed.connect(self.update_dirty)
            elif isinstance(widget, QTableWidget):
                widget.itemChanged.connect(self.update_dirty)
                widget.model().rowsRemoved.connect(self.update_dirty)
        self.attachments.changed.connect(self.update_dirty)

    # ------------------------------------------------------------------ unsaved changes
    def category_chosen(self) -> bool:
        return bool(self.category.chosen())

    def _differs(self) -> bool:
        """The form is not what was loaded (choosing a category counts, even "Other")."""
        return self.collect() != self._baseline or self.category_chosen() != self._baseline_chosen

    def has_unsaved_changes(self) -> bool:
        if self._is_deleted:
            return False
        return (
            self._differs()
            or bool(self.attachments.pending_sources())
            or bool(self.attachments.removed_ids())
        )

    def update_dirty(self) -> None:
        self._draft_timer.start()
        dirty = self.has_unsaved_changes()
        if dirty != self._dirty:
            self._dirty = dirty
            self._show_heading()
            self.dirty_changed.emit(dirty)

    def _show_heading(self) -> None:
        text = self.heading()
        if self._reading is not None and self._entry is not None:
            text = self.tr("{0} — reading version {1} (read-only)").format(
                text, self._entry.versions[self._reading].version_no
            )
        if self._dirty:
            text = self.tr("{0} — unsaved changes").format(text)
        self.title_label.setText(text)
        self.title_label.setAccessibleName(text)

    def draft_text(self) -> str:
        """What is typed and not saved, as JSON for the vault's draft note; "" when nothing is.
        Files waiting to be added are not part of a draft (only their names could be)."""
        if self._is_deleted or not self._differs():
            return ""
        return json.dumps(
            {
                "kind": self.KIND.value,
                "entry_id": self.entry_id,
                "fields": self.collect().to_json(),
                "category_chosen": self.category_chosen(),
            }
        )

    def restore_draft(self, fields: EntryFields, category_chosen: bool = True) -> None:
        """Show a kept draft in the form; it stays unsaved until the person saves it."""
        self.show_fields(fields)
        self.attachments.restore_transcripts(fields.transcripts)
        if not category_chosen:
            self.category.set_chosen(())
        self.update_dirty()

    def stop_drafting(self) -> None:
        self._draft_timer.stop()

    # ------------------------------------------------------------------ data
    def shown_fields(self) -> dict[str, Any]:
        """The fields this form shows, by `EntryFields` name, as the widgets hold them."""
        raise NotImplementedError

    def collect(self) -> EntryFields:
        """The entry as the form would save it: the stored fields with what the form shows
        put in their place. Nothing the form does not show is lost or changed."""
        shown = self.shown_fields() | {"transcripts": self.attachments.transcripts()}
        if self._stored is None:
            return EntryFields(**shown)
        return replace(self._stored, single_category_form=False, **shown)

    def show_fields(self, fields: EntryFields) -> None:
        raise NotImplementedError

    def load(self) -> None:
        entry: Entry | None = None
        if self.entry_id is not None:
            entry = self._journal.get(self.entry_id)
            fields = entry.latest_fields
            self._stored = fields
            if fields is not None:
                self.show_fields(fields)
            self.attachments.set_existing(
                entry.current.attachments, fields.transcripts if fields is not None else ()
            )
            self._is_deleted = entry.deleted
            if entry.deleted:
                self._show_tombstone(entry)
                self.notice.say(self.tr("This entry was deleted. Its history is kept."))
        self._entry = entry
        self._reading = None
        self._show_current_parts()
        self.history.show_entry(entry)
        self._baseline = self.collect()
        self._baseline_chosen = self.category_chosen()
        self._dirty = False
        self._show_heading()

    # ------------------------------------------------------------------ earlier versions
    def show_version(self, index: int) -> None:
        """Show one version read-only in place of the form; the form keeps what is typed."""
        entry = self._entry
        if entry is None or not 0 <= index < len(entry.versions) or self._task is not None:
            return
        self._reading = index
        self.version_view.show_version(entry, index)
        for part in (self._form_area, self.tombstone, self.save_button, self.delete_button):
            part.hide()
        self.version_view.show()
        self._show_heading()

    def show_current(self) -> None:
        if self._reading is None:
            return
        self._reading = None
        self.history.clear_choice()
        self._show_current_parts()
        self._show_heading()

    def _show_current_parts(self) -> None:
        self.version_view.hide()
        self._form_area.setVisible(not self._is_deleted)
        self.tombstone.setVisible(self._is_deleted)
        self.save_button.setVisible(not self._is_deleted)
        self.delete_button.setVisible(self._entry is not None and not self._is_deleted)

    def _show_tombstone(self, entry: Entry) -> None:
        """Read-only: when it was recorded, when deleted, and that its content is erased."""
        self._form_area.hide()
        self.save_button.hide()
        self.tombstone.setText(
            self.tr(
                "Recorded: {0}\nDeleted: {1}\n\nThe content was erased when the entry was "
                "deleted. A dated marker stays in the history."
            ).format(
                recorded_local(entry.versions[0].recorded_at),
                recorded_local(entry.current.recorded_at),
            )
        )
        self.tombstone.show()

    def save(self) -> bool:
        """Start saving. False if nothing was started (a save already runs)."""
        if self._task is not None or self._is_deleted:
            return False
        if self._reading is not None:
            self.notice.say(
                self.tr(
                    "Go back to the current version to save: earlier versions stay as they are."
                )
            )
            return False
        if not self.category_chosen():
            self.notice.say(
                self.tr(
                    "Choose at least one category before saving: tick each kind of abuse this "
                    "entry is about."
                ),
                problem=True,
            )
            self.category.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        fields = self.collect()
        sources = self.attachments.pending_sources()
        removed = self.attachments.removed_ids()
        journal, entry_id, kind = self._journal, self.entry_id, self.KIND

        def work(progress: workers.Progress, cancelled: workers.CancelCheck) -> int:
            if entry_id is None:
                return journal.add(kind, fields, sources, progress=progress, cancelled=cancelled)
            journal.edit(
                entry_id,
                fields,
                add_attachments=sources,
                remove_attachment_ids=removed,
                progress=progress,
                cancelled=cancelled,
            )
            return entry_id

        self.save_button.setEnabled(False)
        self.notice.say(self.tr("Saving…"))
        if sources:
            self._task = workers.run_with_progress(
                self, self.tr("Saving the files…"), work, self._saved, self._failed
            )
        else:
            self._task = workers.start(work, self._saved, self._failed)
        return True

    def _saved(self, entry_id: object) -> None:
        self._task = None
        self.save_button.setEnabled(True)
        if not isinstance(entry_id, int):
            return
        self.entry_id = entry_id
        self.load()
        self.notice.say(
            self.tr("Saved. Version {0} is recorded.").format(self.history.version_count())
        )
        self.saved.emit(entry_id)

    def _failed(self, message: str) -> None:
        self._task = None
        self.save_button.setEnabled(not self._is_deleted)
        self.notice.say(message, problem=True)
        self.save_failed.emit(message)

    # ------------------------------------------------------------------ delete
    def delete(self) -> None:
        entry_id = self.entry_id
        if self._task is not None or entry_id is None or self._is_deleted:
            return
        title = self.collect().title if self._baseline is None else self._baseline.title
        if not self._dialogs.confirm_delete(self, title):
            return
        journal = self._journal

        def work(progress: workers.Progress, cancelled: workers.CancelCheck) -> int:
            journal.delete(entry_id)
            return entry_id

        self.save_button.setEnabled(False)
        self.delete_button.setEnabled(False)
        self.notice.say(self.tr("Deleting…"))
        self._task = workers.start(work, self._deleted, self._delete_failed)

    def _deleted(self, entry_id: object) -> None:
        self._task = None
        self.delete_button.setEnabled(True)
        self.load()
        self.notice.say(
            self.tr("Deleted. The text and files were erased; a dated marker stays in the history.")
        )
        if isinstance(entry_id, int):
            self.deleted.emit(entry_id)

    def _delete_failed(self, message: str) -> None:
        self._task = None
        self.delete_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.notice.say(message, problem=True)


class IncidentEditor(EntryEditor):
    KIND = Kind.INCIDENT

    def heading(self) -> str:
        return self.tr("New incident") if self.entry_id is None else self.tr("Incident")

    def build_form(self) -> None:
        self.title = named(
            QLineEdit(), self.tr("Title"), self.tr("A few words, e.g. 'Shouted and took my phone'")
        )
        self.when = OccurredField(self.tr("When it happened"))
        self.category = CategoryChoice(self.tr("Categories"))
        self.body = self.body_edit(
            self.tr("What happened"), self.tr("Describe what happened, in your own words.")
        )
        self.body.setPlaceholderText(self.tr("In your own words. Short notes are fine."))
        self.location = named(QLineEdit(), self.tr("Place"), self.tr("Where it happened."))
        self.people = self.text_area(
            self.tr("People involved"), self.tr("Who did it, and who else took part."), 2
        )
        self.witnesses = self.text_area(
            self.tr("Witnesses"), self.tr("Anyone who saw or heard it."), 2
        )
        for edit in (self.people, self.witnesses):
            edit.setPlaceholderText(self.tr("One person per line"))
        self.injuries = self.text_area(
            self.tr("Injuries"), self.tr("Any injuries, even small ones."), 2
        )
        self.medical = named(
            QLineEdit(),
            self.tr("Medical care"),
            self.tr("A doctor, hospital or clinic that saw you, if any."),
        )
        self.told = DisclosureTable()
        self.tags = named(
            QLineEdit(), self.tr("Tags"), self.tr("Words to find this again, separated by commas")
        )
        self.severity = named(
            QComboBox(),
            self.tr("How serious it felt"),
            self.tr("How serious it felt to you, from 1 (least) to 5 (most). Optional."),
        )
        self.severity.addItem(self.tr("Not set"), NO_SEVERITY)
        for value in SEVERITY_VALUES:
            self.severity.addItem(severity_label(value), value)
        for label, widget in [
            (self.tr("&Title:"), self.title),
            (self.tr("&When:"), self.when),
            (self.tr("&Categories (all that apply):"), self.category),
            (self.tr("W&hat happened:"), self.body),
            (self.tr("&Place:"), self.location),
            (self.tr("Pe&ople involved:"), self.people),
            (self.tr("Wit&nesses:"), self.witnesses),
            (self.tr("In&juries:"), self.injuries),
            (self.tr("Medical c&are:"), self.medical),
            (self.tr("Who was told:"), self.told),
            (self.tr("Ta&gs:"), self.tags),
            (self.tr("How serious it felt (&1–5):"), self.severity),
        ]:
            self.add_row(label, widget)
        self.when.date.setAccessibleName(self.tr("Date it happened"))

    def shown_fields(self) -> dict[str, Any]:
        severity = self.severity.currentData()
        return {
            "title": self.title.text(),
            "occurred": self.when.value(),
            "categories": self.category.chosen(),
            "body": self.body.toPlainText(),
            "location": self.location.text(),
            "people": split_lines(self.people.toPlainText()),
            "witnesses": split_lines(self.witnesses.toPlainText()),
            "injuries": self.injuries.toPlainText(),
            "medical_care": self.medical.text(),
            "told": self.told.value(),
            "tags": split_list(self.tags.text()),
            "severity": severity if isinstance(severity, int) and severity else None,
        }

    def show_fields(self, fields: EntryFields) -> None:
        self.title.setText(fields.title)
        self.when.set_value(fields.occurred)
        self.category.set_chosen(fields.categories)
        self.body.setPlainText(fields.body)
        self.location.setText(fields.location)
        self.people.setPlainText("\n".join(fields.people))
        self.witnesses.setPlainText("\n".join(fields.witnesses))
        self.injuries.setPlainText(fields.injuries)
        self.medical.setText(fields.medical_care)
        self.told.set_value(fields.told)
        self.tags.setText(", ".join(fields.tags))
        set_combo_data(self.severity, fields.severity or NO_SEVERITY)
