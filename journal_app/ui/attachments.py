"""Attachments in an editor: pick files, drop them, paste a screenshot; thumbnails in memory."""

from __future__ import annotations

import hashlib
import mimetypes
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import Cancelled
from journal_app.core.journal import Journal
from journal_app.core.models import AttachmentInfo, AttachmentSource
from journal_app.ui import workers
from journal_app.ui.clipboard import ClipboardGuard
from journal_app.ui.dialogs import Dialogs
from journal_app.ui.errors import message_for
from journal_app.ui.images import decode_image, png_bytes
from journal_app.ui.viewer import AttachmentViewer, human_size
from journal_app.ui.widgets import Notice, ReflowGrid, named

THUMB_SIDE = 64
THUMB_MAX_BYTES = 32 * 1024 * 1024


@dataclass
class Attached:
    """One row: a file already in the notebook (`info`) or one to add on save (`source`)."""

    name: str
    info: AttachmentInfo | None = None
    source: AttachmentSource | None = None
    size: int = 0
    sha256: str = ""  # worked out only when another file of the same size comes


# A file waiting to be added is hashed on the GUI thread only up to this size (a few tens of
# milliseconds); a larger one, a long video, is read in the background with progress and Cancel.
HASH_AT_ONCE_MAX = 32 * 1024 * 1024


def _sha256(row: Attached) -> str:
    if not row.sha256:
        if row.info is not None:
            row.sha256 = row.info.sha256
        elif row.source is not None and row.source.data is not None:
            row.sha256 = hashlib.sha256(row.source.data).hexdigest()
        elif row.source is not None and row.source.path is not None:
            row.sha256 = _file_sha256(row.source.path)
    return row.sha256


def _file_sha256(
    path: Path,
    progress: workers.Progress | None = None,
    cancelled: workers.CancelCheck | None = None,
) -> str:
    digest = hashlib.sha256()
    total = path.stat().st_size
    done = 0
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            if cancelled is not None and cancelled():
                raise Cancelled()
            digest.update(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
    return digest.hexdigest()


def _same_file_on_disk(first: Attached, second: Attached) -> bool:
    paths = [r.source.path if r.source is not None else None for r in (first, second)]
    if paths[0] is None or paths[1] is None:
        return False
    try:
        return os.path.samefile(paths[0], paths[1])
    except OSError:
        return False


def _known_sha256(row: Attached) -> str:
    """The SHA-256 if already known, without reading a file on the GUI thread: a file waiting
    to be added has one once its transcript was typed (or a same-size file was compared)."""
    return row.info.sha256 if row.info is not None else row.sha256


def is_recording(row: Attached) -> bool:
    """Sound or video: by the type found when it was stored, or, before, by its name."""
    kind = row.info.mime_type if row.info is not None else mimetypes.guess_type(row.name)[0]
    return bool(kind) and str(kind).startswith(("audio/", "video/"))


def _item_text(row: Attached, transcribed: bool = False) -> str:
    if row.info is not None:
        text = f"{row.name}\n{human_size(row.size)} · SHA-256 {row.info.sha256[:16]}…"
    else:
        text = f"{row.name}\n{human_size(row.size)} · " + QGuiApplication.translate(
            "AttachmentsPanel", "will be added when you save"
        )
    if is_recording(row):
        text += "\n" + (
            QGuiApplication.translate("AttachmentsPanel", "Transcript typed")
            if transcribed
            else QGuiApplication.translate("AttachmentsPanel", "No transcript yet")
        )
    return text


class AttachmentsPanel(QWidget):
    changed = Signal()

    def __init__(
        self,
        journal: Journal,
        dialogs: Dialogs,
        clipboard: ClipboardGuard,
        parent: QWidget | None = None,
        notice: Notice | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._dialogs = dialogs
        self._clipboard = clipboard
        self._removed: list[int] = []
        # Typed transcripts of recordings, by the file's SHA-256 (EntryFields.transcripts).
        self._transcripts: dict[str, str] = {}
        self.viewers: list[AttachmentViewer] = []
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = named(
            QListWidget(),
            self.tr("Attached files"),
            self.tr("Drop files here, paste a screenshot with Ctrl+V, or add files."),
        )
        self.list.setIconSize(QSize(THUMB_SIDE, THUMB_SIDE))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMinimumHeight(90)
        # A narrow column wraps a file's line instead of scrolling it sideways.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.itemActivated.connect(lambda _item: self.view_current())
        self.list.currentRowChanged.connect(lambda _row: self._show_transcript_button())
        layout.addWidget(self.list)
        layout.addLayout(self._buttons())
        # The editor passes its own notice, at the top and always on screen: a confirmation
        # shows where the person is looking, not below the fold (issue 14).
        self.notice = notice if notice is not None else Notice()
        if notice is None:
            layout.addWidget(self.notice)

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        specs = [
            (
                self.tr("Add &files…"),
                self.tr("Add files"),
                self.tr("Choose files or pictures to keep with this entry."),
                self.pick_files,
            ),
            (
                self.tr("Past&e screenshot"),
                self.tr("Paste screenshot (Ctrl+V)"),
                self.tr("Add the picture you copied or the screenshot you took."),
                self.paste_from_clipboard,
            ),
            (
                self.tr("&View"),
                self.tr("View selected file"),
                self.tr("Look at the chosen file and its fingerprint."),
                self.view_current,
            ),
            (
                self.tr("Remove f&ile"),
                self.tr("Remove selected file"),
                self.tr("Take the chosen file off this entry when you save."),
                self.remove_current,
            ),
        ]
        self.buttons: list[QPushButton] = []
        for text, name, description, slot in specs:
            button = named(QPushButton(text), name, description)
            button.clicked.connect(slot)
            self.buttons.append(button)
        self.transcript_button = named(
            QPushButton(self.tr("T&ype transcript…")),
            self.tr("Transcript of the chosen recording"),
            self.tr(
                "Type what is said in the chosen sound or video file; it is printed beside it "
                "in an evidence bundle."
            ),
        )
        self.transcript_button.clicked.connect(self.edit_transcript)
        self.transcript_button.hide()
        self.buttons.append(self.transcript_button)
        # In a narrow side column the buttons wrap onto more rows instead of widening it.
        row.addWidget(ReflowGrid(self.buttons, len(self.buttons)))
        return row

    # ------------------------------------------------------------------ content
    def set_existing(
        self, infos: tuple[AttachmentInfo, ...], transcripts: tuple[tuple[str, str], ...] = ()
    ) -> None:
        self.list.clear()
        self._removed = []
        self._transcripts = dict(transcripts)
        for info in infos:
            self._add_row(Attached(info.original_name, info=info, size=info.size))
        self._show_transcript_button()

    def restore_transcripts(self, transcripts: tuple[tuple[str, str], ...]) -> None:
        """A kept draft's transcripts, for the files in the list."""
        self._transcripts = dict(transcripts)
        self._refresh_lines()

    def transcripts(self) -> tuple[tuple[str, str], ...]:
        """The typed transcripts of the recordings in the list (a removed file's goes too)."""
        if not self._transcripts:
            return ()
        held = {_known_sha256(row) for row in self._rows() if is_recording(row)}
        return tuple(sorted((k, v) for k, v in self._transcripts.items() if k in held))

    def pending_sources(self) -> list[AttachmentSource]:
        return [row.source for row in self._rows() if row.source is not None]

    def removed_ids(self) -> list[int]:
        return list(self._removed)

    def _rows(self) -> list[Attached]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items]

    def _transcribed(self, row: Attached) -> bool:
        return is_recording(row) and bool(self._transcripts.get(_known_sha256(row)))

    def _refresh_lines(self) -> None:
        for index in range(self.list.count()):
            item = self.list.item(index)
            row = item.data(Qt.ItemDataRole.UserRole)
            item.setText(_item_text(row, self._transcribed(row)))
        self._show_transcript_button()

    def _show_transcript_button(self) -> None:
        """Shown while the list holds a recording; usable when one is chosen."""
        rows = self._rows()
        self.transcript_button.setVisible(any(is_recording(r) for r in rows))
        current = self._current()
        self.transcript_button.setEnabled(current is not None and is_recording(current[1]))

    def _add_row(self, row: Attached, thumbnail: QImage | None = None) -> None:
        item = QListWidgetItem(_item_text(row, self._transcribed(row)))
        item.setData(Qt.ItemDataRole.UserRole, row)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, row.name)
        image = thumbnail if thumbnail is not None else self._thumbnail(row)
        if image is not None:
            item.setIcon(QIcon(QPixmap.fromImage(image)))
        self.list.addItem(item)
        self.list.setCurrentItem(item)
        self._show_transcript_button()

    def _thumbnail(self, row: Attached) -> QImage | None:
        try:
            if row.info is not None and row.info.is_image and row.size <= THUMB_MAX_BYTES:
                return decode_image(self._journal.attachment_bytes(row.info.id), THUMB_SIDE)
            if row.source is not None and row.source.data is not None:
                return decode_image(row.source.data, THUMB_SIDE)
            if (
                row.source is not None
                and row.source.path is not None
                and row.size <= THUMB_MAX_BYTES
                and row.source.path.is_file()
            ):
                return decode_image(row.source.path.read_bytes(), THUMB_SIDE)
        except Exception:  # a preview is a nicety: an unreadable one is simply not shown
            return None
        return None

    # ------------------------------------------------------------------ adding
    def pick_files(self) -> None:
        self.add_paths(self._dialogs.open_files(self, self.tr("Choose files to attach")))

    def add_paths(self, paths: list[Path]) -> None:
        repeated: list[str] = []
        for path in paths:
            try:
                size = path.stat().st_size
                if not path.is_file():
                    continue
                source = AttachmentSource.from_path(path)
                row = Attached(source.name, source=source, size=size)
                if self._already_there(row, repeated):
                    continue
            except OSError as exc:
                self.notice.say(message_for(exc), problem=True)
                continue
            self.add_source(source, size, row.sha256)
        self._point_out(repeated)

    def add_source(self, source: AttachmentSource, size: int, sha256: str = "") -> None:
        """Attach `source` when the entry is saved (read then, in chunks, off the GUI thread)."""
        self._add_row(Attached(source.name, source=source, size=size, sha256=sha256))
        self.changed.emit()

    def add_image(self, image: QImage) -> None:
        data = png_bytes(image)
        name = datetime.now().strftime("screenshot-%Y-%m-%d-%H%M%S.png")
        row = Attached(name, source=AttachmentSource(name=name, data=data), size=len(data))
        repeated: list[str] = []
        if self._already_there(row, repeated):
            self._point_out(repeated)
            return
        self._add_row(row, decode_image(data, THUMB_SIDE))
        self._clipboard.note_pasted_image(image)
        self.notice.say(self.tr("Screenshot added. It is saved when you press Save."))
        self.changed.emit()

    def _already_there(self, row: Attached, repeated: list[str]) -> bool:
        """Whether the same bytes (same SHA-256) are already in the list; noted in `repeated`.
        Only a file of the same size as one in the list is read to find out."""
        for other in self._rows():
            if other.size != row.size:
                continue
            if _same_file_on_disk(other, row):
                # The same file chosen again (a long video dragged in twice): known without
                # reading gigabytes on the GUI thread.
                repeated.append(self.tr("“{0}” is already in the list.").format(row.name))
                return True
            try:
                theirs = _sha256(other)
            except OSError:
                continue  # a listed file gone from disk is not this one; saving will say so
            if theirs == _sha256(row):
                repeated.append(
                    self.tr("“{0}” is the same file as “{1}” (SHA-256 {2}…).").format(
                        row.name, other.name, row.sha256[:16]
                    )
                )
                return True
        return False

    def _point_out(self, repeated: Iterable[str]) -> None:
        lines = list(repeated)
        if lines:
            self.notice.say(
                self.tr("Already attached, so not added again:") + "\n" + "\n".join(lines)
            )

    def paste_from_clipboard(self) -> bool:
        """Attach a picture (or copied files) from the clipboard. Returns whether anything came."""
        clipboard = QGuiApplication.clipboard()
        mime = clipboard.mimeData()
        if mime is not None and mime.hasImage():
            image = clipboard.image()
            if not image.isNull():
                self.add_image(image)
                return True
        if mime is not None and mime.hasUrls():
            paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
            if paths:
                self.add_paths(paths)
                return True
        self.notice.say(self.tr("There is no picture on the clipboard to paste."), problem=True)
        return False

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        if paths:
            self.add_paths(paths)
        elif mime.hasImage():
            image = QImage(mime.imageData())
            if not image.isNull():
                self.add_image(image)
        event.acceptProposedAction()

    # ------------------------------------------------------------------ other actions
    def _current(self) -> tuple[int, Attached] | None:
        # The row number, not currentItem(): with nothing chosen that hands back a null pointer,
        # which costs None a reference under PySide6 6.12 on Python 3.11 (ui/refcounts.py).
        index = self.list.currentRow()
        if index < 0:
            return None
        return index, self.list.item(index).data(Qt.ItemDataRole.UserRole)

    def remove_current(self) -> None:
        current = self._current()
        if current is None:
            return
        index, row = current
        if row.info is not None:
            self._removed.append(row.info.id)
            self.notice.say(
                self.tr(
                    "The file will be taken off this entry when you save. Earlier versions keep it."
                )
            )
        self.list.takeItem(index)
        self._show_transcript_button()
        self.changed.emit()

    def edit_transcript(self) -> None:
        """Type (or change, or empty) the transcript of the chosen recording; it is kept with
        the entry's next saved version."""
        current = self._current()
        if current is None or not is_recording(current[1]):
            self.notice.say(self.tr("Choose a sound or video file in the list first."))
            return
        _index, row = current
        # A transcript is bound to the file's SHA-256. A saved file has one; a file waiting to
        # be added is read for it first: at once when small, else in the background.
        path = row.source.path if row.source is not None else None
        if _known_sha256(row) or path is None or row.size <= HASH_AT_ONCE_MAX:
            try:
                sha256 = _sha256(row)
            except OSError as exc:
                self.notice.say(message_for(exc), problem=True)
                return
            self._ask_transcript(row, sha256)
            return

        def work(progress: workers.Progress, cancelled: workers.CancelCheck) -> str:
            return _file_sha256(path, progress, cancelled)

        def hashed(sha256: object) -> None:
            row.sha256 = str(sha256)
            self._ask_transcript(row, row.sha256)

        workers.run_with_progress(
            self,
            self.tr("Reading “{0}”…").format(row.name),
            work,
            hashed,
            lambda message: self.notice.say(message, problem=True),
        )

    def _ask_transcript(self, row: Attached, sha256: str) -> None:
        if not any(other is row for other in self._rows()):
            return  # taken off the list while it was being read
        typed = self._dialogs.edit_transcript(self, row.name, self._transcripts.get(sha256, ""))
        if typed is None:
            return
        if typed.strip():
            self._transcripts[sha256] = typed
        else:
            self._transcripts.pop(sha256, None)
        self._refresh_lines()
        self.notice.say(self.tr("Transcript kept. It is saved with the entry when you press Save."))
        self.changed.emit()

    def view_current(self) -> None:
        current = self._current()
        if current is None:
            self.notice.say(self.tr("Choose a file in the list first."))
            return
        _index, row = current
        try:
            data = self._data_for(row)
        except Exception as exc:
            self.notice.say(message_for(exc), problem=True)
            return
        viewer = AttachmentViewer(row.name, row.size, row.info, data, self._clipboard, self)
        self.viewers.append(viewer)
        viewer.finished.connect(lambda _code, v=viewer: self.viewers.remove(v))
        viewer.show()

    def _data_for(self, row: Attached) -> bytes | None:
        if row.info is not None:
            return (
                self._journal.attachment_bytes(row.info.id, limit=THUMB_MAX_BYTES)
                if row.size <= THUMB_MAX_BYTES
                else None
            )
        if row.source is not None and row.source.data is not None:
            return row.source.data
        if row.source is not None and row.source.path is not None and row.size <= THUMB_MAX_BYTES:
            return row.source.path.read_bytes()
        return None
