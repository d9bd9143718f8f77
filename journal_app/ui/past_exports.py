"""The export log in the app: every evidence bundle this journal made, what it disclosed, and
the SHA-256 of the file, so a person can see (and tell an advocate) what was handed over."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal_app import i18n
from journal_app.evidence.export_log import ExportRecord
from journal_app.export.log_text import describe_export
from journal_app.ui import i18n as ui_i18n
from journal_app.ui.widgets import name_buttons, named, wrapped


def grouped(digest: str) -> str:
    """A SHA-256 in groups of eight, on two lines, as the bundle's cover prints it."""
    groups = [digest[i : i + 8] for i in range(0, len(digest), 8)]
    return " ".join(groups[:4]) + "\n" + " ".join(groups[4:])


class PastExportsDialog(QDialog):
    def __init__(self, records: list[ExportRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Past exports"))
        layout = QVBoxLayout(self)
        if records:
            intro = self.tr(
                "Every evidence bundle made from this notebook, oldest first. The next bundle "
                "lists them on its cover. Compare a file with its SHA-256 to be sure it is the "
                "one that was handed over."
            )
        else:
            intro = self.tr("No evidence bundle has been made from this notebook yet.")
        layout.addWidget(wrapped(intro))
        headers = [
            self.tr("Export id"),
            self.tr("Made (UTC)"),
            self.tr("What it held"),
            self.tr("SHA-256 of the file"),
        ]
        self.table = named(QTableWidget(len(records), len(headers)), self.tr("Past exports"))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        catalogue = i18n.translator(ui_i18n.current_language())
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for row, record in enumerate(records):
            values = [
                record.export_id,
                record.created_at.replace("T", " ")[:16],
                describe_export(record.disclosed(), catalogue),
                grouped(record.sha256),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 3:
                    item.setFont(mono)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(name_buttons(buttons))
        self.resize(860, 360)
