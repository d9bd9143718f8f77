"""The message / threat editor: channel, the sender exactly as shown, when it came, the text,
the screenshot or file, and a short checklist of what makes it useful later.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QGroupBox, QLineEdit, QVBoxLayout, QWidget

from journal_app.core.models import Channel, EntryFields, Kind
from journal_app.ui.editor import EntryEditor, set_combo_data
from journal_app.ui.editor_parts import CategoryChoice, OccurredField, split_list
from journal_app.ui.labels import channel_label
from journal_app.ui.widgets import QT_TRANSLATE_NOOP, named, wrapped

CHECKLIST = [
    QT_TRANSLATE_NOOP(
        "MessageEditor", "Write down the sender's number or address, not only the contact name."
    ),
    QT_TRANSLATE_NOOP(
        "MessageEditor", "Keep the original file or message; do not forward or edit it."
    ),
    QT_TRANSLATE_NOOP(
        "MessageEditor", "Screenshot the whole conversation with the dates and times visible."
    ),
    QT_TRANSLATE_NOOP(
        "MessageEditor", "If it was a call or voicemail, note the time and how long it lasted."
    ),
]


class MessageEditor(EntryEditor):
    KIND = Kind.MESSAGE

    def heading(self) -> str:
        return self.tr("New message") if self.entry_id is None else self.tr("Message")

    def build_form(self) -> None:
        self.channel = named(
            QComboBox(), self.tr("How it came"), self.tr("The way the message reached you.")
        )
        for channel in Channel:
            self.channel.addItem(channel_label(channel), channel.value)
        self.sender_edit = named(
            QLineEdit(),
            self.tr("Sender exactly as shown"),
            self.tr("The number, email address or account name exactly as it appears."),
        )
        self.sender_edit.setPlaceholderText(self.tr("e.g. +44 7700 900123 or @name"))
        self.when = OccurredField(self.tr("When it came"))
        self.body = self.body_edit(
            self.tr("Message text"), self.tr("The words of the message, exactly as sent.")
        )
        self.body.setPlaceholderText(self.tr("Copy the words exactly, spelling and all."))
        self.title = named(
            QLineEdit(), self.tr("Title (optional)"), self.tr("A few words to find it again.")
        )
        self.title.setPlaceholderText(self.tr("Left empty, the channel and sender are used"))
        self.category = CategoryChoice(self.tr("Categories"))
        self.tags = named(
            QLineEdit(), self.tr("Tags"), self.tr("Words to find this again, separated by commas")
        )
        for label, widget in [
            (self.tr("&How it came:"), self.channel),
            (self.tr("Se&nder (exactly as shown):"), self.sender_edit),
            (self.tr("&When it came:"), self.when),
            (self.tr("&Message text:"), self.body),
            (self.tr("&Title:"), self.title),
            (self.tr("&Categories (all that apply):"), self.category),
            (self.tr("Ta&gs:"), self.tags),
        ]:
            self.add_row(label, widget)
        self.when.date.setAccessibleName(self.tr("Date received"))

    def side_widgets(self) -> list[QWidget]:
        box = QGroupBox(self.tr("Checklist"))
        layout = QVBoxLayout(box)
        for line in CHECKLIST:
            item = wrapped("• " + self.tr(line))
            item.setAccessibleName(self.tr(line))
            layout.addWidget(item)
        return [box]

    def shown_fields(self) -> dict[str, Any]:
        return {
            "title": self.title.text(),
            "occurred": self.when.value(),
            "categories": self.category.chosen(),
            "body": self.body.toPlainText(),
            "tags": split_list(self.tags.text()),
            "channel": str(self.channel.currentData() or ""),
            "sender": self.sender_edit.text(),
        }

    def show_fields(self, fields: EntryFields) -> None:
        set_combo_data(self.channel, fields.channel)
        self.sender_edit.setText(fields.sender)
        self.when.set_value(fields.occurred)
        self.body.setPlainText(fields.body)
        self.title.setText(fields.title)
        self.category.set_chosen(fields.categories)
        self.tags.setText(", ".join(fields.tags))
