"""Commands that keep the journal safe: init, passwd, backup, restore, check, checkpoint, duress."""

from __future__ import annotations

import argparse

from journal_app.cli.context import Context
from journal_app.cli.json_output import check_json
from journal_app.cli.status import EXIT_INTEGRITY, EXIT_OK
from journal_app.cli.text_output import render_check
from journal_app.core.errors import JournalError, VaultExists
from journal_app.core.journal import Journal
from journal_app.core.secrets import wipe
from journal_app.evidence import signing
from journal_app.evidence.checkpoint import Checkpoint
from journal_app.vault.alternate import set_alternate_passphrase
from journal_app.vault.backup import write_backup
from journal_app.vault.foreign import refuse_foreign_files, refuse_output_over_journal
from journal_app.vault.restore import restore_backup
from journal_app.vault.vault import Vault, vault_exists


def init(ctx: Context, args: argparse.Namespace) -> int:
    if vault_exists(args.vault):
        raise VaultExists(
            key="A journal already exists in {folder}; nothing was changed.",
            params={"folder": args.vault},
        )
    refuse_foreign_files(args.vault)
    _ = ctx._
    secret = ctx.passphrases.read(args.passphrase_file, _("New passphrase: "), confirm=True)
    try:
        ctx.say(_("Measuring this computer to set the key strength (a few seconds)..."))
        vault = Vault.create(args.vault, secret)
    finally:
        wipe(secret)
    with vault:
        ctx.say(_("Created a journal in {folder}", folder=vault.folder))
        print(vault.folder, file=ctx.out)
    return EXIT_OK


def passwd(ctx: Context, args: argparse.Namespace) -> int:
    if args.retune:
        return _retune(ctx, args)
    with ctx.open_vault(args) as vault:
        ctx.require_healthy(vault)
        new = ctx.passphrases.read(
            args.new_passphrase_file, ctx._("New passphrase: "), confirm=True
        )
        try:
            ctx.say(ctx._("Measuring this computer to set the key strength (a few seconds)..."))
            vault.change_passphrase(new)
        finally:
            wipe(new)
    ctx.say(ctx._("The passphrase was changed. The old one no longer opens this journal."))
    return EXIT_OK


def _retune(ctx: Context, args: argparse.Namespace) -> int:
    """`passwd --retune`: the same passphrase, re-keyed with a setting measured on this
    computer (for a journal moved to a slower one). The same sentences whichever journal the
    passphrase opens; each passphrase's journal is re-tuned with that passphrase."""
    secret = ctx.passphrases.read(args.passphrase_file, ctx._("Passphrase: "))
    try:
        with ctx.open_vault_with(args, secret) as vault:
            ctx.require_healthy(vault)
            ctx.say(ctx._("Measuring this computer to set the key strength (a few seconds)..."))
            vault.change_passphrase(secret)
    finally:
        wipe(secret)
    ctx.say(
        ctx._(
            "The journal was re-tuned for this computer; the passphrase is unchanged. If "
            "another passphrase opens a journal in this folder, re-tune with it as well."
        )
    )
    return EXIT_OK


def backup(ctx: Context, args: argparse.Namespace) -> int:
    secret = ctx.passphrases.read(args.passphrase_file, ctx._("Passphrase: "))
    try:
        with Vault.open(args.vault, secret) as vault:
            # No separate integrity pass first: the backup reads every page it copies through
            # SQLCipher's page check and checks the whole copy (see vault/backup.py).
            head = write_backup(vault, secret, args.out)
    finally:
        wipe(secret)
    ctx.say(
        ctx._(
            "Backup written to {path} (history: {size} versions, head {head}). Keep it "
            "somewhere safe, away from this computer.",
            path=args.out,
            size=head.size,
            head=head.head[:16],
        )
    )
    return EXIT_OK


def restore(ctx: Context, args: argparse.Namespace) -> int:
    secret = ctx.passphrases.read(args.passphrase_file, ctx._("Passphrase of the backup: "))
    try:
        head = restore_backup(args.backup, args.to, secret)
    finally:
        wipe(secret)
    ctx.say(
        ctx._(
            "Restored into {folder} (history: {size} versions, head {head}).",
            folder=args.to,
            size=head.size,
            head=head.head[:16],
        )
    )
    return EXIT_OK


def check(ctx: Context, args: argparse.Namespace) -> int:
    point = Checkpoint.parse(args.checkpoint) if args.checkpoint else None
    with ctx.open_vault(args) as vault:
        journal = Journal(vault)
        report = journal.check()
        extension = journal.verify_checkpoint(point) if point else None
    ctx.print_report(args.json, check_json(report), render_check(report, ctx._), extension)
    intact = report.ok and (extension is None or extension.ok)
    return EXIT_OK if intact else EXIT_INTEGRITY


def checkpoint(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.open_vault(args) as vault:
        ctx.require_healthy(vault)
        journal = Journal(vault)
        point = journal.checkpoint()
        head = journal.head()
        fingerprint = signing.fingerprint(journal.signing_public_key())
    if args.pdf is not None:
        from journal_app.export.checkpoint_pdf import write_checkpoint_pdf

        refuse_output_over_journal(args.pdf, args.vault)
        try:
            write_checkpoint_pdf(point, head.head, fingerprint, args.pdf, language=ctx.language)
        except OSError as exc:
            raise JournalError(
                key="Could not write {path}: {reason}",
                params={"path": args.pdf, "reason": exc.strerror or exc},
            ) from exc
        ctx.say(ctx._("Printable checkpoint written to {path}.", path=args.pdf))
    ctx.say(
        ctx._(
            "History: {size} versions on {day}. Give this code to someone you trust; later "
            "it proves the journal was not replaced or rewritten.",
            size=point.size,
            day=point.day.isoformat(),
        )
    )
    print(point.code, file=ctx.out)
    return EXIT_OK


def duress(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.open_vault(args) as vault:
        new = ctx.passphrases.read(
            args.new_passphrase_file, ctx._("Duress passphrase: "), confirm=True
        )
        try:
            set_alternate_passphrase(vault, new)
        finally:
            wipe(new)
    ctx.say(
        ctx._(
            "Duress passphrase set. It opens a separate, empty journal: add a few ordinary "
            "notes to it. It is not invisible to someone who knows this app."
        )
    )
    return EXIT_OK
