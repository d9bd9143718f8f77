"""JSON output of the command line (documented in docs/cli-json.md; keep it stable)."""

from __future__ import annotations

from typing import Any

from journal_app.core.integrity import CheckReport
from journal_app.core.models import AttachmentInfo, Entry, EntryFields, EntrySummary, Version
from journal_app.evidence.export_log import ExportRecord

JSON_FORMAT = 1


def attachment_json(a: AttachmentInfo) -> dict[str, Any]:
    return {
        "id": a.id,
        "name": a.original_name,
        "size": a.size,
        "sha256": a.sha256,
        "mime_type": a.mime_type,
        "captured_at": a.captured_at,
        "width": a.image_width,
        "height": a.image_height,
        "imported_at": a.imported_at,
        "erased": a.erased,
    }


def fields_json(fields: EntryFields) -> dict[str, Any]:
    document = fields.readable_json()
    # `category` (the first) stays for scripts written before an entry could hold several.
    document["category"] = fields.categories[0].value
    document["occurred"] = fields.occurred.iso()
    document["occurred_approximate"] = fields.occurred.approximate
    return document


def summary_json(e: EntrySummary) -> dict[str, Any]:
    return {
        "id": e.id,
        "kind": e.kind.value,
        "occurred": e.occurred.iso(),
        "occurred_approximate": e.occurred.approximate,
        "category": e.categories[0].value,
        "categories": [c.value for c in e.categories],
        "title": e.title,
        "tags": list(e.tags),
        "attachment_count": e.attachment_count,
        "versions": e.version_count,
        "recorded_at": e.created_at,
        "updated_at": e.updated_at,
        "late_entry": e.late,
        "amended": e.amended,
        "deleted": e.deleted,
    }


def version_json(v: Version) -> dict[str, Any]:
    return {
        "version": v.version_no,
        "action": v.action,
        "recorded_at": v.recorded_at,
        "fields": None if v.fields is None else fields_json(v.fields),
        "attachments": [attachment_json(a) for a in v.attachments],
        "content_sha256": v.content_sha256,
        "leaf_sha256": v.leaf_sha256,
        "chain_sha256": v.chain_sha256,
        "history_position": v.seq,
    }


def entry_json(entry: Entry) -> dict[str, Any]:
    latest = entry.latest_fields
    return {
        "format": JSON_FORMAT,
        "id": entry.id,
        "uid": entry.uid,
        "kind": entry.kind.value,
        "recorded_at": entry.created_at,
        "late_entry": entry.late,
        "amended": entry.amended,
        "deleted": entry.deleted,
        "fields": None if entry.deleted or latest is None else fields_json(latest),
        "attachments": [attachment_json(a) for a in entry.current.attachments],
        "versions": [version_json(v) for v in entry.versions],
    }


def check_json(report: CheckReport) -> dict[str, Any]:
    return {
        "format": JSON_FORMAT,
        "ok": report.ok,
        "integrity_problems": report.integrity,
        "problems": report.problems,
        "first_bad_entry": report.first_bad_entry,
        "notes": report.notes,
        "history_size": report.head.size if report.head else 0,
        "history_head": report.head.head if report.head else None,
        "versions_checked": report.versions_checked,
        "attachments_checked": report.attachments_checked,
    }


def exports_json(records: list[ExportRecord]) -> dict[str, Any]:
    """`exports --json`: the export log, oldest first (docs/cli-json.md)."""
    return {
        "format": JSON_FORMAT,
        "exports": [
            {
                "number": r.number,
                "export_id": r.export_id,
                "created_at": r.created_at,
                "sha256": r.sha256,
                "size": r.size,
                "selection": r.selection,
                "redactions": r.redactions,
                "entries": r.entries,
                "exhibits": r.exhibits,
                "encrypted": r.encrypted,
                "history_size": r.chain_size,
                "history_head": r.chain_head,
            }
            for r in records
        ],
    }
