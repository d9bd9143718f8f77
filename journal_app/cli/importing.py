"""`journal-app import DIR FILE`: bring in a WhatsApp, SMS-backup, Telegram or e-mail export.

The export is read and parsed before the passphrase is asked, so a bad file costs nothing; the
vault is then opened to see which messages are already there. `--dry-run` stops at that and
writes nothing; otherwise the new messages are written in one transaction (all or none).
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from journal_app.cli.context import Context
from journal_app.cli.json_output import JSON_FORMAT
from journal_app.cli.status import EXIT_OK, UsageError
from journal_app.core.journal import Journal, Progress
from journal_app.core.models import Category
from journal_app.importers import DateOrderUnknown, ParseOptions, read_export
from journal_app.importers.store import ImportPlan, PlannedMessage, apply, plan, zone


def _chosen(args: argparse.Namespace) -> Any:
    senders = set(args.sender or ())
    start: date | None = args.date_from
    end: date | None = args.date_to

    def chosen(item: PlannedMessage) -> bool:
        day = item.occurred.day
        return (
            (not senders or item.message.sender in senders)
            and (start is None or day >= start)
            and (end is None or day <= end)
        )

    return chosen


def _progress(ctx: Context, args: argparse.Namespace) -> Progress | None:
    """Progress ("Imported 500 of 1,204 messages") on one rewritten line of stderr, for a person
    watching a terminal (never with --json, nor when stderr is piped or a file)."""
    isatty = getattr(ctx.err, "isatty", None)
    if args.json or isatty is None or not isatty():
        return None
    _ = ctx._

    def report(done: int, total: int) -> None:
        line = _("Imported {done} of {total} messages", done=f"{done:,}", total=f"{total:,}")
        ctx.err.write("\r" + line + ("\n" if done >= total else ""))
        ctx.err.flush()

    return report


def _message_json(item: PlannedMessage) -> dict[str, Any]:
    message = item.message
    return {
        "position": message.position,
        "sender": message.sender,
        "written": message.written,
        "occurred": item.occurred.iso(),
        "direction": message.direction,
        "text": message.text,
        "media": list(item.media) + [name for name, _data in message.inline],
        "missing_media": list(item.missing),
        "new": item.new,
    }


def run_import(ctx: Context, args: argparse.Namespace) -> int:
    _ = ctx._
    try:
        parsed = read_export(args.file, args.format, ParseOptions(args.date_order or ""))
    except DateOrderUnknown as exc:
        raise UsageError(_(str(exc))) from exc
    assumed = zone(args.timezone)
    with ctx.open_vault(args) as vault:
        journal = Journal(vault)
        the_plan = plan(parsed, assumed, journal.imported_message_keys())
        chosen = _chosen(args)
        todo = [i for i in the_plan.new if chosen(i)]
        entry_ids: list[int] = []
        attachment_id: int | None = None
        if not args.dry_run and todo:
            ctx.require_healthy(vault)
            result = apply(
                journal,
                the_plan,
                category=Category(args.category),
                tags=args.tag or (),
                chosen=chosen,
                progress=_progress(ctx, args),
            )
            entry_ids = result.entry_ids
            if result.export_attachment is not None:
                attachment_id = result.export_attachment.id
    _report(ctx, args, the_plan, todo, entry_ids, attachment_id)
    return EXIT_OK


def _report(
    ctx: Context,
    args: argparse.Namespace,
    the_plan: ImportPlan,
    todo: list[PlannedMessage],
    entry_ids: list[int],
    attachment_id: int | None,
) -> None:
    export = the_plan.export
    if args.json:
        document: dict[str, Any] = {
            "format": JSON_FORMAT,
            "dry_run": bool(args.dry_run),
            "export": {
                "name": export.file_name,
                "format": export.format,
                "sha256": export.sha256,
                "size": len(export.data),
                "attachment_id": attachment_id,
            },
            "date_order": export.date_order or None,
            "zone": the_plan.zone.label,
            "messages": len(the_plan.items),
            "already_present": the_plan.already_present,
            "to_import": len(todo),
            "imported": len(entry_ids),
            "skipped_notices": export.skipped,
            "missing_media": the_plan.missing_media,
            "entry_ids": entry_ids,
        }
        if args.dry_run:
            document["preview"] = [_message_json(i) for i in the_plan.items]
        ctx.print_json(document)
        return
    _ = ctx._
    lines = [
        _(
            "{name}: {format}, {count} messages, SHA-256 {sha256}",
            name=export.file_name,
            format=export.format,
            count=len(the_plan.items),
            sha256=export.sha256,
        ),
        _("Times read in: {zone}", zone=the_plan.zone.described(_)),
        _("Already in the journal: {count}", count=the_plan.already_present),
    ]
    if export.skipped:
        lines.append(_("Notices not imported (kept in the export): {count}", count=export.skipped))
    if the_plan.missing_media:
        lines.append(
            _("Media named but not in the export: {count}", count=len(the_plan.missing_media))
        )
    if args.dry_run:
        lines.append(
            _("Would import 1 message (dry run: nothing written).")
            if len(todo) == 1
            else _("Would import {count} messages (dry run: nothing written).", count=len(todo))
        )
    elif len(entry_ids) == 1:
        # One e-mail is one message: "1 messages as entries 22-22" read as a slip.
        lines.append(_("Imported 1 message as entry {entry_id}.", entry_id=entry_ids[0]))
    elif entry_ids:
        lines.append(
            _(
                "Imported {count} messages as entries {first}-{last}.",
                count=len(entry_ids),
                first=entry_ids[0],
                last=entry_ids[-1],
            )
        )
    else:
        lines.append(_("Nothing new to import."))
    ctx.out.write("\n".join(lines) + "\n")
