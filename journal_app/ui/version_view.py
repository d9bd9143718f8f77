"""One earlier version of an entry, read-only, as it was recorded.

Fields that differ from the version before are marked twice: a highlighted bar (colour) and
the word "Changed" beside them (for people who cannot tell the colour, and screen readers).
A version whose content was erased by a delete says so instead of showing empty fields.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.models import Category, Channel, Entry, EntryFields, Kind, Version
from journal_app.ui.editor_parts import FIELD_LABELS, recorded_local
from journal_app.ui.labels import category_label, channel_label, severity_label
from journal_app.ui.widgets import QT_TRANSLATE_NOOP, named, scaled_font, scrolling, wrapped

translate = QCoreApplication.translate

INCIDENT_ORDER = (
    "title",
    "occurred",
    "categories",
    "body",
    "location",
    "people",
    "witnesses",
    "injuries",
    "medical_care",
    "told",
    "tags",
    "severity",
    "transcripts",
)
MESSAGE_ORDER = (
    "channel",
    "sender",
    "occurred",
    "body",
    "title",
    "categories",
    "tags",
    "transcripts",
)
FILES = "files"
MESSAGE_BODY = QT_TRANSLATE_NOOP("VersionView", "message text")
FILES_LABEL = QT_TRANSLATE_NOOP("VersionView", "files")

# Palette roles only, so the highlight keeps its contrast in light and dark themes.
CHANGED_STYLE = (
    "QLabel { background: palette(alternate-base); color: palette(text);"
    " border-left: 4px solid palette(highlight); padding: 2px 6px; }"
)
SAME_STYLE = "QLabel { padding: 2px 6px; border-left: 4px solid transparent; }"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _occurred(data: dict[str, Any]) -> str:
    time = data.get("time")
    text = str(data.get("date", ""))
    text += f" {time}" if time else " " + translate("VersionView", "(time unknown)")
    if data.get("approximate"):
        text += " " + translate("VersionView", "(approximately)")
    return text


def shown_value(key: str, value: Any) -> str:
    """A field's stored value as the person reads it."""
    if key == "occurred" and isinstance(value, dict):
        return _occurred(value)
    if key == "categories" and value:
        return "\n".join(category_label(Category(c)) for c in value)
    if key == "channel" and value:
        return channel_label(Channel(value))
    if key == "severity":
        return severity_label(value) if value else ""
    if key == "told":
        return "\n".join(
            f"{d['who']} ({d['reference']})" if d.get("reference") else str(d["who"]) for d in value
        )
    if key == "tags":
        return ", ".join(value)
    if isinstance(value, list):
        return "\n".join(str(item) for item in value)
    return "" if value is None else str(value)


class VersionView(QWidget):
    """Read-only rows for one version; `back_button` returns to the current version."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setFont(scaled_font(self.heading, 1.15))
        self.heading.setWordWrap(True)
        self.explain = wrapped("")
        self.back_button = named(
            QPushButton(self.tr("Bac&k to the current version")),
            self.tr("Back to the current version"),
            self.tr("Stop reading this version and show the entry as it is now."),
        )
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        self.erased = wrapped("")
        self.erased.setAccessibleName(self.tr("Content erased"))
        self.erased.hide()
        page = QWidget()
        self.form = QFormLayout(page)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._area = scrolling(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.explain)
        layout.addWidget(self.erased)
        layout.addWidget(self._area, 1)
        self._values: dict[str, QLabel] = {}
        self._markers: dict[str, QLabel] = {}

    # ------------------------------------------------------------------ what tests and readers ask
    def value_text(self, key: str) -> str:
        return self._values[key].text()

    def marker_text(self, key: str) -> str:
        marker = self._markers[key]
        return marker.text() if not marker.isHidden() else ""

    def marked(self) -> list[str]:
        return [key for key, marker in self._markers.items() if not marker.isHidden()]

    # ------------------------------------------------------------------ showing
    def show_version(self, entry: Entry, index: int) -> None:
        version = entry.versions[index]
        previous = entry.versions[index - 1] if index > 0 else None
        count = len(entry.versions)
        head = self.tr("Version {0} of {1} — recorded {2}").format(
            version.version_no, count, recorded_local(version.recorded_at)
        )
        if index == count - 1:
            head += " " + self.tr("(the latest)")
        self.heading.setText(head)
        self.heading.setAccessibleName(head)
        self._clear()
        if version.fields is None:
            self._show_erased(entry, version)
            return
        self.erased.hide()
        self._area.show()
        self.explain.setText(
            self.tr("Read-only: the entry as it was saved in this version. It cannot be changed.")
            + (
                " "
                + self.tr('Fields marked "Changed" differ from version {0}.').format(
                    previous.version_no
                )
                if previous is not None and previous.fields is not None
                else " " + self.tr("This is the first version.")
            )
        )
        self._show_fields(entry.kind, version, previous)

    def _show_erased(self, entry: Entry, version: Version) -> None:
        self._area.hide()
        self.explain.setText("")
        if version.action == "delete":
            text = self.tr(
                "The entry was deleted in this version. Its text and files were erased; "
                "only this dated marker stays."
            )
        else:
            text = self.tr(
                "The content of this version was erased when the entry was deleted on {0}. "
                "The history keeps when it was recorded, not its words."
            ).format(recorded_local(entry.current.recorded_at))
        self.erased.setText(text)
        self.erased.show()

    def _show_fields(self, kind: Kind, version: Version, previous: Version | None) -> None:
        fields: EntryFields = version.fields  # type: ignore[assignment]
        # Readable forms: a version stored before entries held several categories compares
        # by its categories, not by how they were written down.
        after = fields.readable_json()
        before = (
            previous.fields.readable_json() if previous is not None and previous.fields else None
        )
        by_hash = {a.sha256: a.original_name for a in version.attachments}
        for key in MESSAGE_ORDER if kind is Kind.MESSAGE else INCIDENT_ORDER:
            if key == "transcripts" and not (after.get(key) or (before or {}).get(key)):
                continue  # only entries with a recording that has (or had) a transcript
            label = MESSAGE_BODY if kind is Kind.MESSAGE and key == "body" else FIELD_LABELS[key]
            context = "VersionView" if label is MESSAGE_BODY else "EditorParts"
            changed = before is not None and before.get(key) != after.get(key)
            text = (
                "\n\n".join(
                    f"{by_hash.get(k, k[:16])}:\n{v}" for k, v in after.get(key, {}).items()
                )
                if key == "transcripts"
                else shown_value(key, after.get(key))
            )
            self._add_row(key, _capital(translate(context, label)), text, changed)
        names = "\n".join(a.original_name for a in version.attachments)
        files_changed = (
            previous is not None
            and previous.fields is not None
            and ({a.id for a in previous.attachments} != {a.id for a in version.attachments})
        )
        self._add_row(FILES, _capital(self.tr(FILES_LABEL)), names, files_changed)

    def _add_row(self, key: str, label: str, text: str, changed: bool) -> None:
        value = wrapped(text)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value.setStyleSheet(CHANGED_STYLE if changed else SAME_STYLE)
        if not text:
            value.setText(self.tr("(empty)"))
        marker = QLabel(self.tr("Changed"))
        font = marker.font()
        font.setBold(True)
        marker.setFont(font)
        if not changed:
            marker.hide()
        value.setAccessibleName(self.tr("{0}, changed").format(label) if changed else label)
        cell = QWidget()
        cell_layout = QVBoxLayout(cell)
        cell_layout.setContentsMargins(0, 0, 0, 0)
        cell_layout.setSpacing(2)
        cell_layout.addWidget(marker)
        cell_layout.addWidget(value)
        name = QLabel(label + ":")
        if changed:
            name.setFont(font)
        self.form.addRow(name, cell)
        self._values[key] = value
        self._markers[key] = marker

    def _clear(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self._values.clear()
        self._markers.clear()
