"""Commands that write or read entries: add, edit, delete, list, search, show."""

from __future__ import annotations

import argparse

from journal_app.cli.context import Context
from journal_app.cli.fields import fields_from_args
from journal_app.cli.json_output import JSON_FORMAT, entry_json, summary_json
from journal_app.cli.status import EXIT_OK
from journal_app.cli.text_output import render_entry, render_table
from journal_app.core.errors import InvalidInput
from journal_app.core.files import regular_file_size
from journal_app.core.journal import Journal
from journal_app.core.models import (
    AttachmentInfo,
    AttachmentSource,
    Category,
    EntryFields,
    EntryFilter,
    Kind,
)


def _attachments(args: argparse.Namespace) -> list[AttachmentSource]:
    """The files to attach, each checked before the passphrase is asked: a missing file, a
    folder, a pipe or a device is refused at once, not after the key derivation."""
    for path in args.attach or ():
        regular_file_size(path)
    return [AttachmentSource.from_path(p) for p in args.attach or ()]


def add(ctx: Context, args: argparse.Namespace) -> int:
    fields = fields_from_args(args, None, ctx._, ctx.read_text)
    attachments = _attachments(args)
    with ctx.open_vault(args) as vault:
        ctx.require_healthy(vault)
        entry_id = Journal(vault).add(Kind(args.kind), fields, attachments)
    print(entry_id, file=ctx.out)
    return EXIT_OK


def edit(ctx: Context, args: argparse.Namespace) -> int:
    attachments = _attachments(args)
    # Read before the passphrase is asked, like the files to attach.
    transcripts = [(mark, ctx.read_text(path)) for mark, path in args.transcript or ()]
    with ctx.open_vault(args) as vault:
        ctx.require_healthy(vault)
        journal = Journal(vault)
        entry = journal.get(args.id)
        base = entry.latest_fields
        if base is None or entry.deleted:
            raise InvalidInput(
                key="Entry {entry_id} was deleted and cannot be edited.",
                params={"entry_id": args.id},
            )
        fields = fields_from_args(args, base, ctx._, ctx.read_text)
        fields = _with_transcripts(fields, transcripts, entry.current.attachments, args)
        version = journal.edit(
            args.id,
            fields,
            add_attachments=attachments,
            remove_attachment_ids=args.detach or (),
        )
    ctx.say(
        ctx._(
            "Saved version {version} of entry {entry_id}; earlier versions are kept.",
            version=version,
            entry_id=args.id,
        )
    )
    print(version, file=ctx.out)
    return EXIT_OK


def _with_transcripts(
    fields: EntryFields,
    transcripts: list[tuple[int, str]],
    attached: tuple[AttachmentInfo, ...],
    args: argparse.Namespace,
) -> EntryFields:
    """`--transcript A17=FILE`: the text of each named recording, which the entry must hold
    (and not be detaching) now."""
    held = {a.id: a for a in attached if a.id not in set(args.detach or ())}
    unknown = sorted({mark for mark, _text in transcripts} - set(held))
    if unknown:
        raise InvalidInput(
            key="Entry {entry_id} has no attachment {attachments}.",
            params={"entry_id": args.id, "attachments": ", ".join(map(str, unknown))},
        )
    for mark, text in transcripts:
        fields = fields.with_transcript(held[mark].sha256, text)
    return fields


def delete(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.open_vault(args) as vault:
        ctx.require_healthy(vault)
        Journal(vault).delete(args.id)
    ctx.say(
        ctx._(
            "Deleted entry {entry_id}; a dated tombstone stays in the history.",
            entry_id=args.id,
        )
    )
    return EXIT_OK


def list_entries(ctx: Context, args: argparse.Namespace) -> int:
    query = EntryFilter(
        date_from=args.date_from,
        date_to=args.date_to,
        categories=tuple(Category(c) for c in args.category or ()),
        tags=tuple(args.tag or ()),
        text=getattr(args, "query", "") or "",
        include_deleted=args.include_deleted,
        newest_first=not args.oldest_first,
    )
    with ctx.open_vault(args) as vault:
        entries = Journal(vault).entries(query)
    if args.json:
        document = {"format": JSON_FORMAT, "entries": [summary_json(e) for e in entries]}
        ctx.print_json(document)
    elif entries:
        ctx.out.write(render_table(entries, ctx._))
    else:
        ctx.say(ctx._("No entries."))
    return EXIT_OK


def show(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.open_vault(args) as vault:
        entry = Journal(vault).get(args.id)
    if args.json:
        ctx.print_json(entry_json(entry))
    else:
        ctx.out.write(render_entry(entry, ctx._))
    return EXIT_OK
