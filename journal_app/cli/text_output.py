"""Human-readable output of the command line, in the user's language."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from journal_app.core.integrity import CheckReport
from journal_app.core.models import Entry, EntryFields, EntrySummary, Kind, Version
from journal_app.evidence.export_log import ExportRecord
from journal_app.i18n import N_, Translate, translator

if TYPE_CHECKING:
    from journal_app.export.verify import VerifyResult


def render_table(entries: Sequence[EntrySummary], translate: Translate | None = None) -> str:
    """One line per entry."""
    _ = translate or translator()
    lines = []
    for e in entries:
        when = e.occurred.iso().replace("T", " ")[:16] + (" ~" if e.occurred.approximate else "")
        marks = [
            m
            for m, on in (
                (_("late"), e.late),
                (_("amended"), e.amended),
                (_("deleted"), e.deleted),
            )
            if on
        ]
        if e.attachment_count:
            marks.append(
                _("{count} files", count=e.attachment_count)
                if e.attachment_count > 1
                else _("1 file")
            )
        title = e.title if not e.deleted else _("(deleted)")
        extra = f"  [{', '.join(marks)}]" if marks else ""
        codes = ",".join(c.value for c in e.categories)
        lines.append(f"{e.id:>6}  {when:<18}  {codes:<11}  {title}{extra}")
    return "\n".join(lines) + "\n"


_FIELD_LABELS = [
    ("location", N_("Location")),
    ("people", N_("People involved")),
    ("witnesses", N_("Witnesses")),
    ("injuries", N_("Injuries")),
    ("medical_care", N_("Medical care")),
    ("told", N_("Who was told")),
    ("tags", N_("Tags")),
    ("severity", N_("Severity")),
    ("channel", N_("Channel")),
    ("sender", N_("Sender (as shown)")),
]
_KINDS = {Kind.INCIDENT: N_("incident"), Kind.MESSAGE: N_("message")}
_ACTIONS = {"create": N_("create"), "edit": N_("edit"), "delete": N_("delete")}


def render_entry(entry: Entry, translate: Translate | None = None) -> str:
    _ = translate or translator()
    lines: list[str] = []
    flags = [
        f
        for f, on in (
            (_("amended"), entry.amended),
            (_("late entry"), entry.late),
            (_("deleted"), entry.deleted),
        )
        if on
    ]
    kind = _(_KINDS.get(entry.kind, entry.kind.value))
    lines.append(
        _("Entry {entry_id} - {kind}", entry_id=entry.id, kind=kind)
        + (f" ({', '.join(flags)})" if flags else "")
    )
    lines.append(_("Recorded: {when}", when=entry.created_at))
    fields = entry.latest_fields
    if entry.deleted or fields is None:
        lines.append(
            _("Deleted on {when}; its content was erased.", when=entry.current.recorded_at)
        )
    else:
        lines += _render_fields(fields, _)
        if entry.current.attachments:
            lines.append(_("Attachments:"))
            lines += [
                f"  [{a.id}] {a.original_name}  {a.mime_type}  "
                + _("{size} bytes", size=a.size)
                + f"  sha256 {a.sha256}"
                + ("  " + _("captured {when}", when=a.captured_at) if a.captured_at else "")
                for a in entry.current.attachments
            ]
            for a in entry.current.attachments:
                typed = fields.transcript_of(a.sha256)
                if typed:
                    lines += ["", _("Transcript of {mark}", mark=f"A{a.id}") + ":", typed, ""]
    lines.append(_("History:"))
    previous: Version | None = None
    width = max(len(_(a)) for a in _ACTIONS.values())
    for v in entry.versions:
        changed = _changed_fields(previous, v)
        action = _(_ACTIONS.get(v.action, v.action))
        lines.append(
            f"  v{v.version_no}  {action:<{width}}  {v.recorded_at}  "
            + _("content {sha256}", sha256=v.content_sha256[:16])
            + ("  " + _("changed: {fields}", fields=changed) if changed else "")
        )
        previous = v
    return "\n".join(lines) + "\n"


def _render_fields(fields: EntryFields, _: Translate) -> list[str]:
    when = fields.occurred.iso().replace("T", " ")
    lines = [
        _("Title: {title}", title=fields.title),
        _("Occurred: {when}", when=when)
        + (" " + _("(approximately)") if fields.occurred.approximate else ""),
        _("Category: {category}", category=_(fields.categories[0].label))
        if len(fields.categories) == 1
        else _(
            "Categories: {categories}",
            categories=", ".join(_(c.label) for c in fields.categories),
        ),
    ]
    document = fields.readable_json()
    for key, label in _FIELD_LABELS:
        value = document.get(key)
        if key == "told":
            value = "; ".join(
                d.who
                + (" " + _("(ref. {reference})", reference=d.reference) if d.reference else "")
                for d in fields.told
            )
        elif isinstance(value, list):
            value = ", ".join(value)
        if value not in (None, "", []):
            lines.append(f"{_(label)}: {value}")
    if fields.body:
        lines += ["", fields.body, ""]
    return lines


def _changed_fields(previous: Version | None, current: Version) -> str:
    """Names of the changed fields, as in `show --json` (field names are not translated)."""
    if previous is None or previous.fields is None or current.fields is None:
        return ""
    before, after = previous.fields.readable_json(), current.fields.readable_json()
    keys = [*after, *(k for k in before if k not in after)]  # a removed transcript too
    names = [k for k in keys if before.get(k) != after.get(k)]
    if [a.sha256 for a in previous.attachments] != [a.sha256 for a in current.attachments]:
        names.append("attachments")
    return ", ".join(names)


def render_check(report: CheckReport, translate: Translate | None = None) -> str:
    _ = translate or translator()
    head = report.head
    lines = [
        _(
            "History: {size} versions, head {head}",
            size=head.size if head else 0,
            head=head.head if head else "-",
        ),
        _(
            "Checked {versions} versions and {attachments} attachments.",
            versions=report.versions_checked,
            attachments=report.attachments_checked,
        ),
    ]
    lines += [_("Note: {note}", note=note) for note in report.notes]
    if report.ok:
        lines.append(
            _("OK: the journal file is intact and its history matches every recorded hash.")
        )
    else:
        for problem in report.integrity:
            lines.append(_("DAMAGED: {problem}", problem=problem))
        for problem in report.problems:
            lines.append(_("MISMATCH: {problem}", problem=problem))
        if report.first_bad_entry is not None:
            lines.append(
                _(
                    "The first entry that does not match is entry {entry_id}.",
                    entry_id=report.first_bad_entry,
                )
            )
        lines.append(
            _("Nothing was changed. Restore from a backup (journal-app restore) if you have one.")
        )
    return "\n".join(lines) + "\n"


def render_verify(result: VerifyResult, translate: Translate | None = None) -> str:
    from journal_app.export.verify import unchecked_lines

    _ = translate or translator()
    lines = [_("Bundle: {path}", path=result.path)]
    if result.export_id is not None:
        lines.append(
            _(
                "Export {export_id} of {created_at}: {entries} entries, {exhibits} exhibits; "
                "signing key {fingerprint}",
                export_id=result.export_id,
                created_at=result.created_at,
                entries=result.entries,
                exhibits=result.exhibits,
                fingerprint=result.fingerprint,
            )
        )
        lines.append(
            _(
                "History: {size} versions, head {head}",
                size=result.chain_size,
                head=result.chain_head,
            )
        )
    if result.pdf_signature_ok:
        lines.append(
            _(
                "PDF signature: valid, over the whole file, pages included (signing key "
                "{fingerprint}).",
                fingerprint=result.pdf_certificate_fingerprint,
            )
        )
    if result.encryption:
        lines.append(_("Encryption: {algorithm}", algorithm=result.encryption.get("algorithm")))
    lines.append(
        _(
            "Checked {files} embedded files and {versions} versions ({content} content hashes "
            "recomputed).",
            files=result.files_checked,
            versions=result.versions_checked,
            content=result.content_checked,
        )
    )
    # Fixed sentences are in the catalogue; detailed mismatches stay in English for now.
    lines += [_("MISMATCH: {problem}", problem=_(p)) for p in result.problems]
    lines += [_("Note: {note}", note=_(n)) for n in result.notes]
    lines += unchecked_lines(result, _)
    if result.intact:
        lines.append(_(result.verdict))
    else:
        problem = _(result.problems[0]) if result.problems else _("the bundle failed.")
        lines.append(_("NOT INTACT: {problem}", problem=problem))
    return "\n".join(lines) + "\n"


def render_exports(records: Sequence[ExportRecord], translate: Translate | None = None) -> str:
    """The export log: one block per bundle, oldest first."""
    from journal_app.export.log_text import describe_export

    _ = translate or translator()
    if not records:
        return _("No export is recorded in this journal.") + "\n"
    lines = []
    for record in records:
        lines.append(
            _(
                "{export_id}  made {created_at}",
                export_id=record.export_id,
                created_at=record.created_at,
            )
        )
        lines.append("    " + describe_export(record.disclosed(), _))
        lines.append("    " + _("SHA-256 of the file: {sha256}", sha256=record.sha256))
    return "\n".join(lines) + "\n"
