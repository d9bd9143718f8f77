"""Commands for evidence bundles: export and verify."""

from __future__ import annotations

import argparse

from journal_app.cli.context import Context
from journal_app.cli.status import EXIT_INTEGRITY, EXIT_OK
from journal_app.cli.text_output import render_verify
from journal_app.core.journal import Journal
from journal_app.core.models import Category
from journal_app.evidence.checkpoint import Checkpoint, extends
from journal_app.i18n import normalise


def export(ctx: Context, args: argparse.Namespace) -> int:
    from journal_app.export.bundle import export_bundle
    from journal_app.export.selection import ExportOptions, Redactions

    password = ctx.pdf_password(args.pdf_password_file)
    options = ExportOptions(
        date_from=args.date_from,
        date_to=args.date_to,
        categories=tuple(Category(c) for c in args.category or ()),
        tags=tuple(args.tag or ()),
        entry_ids=tuple(args.entry or ()),
        include_history=not args.no_history,
        redactions=Redactions(
            locations="locations" in args.redact,
            people="people" in args.redact,
            attachment_ids=frozenset(args.redact_attachment or ()),
        ),
        name=args.name,
        password=password,
        language=normalise(args.pdf_language) if args.pdf_language else ctx.language,
    )
    with ctx.open_vault(args) as vault:
        # export_bundle checks the vault and the history first, and re-hashes every
        # original as it embeds it; a problem stops it with exit status 4.
        result = export_bundle(Journal(vault), options, args.out)
    _ = ctx._
    protection = (
        _("protected with AES-256; share the password separately, never with the file")
        if result.encrypted
        else _("no password: anyone with the file can read it")
    )
    ctx.say(
        _(
            "Exported {entries} entries and {exhibits} exhibits to {path} (export id "
            "{export_id}; {protection}).",
            entries=result.entries,
            exhibits=result.exhibits,
            path=result.path,
            export_id=result.export_id,
            protection=protection,
        )
    )
    print(result.path, file=ctx.out)
    return EXIT_OK


def verify(ctx: Context, args: argparse.Namespace) -> int:
    from journal_app.export.verify import verify_bundle, verify_json

    point = Checkpoint.parse(args.checkpoint) if args.checkpoint else None
    password = ctx.pdf_password(args.pdf_password_file)
    result = verify_bundle(args.bundle, password)
    extension = None
    if point is not None and result.chain_leaves is not None:
        extension = extends(point, result.chain_leaves, result.fingerprint or "")
    ctx.print_report(args.json, verify_json(result), render_verify(result, ctx._), extension)
    intact = result.intact and (extension is None or extension.ok)
    return EXIT_OK if intact else EXIT_INTEGRITY
