"""Transcripts of imported conversations (issue 16): the chosen messages of each export laid out
as the chat was, each with its journal number so it can be cited.

One section per source export (the attachment every message entry from it carries first), oldest
message first: the number, the sender and the time exactly as the export writes them with the
zone assumed at import, the text as imported, the message's position in the export and its media
exhibits. The export itself is an exhibit, embedded unchanged, so a recipient can find any
message in it with a text editor. A list of the transcripts follows the chronology.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from journal_app.core.models import EntryFields
from journal_app.export.selection import Exhibit, Plan, PlannedEntry
from journal_app.export.styles import (
    BODY_W,
    CELL,
    CELL_BOLD,
    H2,
    H3,
    NOTE,
    fixed,
    mono,
    para,
    ruled_tables,
)
from journal_app.i18n import N_, Translate

_WIDTHS = [w * mm for w in (13, 32, 34, 0, 22)]  # the text column takes the rest
_WIDTHS[3] = BODY_W - sum(_WIDTHS)


@dataclass
class _Line:
    item: PlannedEntry
    fields: EntryFields
    media: list[Exhibit]


@dataclass
class Transcript:
    """The selected messages imported from one export, in time order."""

    export_sha256: str
    export_format: str
    exhibit: Exhibit | None  # None: the export itself was left out of this copy
    lines: list[_Line] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.exhibit.info.original_name if self.exhibit is not None else ""


def transcripts(plan: Plan) -> list[Transcript]:
    """Group the plan's imported message entries by their source export."""
    found: dict[str, Transcript] = {}
    for item in plan.entries:
        if item.entry.deleted or not item.entry.versions:
            continue
        # The message as imported (the first version): a later amendment is in the entry's
        # own section, and the transcript stays comparable with the export.
        first = item.entry.versions[0].fields
        if first is None or first.source is None:
            continue
        source = first.source
        transcript = found.get(source.export_sha256)
        if transcript is None:
            exhibit = next(
                (e for e in item.exhibits if e.info.sha256 == source.export_sha256), None
            )
            transcript = Transcript(source.export_sha256, source.export_format, exhibit)
            found[source.export_sha256] = transcript
        if transcript.exhibit is None:
            transcript.exhibit = next(
                (e for e in item.exhibits if e.info.sha256 == source.export_sha256), None
            )
        media = [e for e in item.exhibits if e.info.sha256 != source.export_sha256]
        transcript.lines.append(_Line(item, first, media))
    for transcript in found.values():
        transcript.lines.sort(key=lambda line: (line.fields.occurred.sort_key(), line.item.number))
    return list(found.values())


def transcript_sections(plan: Plan, _: Translate) -> list[Flowable]:
    """The list of transcripts (after the chronology), then one section per export; nothing
    when the selection holds no imported message."""
    found = transcripts(plan)
    if not found:
        return []
    story: list[Flowable] = [fixed(_("Transcripts of imported conversations"), H3)]
    for index, transcript in enumerate(found, start=1):
        numbers = [line.item.number for line in transcript.lines]
        story.append(
            fixed(
                _(
                    "Transcript {index}: {name} ({exhibit}), {count} messages, entries "
                    "{first} to {last}.",
                    index=index,
                    name=_escape(transcript.name) or _("export left out"),
                    exhibit=transcript.exhibit.number if transcript.exhibit else "-",
                    count=len(numbers),
                    first=min(numbers),
                    last=max(numbers),
                ),
                NOTE,
            )
        )
    for index, transcript in enumerate(found, start=1):
        story.append(PageBreak())
        story += _section(index, transcript, _)
    return story


def _section(index: int, transcript: Transcript, _: Translate) -> list[Flowable]:
    story: list[Flowable] = [
        fixed(_("Transcript {index}: {name}", index=index, name=_escape(transcript.name)), H2)
    ]
    if transcript.exhibit is not None:
        story.append(
            fixed(
                _(
                    "The messages chosen from this export, oldest first, as the export shows "
                    "them: the sender and the time exactly as written there, with the time zone "
                    "assumed when it was imported. Cite a message by its entry number. The "
                    "export is exhibit {exhibit}, embedded unchanged (SHA-256 {sha256}): open "
                    "it with a text editor and find each message at the position given.",
                    exhibit=transcript.exhibit.number,
                    sha256=mono(transcript.export_sha256),
                ),
                NOTE,
            )
        )
    else:
        story.append(
            fixed(
                _(
                    "The messages chosen from this export, oldest first, as the export shows "
                    "them. The export itself was left out of this copy (SHA-256 {sha256}).",
                    sha256=mono(transcript.export_sha256),
                ),
                NOTE,
            )
        )
    header = [
        fixed(_(h), CELL_BOLD)
        for h in (N_("No."), N_("Sender"), N_("Time as written"), N_("Message"), N_("Media"))
    ]
    rows = [_row(line, _) for line in transcript.lines]
    story += ruled_tables(header, rows, _WIDTHS)
    return story


def _row(line: _Line, _: Translate) -> list[Flowable | list[Flowable]]:
    fields = line.fields
    source = fields.source
    assert source is not None
    offset = fields.occurred.utc_offset
    zone = f"{source.zone} (UTC{offset})" if offset and offset not in source.zone else source.zone
    written = [
        para(source.written, CELL, _WIDTHS[2] - 8),
        fixed(_escape(zone), CELL),
        fixed(f"<i>{_escape(source.position)}</i>", CELL),
    ]
    marks = ", ".join(e.number for e in line.media)
    amended = [fixed(f"<b>{_('amended later')}</b>", CELL)] if line.item.entry.amended else []
    return [
        fixed(str(line.item.number), CELL_BOLD),
        para(fields.sender, CELL, _WIDTHS[1] - 8),
        written,
        [para(fields.body, CELL, _WIDTHS[3] - 8), *amended],
        fixed(marks or "-", CELL),
    ]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
