"""The command line: parse, call the core, print. No storage logic lives here.

Exit status: 0 success; 1 failure; 2 usage error; 3 wrong passphrase; 4 integrity problem.
Passphrases never come from arguments or the environment: `--passphrase-file PATH` reads the
first line of PATH (`-` = standard input), otherwise the terminal is asked.

Language: `--language en|es|pt_BR` (before the command, or after it) chooses the language of
messages and human-readable output; otherwise LANGUAGE/LC_ALL/LC_MESSAGES/LANG are read (only
to pick a language). `export --language` chooses the bundle's language separately. JSON output,
option names and category/channel codes stay English; so does argparse's own "usage:" text.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from journal_app import __version__
from journal_app.core.errors import InvalidInput, JournalError, VaultExists, WrongPassphrase
from journal_app.core.journal import CheckReport, Journal
from journal_app.core.models import (
    AttachmentInfo,
    AttachmentSource,
    Category,
    Channel,
    Disclosure,
    Entry,
    EntryFields,
    EntryFilter,
    EntrySummary,
    Kind,
    Occurred,
    Version,
)
from journal_app.core.secrets import wipe
from journal_app.evidence import signing
from journal_app.evidence.checkpoint import Checkpoint, extends
from journal_app.i18n import N_, Message, Translate, normalise, resolve, translate_error, translator
from journal_app.vault.backup import restore_backup, write_backup
from journal_app.vault.vault import Vault, set_alternate_passphrase, vault_exists

if TYPE_CHECKING:
    from journal_app.export.verify import VerifyResult

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_WRONG_PASSPHRASE = 3
EXIT_INTEGRITY = 4
JSON_FORMAT = 1


class UsageError(Exception):
    """A command-line mistake: exit status 2, one line on stderr."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


# ---------------------------------------------------------------------- passphrases
class PassphraseSource:
    """Reads passphrases from files, standard input (one line each) or the terminal."""

    def __init__(self, stdin: TextIO | None = None, translate: Translate | None = None) -> None:
        self._stdin = stdin or sys.stdin
        self._ = translate or translator()

    def read(self, path: str | None, prompt: str, *, confirm: bool = False) -> bytearray:
        """`prompt` is shown as given (the caller translates it)."""
        _ = self._
        if path is not None:
            return self._from_file(path)
        if not self._stdin.isatty():
            raise UsageError(
                _("no passphrase given: use --passphrase-file PATH (or - for standard input)")
            )
        first = bytearray(getpass.getpass(prompt).encode("utf-8"))
        if confirm:
            second = bytearray(getpass.getpass(_("Type it again: ")).encode("utf-8"))
            same = first == second
            wipe(second)
            if not same:
                wipe(first)
                raise InvalidInput("The two passphrases do not match; nothing was changed.")
        return first

    def _from_file(self, path: str) -> bytearray:
        if path == "-":
            line = (
                self._stdin.buffer.readline()
                if hasattr(self._stdin, "buffer")
                else (self._stdin.readline().encode("utf-8"))
            )
        else:
            try:
                with open(path, "rb") as handle:
                    line = handle.readline()
            except OSError as exc:
                raise InvalidInput(
                    key="Cannot read the passphrase file '{path}': {reason}",
                    params={"path": path, "reason": exc.strerror},
                ) from exc
        secret = bytearray(line)
        while bytes(secret[-1:]) in (b"\n", b"\r"):
            secret.pop()
        return secret


# ---------------------------------------------------------------------- arguments
def _add_passphrase_option(parser: argparse.ArgumentParser, _: Translate) -> None:
    parser.add_argument(
        "--passphrase-file",
        metavar="PATH",
        help=_("read the passphrase from the first line of PATH ('-' for standard input)"),
    )


def _add_field_options(parser: argparse.ArgumentParser, _: Translate, *, creating: bool) -> None:
    parser.add_argument(
        "--occurred",
        required=creating,
        metavar="WHEN",
        help=_("YYYY-MM-DD or YYYY-MM-DDTHH:MM (local time)"),
    )
    parser.add_argument(
        "--approximate",
        action="store_true",
        default=None,
        help=_("the date or time is approximate"),
    )
    parser.add_argument("--title", required=creating, metavar="T")
    parser.add_argument("--category", required=creating, choices=[c.value for c in Category])
    parser.add_argument("--body", metavar="TEXT", help=_("what happened"))
    parser.add_argument("--body-file", metavar="PATH", help=_("read the text from a UTF-8 file"))
    parser.add_argument("--location", metavar="L")
    parser.add_argument(
        "--person", action="append", metavar="NAME", help=_("a person involved (repeatable)")
    )
    parser.add_argument("--witness", action="append", metavar="NAME", help=_("(repeatable)"))
    parser.add_argument("--injuries", metavar="TEXT")
    parser.add_argument("--medical-care", metavar="TEXT")
    parser.add_argument(
        "--told",
        action="append",
        metavar="WHO[:REFERENCE]",
        help=_("who was told, with any reference number (repeatable)"),
    )
    parser.add_argument("--tag", action="append", metavar="X", help=_("(repeatable)"))
    parser.add_argument("--severity", type=int, choices=range(1, 6), metavar="1-5")
    parser.add_argument(
        "--channel", choices=[c.value for c in Channel], help=_("for messages: how it arrived")
    )
    parser.add_argument(
        "--sender",
        metavar="AS_SHOWN",
        help=_("for messages: the number or handle exactly as shown"),
    )
    parser.add_argument(
        "--attach", action="append", metavar="FILE", type=Path, help=_("attach a file (repeatable)")
    )


def build_parser(translate: Translate | None = None) -> argparse.ArgumentParser:
    """The argument parser; `translate` puts our help texts in the user's language."""
    _ = translate or translator()

    def parse_day(text: str) -> date:
        return _parse_day(text, _)

    def parse_redact(text: str) -> frozenset[str]:
        return _parse_redact(text, _)

    parser = _Parser(prog="journal-app", description=_("A private, encrypted journal."))
    parser.add_argument("--version", action="version", version=f"journal-app {__version__}")
    parser.add_argument(
        "--language",
        metavar="LANG",
        help=_("language of messages: en, es or pt_BR (default: the system language)"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    gui = commands.add_parser("gui", help=_("open the app (the default)"))
    gui.add_argument("--vault", type=Path, metavar="DIR")

    init = commands.add_parser("init", help=_("create a journal in DIR"))
    init.add_argument("vault", type=Path, metavar="DIR")
    _add_passphrase_option(init, _)

    add = commands.add_parser("add", help=_("record an incident or message; prints its id"))
    add.add_argument("vault", type=Path, metavar="DIR")
    add.add_argument("--kind", choices=[k.value for k in Kind], default=Kind.INCIDENT.value)
    _add_field_options(add, _, creating=True)
    _add_passphrase_option(add, _)

    edit = commands.add_parser("edit", help=_("save an amended version of an entry"))
    edit.add_argument("vault", type=Path, metavar="DIR")
    edit.add_argument("id", type=int, metavar="ID")
    _add_field_options(edit, _, creating=False)
    edit.add_argument(
        "--detach",
        action="append",
        type=int,
        metavar="ATTACHMENT_ID",
        help=_("leave an attachment out of the new version (repeatable)"),
    )
    _add_passphrase_option(edit, _)

    delete = commands.add_parser("delete", help=_("delete an entry, leaving a dated tombstone"))
    delete.add_argument("vault", type=Path, metavar="DIR")
    delete.add_argument("id", type=int, metavar="ID")
    _add_passphrase_option(delete, _)

    for name, help_text in (("list", N_("list entries")), ("search", N_("full-text search"))):
        sub = commands.add_parser(name, help=_(help_text))
        sub.add_argument("vault", type=Path, metavar="DIR")
        if name == "search":
            sub.add_argument("query", metavar="QUERY")
        sub.add_argument("--json", action="store_true")
        sub.add_argument("--from", dest="date_from", type=parse_day, metavar="DATE")
        sub.add_argument("--to", dest="date_to", type=parse_day, metavar="DATE")
        sub.add_argument("--category", action="append", choices=[c.value for c in Category])
        sub.add_argument("--tag", action="append", metavar="X")
        sub.add_argument("--oldest-first", action="store_true")
        sub.add_argument("--include-deleted", action="store_true")
        _add_passphrase_option(sub, _)

    show = commands.add_parser("show", help=_("show an entry with its history"))
    show.add_argument("vault", type=Path, metavar="DIR")
    show.add_argument("id", type=int, metavar="ID")
    show.add_argument("--json", action="store_true")
    _add_passphrase_option(show, _)

    passwd = commands.add_parser("passwd", help=_("change the passphrase"))
    passwd.add_argument("vault", type=Path, metavar="DIR")
    _add_passphrase_option(passwd, _)
    passwd.add_argument("--new-passphrase-file", metavar="PATH")

    backup = commands.add_parser("backup", help=_("write an encrypted one-file backup"))
    backup.add_argument("vault", type=Path, metavar="DIR")
    backup.add_argument("--out", type=Path, required=True, metavar="FILE")
    _add_passphrase_option(backup, _)

    restore = commands.add_parser("restore", help=_("restore a backup into an empty folder"))
    restore.add_argument("backup", type=Path, metavar="FILE")
    restore.add_argument("--to", type=Path, required=True, metavar="DIR")
    _add_passphrase_option(restore, _)

    check = commands.add_parser("check", help=_("check integrity and the history chain"))
    check.add_argument("vault", type=Path, metavar="DIR")
    check.add_argument("--json", action="store_true")
    check.add_argument(
        "--checkpoint", metavar="CODE", help=_("also prove the history extends this checkpoint")
    )
    _add_passphrase_option(check, _)

    checkpoint = commands.add_parser(
        "checkpoint", help=_("print a checkpoint code to give to an advocate")
    )
    checkpoint.add_argument("vault", type=Path, metavar="DIR")
    checkpoint.add_argument(
        "--pdf", type=Path, metavar="FILE", help=_("also write a printable page")
    )
    _add_passphrase_option(checkpoint, _)

    duress = commands.add_parser(
        "duress", help=_("set a duress passphrase that opens a separate, ordinary journal")
    )
    duress.add_argument("vault", type=Path, metavar="DIR")
    _add_passphrase_option(duress, _)
    duress.add_argument("--new-passphrase-file", metavar="PATH")

    export = commands.add_parser("export", help=_("write an evidence bundle (PDF)"))
    export.add_argument("vault", type=Path, metavar="DIR")
    export.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    export.add_argument("--from", dest="date_from", type=parse_day, metavar="DATE")
    export.add_argument("--to", dest="date_to", type=parse_day, metavar="DATE")
    export.add_argument("--category", action="append", choices=[c.value for c in Category])
    export.add_argument("--tag", action="append", metavar="T")
    export.add_argument("--entry", action="append", type=int, metavar="ID")
    export.add_argument(
        "--no-history", action="store_true", help=_("only the latest version of each entry")
    )
    export.add_argument(
        "--redact", type=parse_redact, default=frozenset(), metavar="locations,people"
    )
    export.add_argument(
        "--redact-attachment", action="append", type=int, metavar="ID", help=_("(repeatable)")
    )
    export.add_argument(
        "--name", default="", metavar="TEXT", help=_("name or initials for the cover")
    )
    export.add_argument("--pdf-password-file", metavar="PATH")
    _add_passphrase_option(export, _)
    export.add_argument(
        "--language",
        dest="pdf_language",
        metavar="LANG",
        help=_("language of the bundle: en, es or pt_BR (default: the language of messages)"),
    )

    verify = commands.add_parser("verify", help=_("check an evidence bundle"))
    verify.add_argument("bundle", type=Path, metavar="FILE.pdf")
    verify.add_argument("--pdf-password-file", metavar="PATH")
    verify.add_argument("--json", action="store_true")
    verify.add_argument(
        "--checkpoint", metavar="CODE", help=_("also prove the bundle's history extends this code")
    )
    for name, sub in commands.choices.items():
        if name not in ("export", "gui"):
            sub.add_argument(
                "--language",
                dest="sub_language",
                metavar="LANG",
                help=_("language of messages: en, es or pt_BR (default: the system language)"),
            )
    return parser


_REDACTABLE = frozenset({"locations", "people"})


def _parse_redact(text: str, _: Translate | None = None) -> frozenset[str]:
    _ = _ or translator()
    chosen = frozenset(part.strip() for part in text.split(",") if part.strip())
    unknown = chosen - _REDACTABLE
    if unknown:
        raise argparse.ArgumentTypeError(
            _(
                "cannot redact '{names}' (choose from locations, people)",
                names=", ".join(sorted(unknown)),
            )
        )
    return chosen


def _parse_day(text: str, _: Translate | None = None) -> date:
    _ = _ or translator()
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            _("'{text}' is not a date (YYYY-MM-DD)", text=text)
        ) from exc


# ---------------------------------------------------------------------- running
class Cli:
    def __init__(
        self,
        out: TextIO,
        err: TextIO,
        passphrases: PassphraseSource,
        language: str = "en",
    ) -> None:
        self.out = out
        self.err = err
        self.passphrases = passphrases
        self.language = normalise(language)
        self._ = translator(self.language)

    def say(self, text: str) -> None:
        """Progress and notes go to stderr so stdout stays machine-readable."""
        print(text, file=self.err, flush=True)

    def open_vault(self, args: argparse.Namespace) -> Vault:
        secret = self.passphrases.read(args.passphrase_file, self._("Passphrase: "))
        try:
            return Vault.open(args.vault, secret, progress=self._open_progress())
        finally:
            wipe(secret)

    def _open_progress(self) -> Callable[[int, int], None]:
        def report(done: int, total: int) -> None:
            if total > 2 and done == 0:
                self.say(
                    self._("The settings file is missing; trying each known setting (slow)...")
                )

        return report

    def require_healthy(self, vault: Vault) -> None:
        problems = vault.integrity_problems()
        if problems:
            raise _IntegrityFailure(
                key="The journal file is damaged ({problem}); nothing was changed. "
                "Run 'journal-app check', and restore from a backup if needed.",
                params={"problem": problems[0]},
            )

    # -- commands
    def cmd_init(self, args: argparse.Namespace) -> int:
        if vault_exists(args.vault):
            raise VaultExists(
                key="A journal already exists in {folder}; nothing was changed.",
                params={"folder": args.vault},
            )
        _ = self._
        secret = self.passphrases.read(args.passphrase_file, _("New passphrase: "), confirm=True)
        try:
            self.say(_("Measuring this computer to set the key strength (a few seconds)..."))
            vault = Vault.create(args.vault, secret)
        finally:
            wipe(secret)
        with vault:
            self.say(_("Created a journal in {folder}", folder=vault.folder))
            print(vault.folder, file=self.out)
        return EXIT_OK

    def cmd_add(self, args: argparse.Namespace) -> int:
        fields = _fields_from_args(args, base=None, translate=self._)
        attachments = [AttachmentSource.from_path(p) for p in args.attach or ()]
        with self.open_vault(args) as vault:
            self.require_healthy(vault)
            entry_id = Journal(vault).add(Kind(args.kind), fields, attachments)
        print(entry_id, file=self.out)
        return EXIT_OK

    def cmd_edit(self, args: argparse.Namespace) -> int:
        with self.open_vault(args) as vault:
            self.require_healthy(vault)
            journal = Journal(vault)
            entry = journal.get(args.id)
            base = entry.latest_fields
            if base is None or entry.deleted:
                raise InvalidInput(
                    key="Entry {entry_id} was deleted and cannot be edited.",
                    params={"entry_id": args.id},
                )
            fields = _fields_from_args(args, base=base, translate=self._)
            version = journal.edit(
                args.id,
                fields,
                add_attachments=[AttachmentSource.from_path(p) for p in args.attach or ()],
                remove_attachment_ids=args.detach or (),
            )
        self.say(
            self._(
                "Saved version {version} of entry {entry_id}; earlier versions are kept.",
                version=version,
                entry_id=args.id,
            )
        )
        print(version, file=self.out)
        return EXIT_OK

    def cmd_delete(self, args: argparse.Namespace) -> int:
        with self.open_vault(args) as vault:
            self.require_healthy(vault)
            Journal(vault).delete(args.id)
        self.say(
            self._(
                "Deleted entry {entry_id}; a dated tombstone stays in the history.",
                entry_id=args.id,
            )
        )
        return EXIT_OK

    def cmd_list(self, args: argparse.Namespace) -> int:
        query = EntryFilter(
            date_from=args.date_from,
            date_to=args.date_to,
            categories=tuple(Category(c) for c in args.category or ()),
            tags=tuple(args.tag or ()),
            text=getattr(args, "query", "") or "",
            include_deleted=args.include_deleted,
            newest_first=not args.oldest_first,
        )
        with self.open_vault(args) as vault:
            entries = Journal(vault).entries(query)
        if args.json:
            document = {"format": JSON_FORMAT, "entries": [summary_json(e) for e in entries]}
            self._print_json(document)
        else:
            self._print_table(entries)
        return EXIT_OK

    cmd_search = cmd_list

    def cmd_show(self, args: argparse.Namespace) -> int:
        with self.open_vault(args) as vault:
            entry = Journal(vault).get(args.id)
        if args.json:
            self._print_json(entry_json(entry))
        else:
            self.out.write(render_entry(entry, self._))
        return EXIT_OK

    def cmd_passwd(self, args: argparse.Namespace) -> int:
        with self.open_vault(args) as vault:
            self.require_healthy(vault)
            new = self.passphrases.read(
                args.new_passphrase_file, self._("New passphrase: "), confirm=True
            )
            try:
                self.say(
                    self._("Measuring this computer to set the key strength (a few seconds)...")
                )
                vault.change_passphrase(new)
            finally:
                wipe(new)
        self.say(self._("The passphrase was changed. The old one no longer opens this journal."))
        return EXIT_OK

    def cmd_backup(self, args: argparse.Namespace) -> int:
        secret = self.passphrases.read(args.passphrase_file, self._("Passphrase: "))
        try:
            with Vault.open(args.vault, secret) as vault:
                self.require_healthy(vault)
                head = write_backup(vault, secret, args.out)
        finally:
            wipe(secret)
        self.say(
            self._(
                "Backup written to {path} (history: {size} versions, head {head}). Keep it "
                "somewhere safe, away from this computer.",
                path=args.out,
                size=head.size,
                head=head.head[:16],
            )
        )
        return EXIT_OK

    def cmd_restore(self, args: argparse.Namespace) -> int:
        secret = self.passphrases.read(args.passphrase_file, self._("Passphrase of the backup: "))
        try:
            head = restore_backup(args.backup, args.to, secret)
        finally:
            wipe(secret)
        self.say(
            self._(
                "Restored into {folder} (history: {size} versions, head {head}).",
                folder=args.to,
                size=head.size,
                head=head.head[:16],
            )
        )
        return EXIT_OK

    def cmd_check(self, args: argparse.Namespace) -> int:
        point = Checkpoint.parse(args.checkpoint) if args.checkpoint else None
        with self.open_vault(args) as vault:
            journal = Journal(vault)
            report = journal.check()
            extension = journal.verify_checkpoint(point) if point else None
        if args.json:
            document = check_json(report)
            if extension is not None:
                document["checkpoint"] = {"ok": extension.ok, "message": extension.message}
            self._print_json(document)
        else:
            self.out.write(render_check(report, self._))
            if extension is not None:
                self.out.write(self._checkpoint_line(extension.ok, extension.note))
        intact = report.ok and (extension is None or extension.ok)
        return EXIT_OK if intact else EXIT_INTEGRITY

    def cmd_checkpoint(self, args: argparse.Namespace) -> int:
        with self.open_vault(args) as vault:
            self.require_healthy(vault)
            journal = Journal(vault)
            point = journal.checkpoint()
            head = journal.head()
            fingerprint = signing.fingerprint(journal.signing_public_key())
        if args.pdf is not None:
            from journal_app.export.checkpoint_pdf import write_checkpoint_pdf

            try:
                write_checkpoint_pdf(
                    point, head.head, fingerprint, args.pdf, language=self.language
                )
            except OSError as exc:
                raise JournalError(
                    key="Could not write {path}: {reason}",
                    params={"path": args.pdf, "reason": exc.strerror or exc},
                ) from exc
            self.say(self._("Printable checkpoint written to {path}.", path=args.pdf))
        self.say(
            self._(
                "History: {size} versions on {day}. Give this code to someone you trust; later "
                "it proves the journal was not replaced or rewritten.",
                size=point.size,
                day=point.day.isoformat(),
            )
        )
        print(point.code, file=self.out)
        return EXIT_OK

    def cmd_duress(self, args: argparse.Namespace) -> int:
        with self.open_vault(args) as vault:
            new = self.passphrases.read(
                args.new_passphrase_file, self._("Duress passphrase: "), confirm=True
            )
            try:
                set_alternate_passphrase(vault, new)
            finally:
                wipe(new)
        self.say(
            self._(
                "Duress passphrase set. It opens a separate, empty journal: add a few ordinary "
                "notes to it. It is not invisible to someone who knows this app."
            )
        )
        return EXIT_OK

    def cmd_export(self, args: argparse.Namespace) -> int:
        from journal_app.export.bundle import export_bundle
        from journal_app.export.selection import ExportOptions, Redactions

        password = self._pdf_password(args.pdf_password_file)
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
            language=normalise(args.pdf_language) if args.pdf_language else self.language,
        )
        with self.open_vault(args) as vault:
            # export_bundle checks the vault and the history first, and re-hashes every
            # original as it embeds it; a problem stops it with exit status 4.
            result = export_bundle(Journal(vault), options, args.out)
        _ = self._
        protection = (
            _("protected with AES-256; share the password separately, never with the file")
            if result.encrypted
            else _("no password: anyone with the file can read it")
        )
        self.say(
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
        print(result.path, file=self.out)
        return EXIT_OK

    def cmd_verify(self, args: argparse.Namespace) -> int:
        from journal_app.export.verify import verify_bundle, verify_json

        point = Checkpoint.parse(args.checkpoint) if args.checkpoint else None
        password = self._pdf_password(args.pdf_password_file)
        result = verify_bundle(args.bundle, password)
        extension = None
        if point is not None and result.chain_leaves is not None:
            extension = extends(point, result.chain_leaves, result.fingerprint or "")
        if args.json:
            document = verify_json(result)
            if extension is not None:
                document["checkpoint"] = {"ok": extension.ok, "message": extension.message}
            self._print_json(document)
        else:
            self.out.write(render_verify(result, self._))
            if extension is not None:
                self.out.write(self._checkpoint_line(extension.ok, extension.note))
        intact = result.intact and (extension is None or extension.ok)
        return EXIT_OK if intact else EXIT_INTEGRITY

    def _pdf_password(self, path: str | None) -> str | None:
        if path is None:
            return None
        secret = self.passphrases.read(path, self._("PDF password: "))
        try:
            text = bytes(secret).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InvalidInput("The PDF password file is not UTF-8 text.") from exc
        finally:
            wipe(secret)
        if not text:
            raise InvalidInput("The PDF password file is empty.")
        return text

    # -- output helpers
    def _checkpoint_line(self, ok: bool, note: Message) -> str:
        """The checkpoint verdict, translated where it is printed."""
        _ = self._
        message = note.translated(_)
        return (
            _("OK: {message}", message=message) if ok else _("FAILED: {message}", message=message)
        ) + "\n"

    def _print_json(self, document: object) -> None:
        json.dump(document, self.out, ensure_ascii=False, indent=2)
        self.out.write("\n")

    def _print_table(self, entries: Sequence[EntrySummary]) -> None:
        _ = self._
        if not entries:
            self.say(_("No entries."))
            return
        for e in entries:
            when = e.occurred.iso().replace("T", " ")[:16] + (
                " ~" if e.occurred.approximate else ""
            )
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
            print(f"{e.id:>6}  {when:<18}  {e.category.value:<11}  {title}{extra}", file=self.out)


class _IntegrityFailure(JournalError):
    exit_status = EXIT_INTEGRITY


# ---------------------------------------------------------------------- field mapping
def _fields_from_args(
    args: argparse.Namespace, base: EntryFields | None, translate: Translate | None = None
) -> EntryFields:
    _ = translate or translator()
    body = args.body
    if args.body_file is not None:
        if body is not None:
            raise UsageError(_("give --body or --body-file, not both"))
        try:
            body = Path(args.body_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidInput(
                key="Cannot read '{path}' as UTF-8 text.", params={"path": args.body_file}
            ) from exc
    changes: dict[str, Any] = {}
    if args.occurred is not None:
        approximate = bool(args.approximate)
        try:
            changes["occurred"] = Occurred.parse(args.occurred, approximate=approximate)
        except InvalidInput as exc:
            raise UsageError(f"--occurred: {translate_error(exc, _)}") from exc
    elif args.approximate is not None and base is not None:
        changes["occurred"] = replace(base.occurred, approximate=True)
    simple = {
        "title": args.title,
        "body": body,
        "location": args.location,
        "injuries": args.injuries,
        "medical_care": args.medical_care,
        "severity": args.severity,
        "channel": args.channel,
        "sender": args.sender,
    }
    changes.update({k: v for k, v in simple.items() if v is not None})
    if args.category is not None:
        changes["category"] = Category(args.category)
    lists = {"people": args.person, "witnesses": args.witness, "tags": args.tag}
    changes.update({k: tuple(v) for k, v in lists.items() if v is not None})
    if args.told is not None:
        changes["told"] = tuple(Disclosure.parse(t) for t in args.told)
    if base is None:
        return EntryFields(**changes)
    return replace(base, **changes)


# ------------------------------------------------- JSON (documented in docs/cli-json.md)
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
    document = fields.to_json()
    document["occurred"] = fields.occurred.iso()
    document["occurred_approximate"] = fields.occurred.approximate
    return document


def summary_json(e: EntrySummary) -> dict[str, Any]:
    return {
        "id": e.id,
        "kind": e.kind.value,
        "occurred": e.occurred.iso(),
        "occurred_approximate": e.occurred.approximate,
        "category": e.category.value,
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
        "history_size": report.head.size if report.head else 0,
        "history_head": report.head.head if report.head else None,
        "versions_checked": report.versions_checked,
        "attachments_checked": report.attachments_checked,
    }


# ---------------------------------------------------------------------- human output
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
        _("Category: {category}", category=_(fields.category.label)),
    ]
    document = fields.to_json()
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
    before, after = previous.fields.to_json(), current.fields.to_json()
    names = [k for k in after if before.get(k) != after.get(k)]
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
    from journal_app.export.verify import INTACT_VERDICT

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
    if result.intact:
        lines.append(_(INTACT_VERDICT))
    else:
        problem = _(result.problems[0]) if result.problems else _("the bundle failed.")
        lines.append(_("NOT INTACT: {problem}", problem=problem))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------- entry point
def _requested_language(argv: Sequence[str]) -> str | None:
    """The first `--language X` / `--language=X` on the command line, before parsing."""
    for index, word in enumerate(argv):
        if word == "--":
            break
        if word == "--language" and index + 1 < len(argv):
            return argv[index + 1]
        if word.startswith("--language="):
            return word.partition("=")[2]
    return None


def run(
    argv: Sequence[str],
    *,
    out: TextIO | None = None,
    err: TextIO | None = None,
    stdin: TextIO | None = None,
) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    argv = list(argv)
    _ = translator(resolve(_requested_language(argv)))
    try:
        args = build_parser(_).parse_args(argv)
        chosen = args.language or getattr(args, "sub_language", None)
        language = resolve(chosen)
        _ = translator(language)
        if args.command in (None, "gui"):
            raise UsageError(_("the GUI is started by journal_app.__main__"))
        cli = Cli(out, err, PassphraseSource(stdin, _), language)
        handler = getattr(cli, f"cmd_{args.command}")
        return int(handler(args))
    except UsageError as exc:
        print("journal-app: " + _("usage error: {message}", message=exc), file=err)
        return EXIT_USAGE
    except WrongPassphrase as exc:
        print(f"journal-app: {translate_error(exc, _)}", file=err)
        return EXIT_WRONG_PASSPHRASE
    except JournalError as exc:
        print(f"journal-app: {translate_error(exc, _)}", file=err)
        return exc.exit_status
    except KeyboardInterrupt:
        print("journal-app: " + _("interrupted; the last completed change is saved."), file=err)
        return EXIT_FAILURE
    except Exception as exc:
        print(
            "journal-app: "
            + _(
                "unexpected error ({name}); nothing further was changed.",
                name=type(exc).__name__,
            ),
            file=err,
        )
        return EXIT_FAILURE
