"""Fuzzing the command line's argument space (issue 10; SECURITY.md test 18).

Hypothesis builds argv for every command (valid and odd values for each option, odd paths:
directories, FIFOs, /dev/null, missing and unwritable places) and runs it in-process against
a copy of a real vault made with the fast test key setting. Every run must keep the README's
contract: exit status 0-4, no traceback, no Python type name, one line on stderr for a
failure, done well within 30 s; read-only commands and failed commands change nothing, and a
successful change leaves a journal that still passes `check`.

A few things only show in a real process (a reader closing the pipe early, a closed or full
stdout, undecodable bytes in argv, no display for the GUI): those run as subprocesses.

Inputs the fuzzer found are kept below as explicit regression cases (`FOUND`). docs/fuzzing.md
says how to run a longer search.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journal_app.cli import UsageError, build_parser
from journal_app.core.journal import Journal
from journal_app.core.models import AttachmentSource, Kind
from journal_app.vault.vault import Vault
from tests.support.fuzzing import (
    HANG_SECONDS,
    changed_paths,
    contract_violations,
    fuzz_settings,
    make_tree_writable,
    outcome_violations,
    replaying,
    run_in_process,
    tree_state,
)
from tests.support.helpers import FAST_KDF, PASSPHRASE, cli_env, fields

NEW_PASSPHRASE = "a brand new passphrase 2"
FILE_PASSPHRASE = "the one in new-pass.txt"
WRONG = "this is not the passphrase"
PDF_PASSWORD = "pdf password 9"

# Commands that are meant to change the journal they are given (when they succeed).
WRITES = frozenset({"add", "edit", "delete", "passwd", "duress"})
VAULT_FILES = ("notebook.db", "notebook.json", "notebook.1.db", "notebook.1.json")


# ---------------------------------------------------------------------- the world
@dataclass(frozen=True)
class World:
    template: Path  # a folder copied for every example
    scratch: Path  # examples are made (and removed) in here
    checkpoint: str  # a valid checkpoint code for the template's journal


def _png(path: Path) -> None:
    from PIL import Image

    Image.new("RGB", (8, 6), (200, 30, 30)).save(path, format="PNG")


def make_world(root: Path) -> World:
    """The template folder: a journal with a few entries, the files the options point at."""
    template = root / "template"
    files = template / "files"
    files.mkdir(parents=True)
    (files / "note.txt").write_text("A body from a file.\nSecond line ü 😀\n", encoding="utf-8")
    (files / "latin1.txt").write_bytes(b"caf\xe9 cr\xe8me\n")
    (files / "empty").write_bytes(b"")
    _png(files / "photo.png")
    (files / "dir").mkdir()
    (files / "pass.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
    (files / "new-pass.txt").write_text(FILE_PASSPHRASE + "\n", encoding="utf-8")
    (files / "wrong-pass.txt").write_text(WRONG + "\n", encoding="utf-8")
    (files / "pdf-pass.txt").write_text(PDF_PASSWORD + "\n", encoding="utf-8")
    (template / "empty-folder").mkdir()

    vault = template / "vault"
    with Vault.create(vault, PASSPHRASE, kdf=FAST_KDF) as opened:
        journal = Journal(opened)
        journal.add(
            Kind.INCIDENT,
            fields(
                "Photo of the bruise",
                tags=("police", "x"),
                people=("J",),
                location="Kitchen",
            ),
            [
                AttachmentSource.from_path(files / "photo.png"),
                AttachmentSource.from_path(files / "note.txt"),
            ],
        )
        journal.add(
            Kind.MESSAGE,
            fields("Text at 8am", channel="sms", sender="+44 7700 900123", body="You'll see"),
        )
        deleted = journal.add(Kind.INCIDENT, fields("Deleted one"))
        journal.delete(deleted)
        edited = journal.add(Kind.INCIDENT, fields("Edited twice"))
        journal.edit(edited, fields("Edited twice (v2)"))
        journal.edit(edited, fields("Edited twice (v3)", severity=4))

    made = run_in_process(["checkpoint", str(vault), "--passphrase-file", "-"], PASSPHRASE + "\n")
    assert made.status == 0, made.describe()
    for argv, stdin in (
        (["export", str(vault), "--out", str(template / "bundle.pdf")], PASSPHRASE),
        (
            [
                "export",
                str(vault),
                "--out",
                str(template / "bundle-protected.pdf"),
                "--pdf-password-file",
                str(files / "pdf-pass.txt"),
            ],
            PASSPHRASE,
        ),
        (["backup", str(vault), "--out", str(template / "backup.bak")], PASSPHRASE),
    ):
        done = run_in_process([*argv, "--passphrase-file", "-"], stdin + "\n")
        assert done.status == 0, done.describe()
    scratch = root / "examples"
    scratch.mkdir()
    return World(template, scratch, made.out.strip())


def fast_calibration(patch: pytest.MonkeyPatch) -> None:
    """`init` and `passwd` calibrate Argon2 on this machine (seconds, up to 1 GiB each); the
    fuzz runs use the fast test setting instead. Nothing else is replaced."""
    patch.setattr("journal_app.vault.vault.calibrate", lambda **_kw: FAST_KDF)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    with pytest.MonkeyPatch.context() as patch:
        fast_calibration(patch)
        yield make_world(tmp_path_factory.mktemp("fuzz-cli"))


# ---------------------------------------------------------------------- argv strategies
# Placeholders resolved against each example's folder; everything else is passed as given.
TOKENS: dict[str, str] = {
    "@vault": "vault",
    "@vault/notebook.db": "vault/notebook.db",
    "@vault/notebook.1.db": "vault/notebook.1.db",
    "@vault/notebook.json": "vault/notebook.json",
    "@vault/new.pdf": "vault/new.pdf",
    "@text": "files/note.txt",
    "@latin1": "files/latin1.txt",
    "@empty": "files/empty",
    "@png": "files/photo.png",
    "@dir": "files/dir",
    "@fifo": "files/fifo",
    "@missing": "nothing-here",
    "@missing/deeper": "nothing-here/deeper/x",
    "@ro": "read-only",
    "@ro/new": "read-only/new.pdf",
    "@ro/inside.txt": "read-only/inside.txt",
    "@bundle": "bundle.pdf",
    "@bundle-protected": "bundle-protected.pdf",
    "@backup": "backup.bak",
    "@pass": "files/pass.txt",
    "@newpass": "files/new-pass.txt",
    "@wrongpass": "files/wrong-pass.txt",
    "@pdfpass": "files/pdf-pass.txt",
    "@empty-folder": "empty-folder",
    "@new-folder": "new-folder/journal",
    "@out.pdf": "out.pdf",
    "@out.bak": "out.bak",
}

_odd_text = st.sampled_from(
    [
        "",
        " ",
        "-",
        "--",
        "-x",
        "--title",
        "=",
        "\t",
        "\n",
        "line\nbreak",
        "\u202eevil\u202c",
        "😀" * 40,
        "مرحبا",
        "ü" * 3000,
        "x" * 2001,
        "caf\udce9",  # an undecodable byte in argv, as Python hands it over (surrogateescape)
        "\udcff",
        "%s %d {0} {title}",
        "'; DROP TABLE entries; --",
        "NULL",
        "*",
        "police:123:456",
    ]
)


def mostly(usual: st.SearchStrategy[str], odd: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Three in four draws from `usual`, so most runs get past the parser to the journal.

    (st.one_of(usual, usual, usual, odd) would not do: Hypothesis merges equal branches.)
    """
    return st.integers(0, 3).flatmap(lambda n: odd if n == 3 else usual)


TEXT = mostly(
    st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=24),
    _odd_text,
)
# Names for paths are kept relative and inside the example folder (no "/" and no "..").
_NAME = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00/"),
    min_size=1,
    max_size=12,
).filter(lambda name: name not in (".", ".."))
_EXAMPLE_PATHS = st.sampled_from(sorted(TOKENS))
# Read only: never handed to an option the command writes to.
INPUT_PATH = (
    _EXAMPLE_PATHS
    | st.sampled_from(["/dev/null", "/", "/proc/version", "/proc/self/mem", "."])
    | _NAME
)
# Written to: inside the example folder, or somewhere nothing can be created.
OUTPUT_PATH = (
    _EXAMPLE_PATHS | st.sampled_from(["/proc/version", "/proc/journal-fuzz/x.pdf"]) | _NAME
)
VAULT_PATH = mostly(st.just("@vault"), INPUT_PATH)
PASSPHRASE_FILE = mostly(
    st.just("-"),
    # No FIFO: `--passphrase-file <(...)` is a pipe by design and waits for its writer.
    st.sampled_from(
        [
            "@pass",
            "@wrongpass",
            "@newpass",
            "@empty",
            "@dir",
            "@missing",
            "/dev/null",
            "@latin1",
            "/",
        ]
    ),
)

ID = mostly(
    st.sampled_from(["1", "2", "3", "4"]),
    st.sampled_from(
        [
            "0",
            "-1",
            "5",
            "99999999999999999999999",
            "-99999999999999999999999",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775809",
            "1_000",
            " 1 ",
            "+1",
            "١",
            "1e3",
            "0x10",
            "",
            "one",
        ]
    )
    | st.integers(min_value=-(2**80), max_value=2**80).map(str),
)

WHEN = mostly(
    st.sampled_from(["2026-03-01T21:30", "2026-03-01", "2025-12-25T08:00"]),
    st.sampled_from(
        [
            "9999-12-31",
            "0001-01-01",
            "9999-12-31T23:59",
            "0001-01-01T00:00",
            "9999-12-31T23:59-12:00",
            "0001-01-01T00:00+14:00",
            "9999-12-31T23:59+00:00",
            "20260301",
            "20260301T2130",
            "2026-W09-1",
            "2026-W09",
            "2026-060",
            "2026-03-01T21:30+05:00",
            "2026-03-01T21:30Z",
            "2026-03-01T21:30-23:59",
            "2026-03-01T21:30+24:00",
            "2026-03-01T21:30:59.999999",
            "2026-03-01 21:30",
            "+05:00",
            "2026-02-30T25:61",
            "2026-02-29",
            "2024-02-29",
            "2026-13-01",
            "2026-03-01T24:00",
            "2026-03-01T",
            "T",
            "0000-01-01",
            "-2026-03-01",
            "１９９９-０１-０１",
            "2026-03-01T21:30\u202e",
            "  2026-03-01  ",
            "2026-03-01T21:30 ",
        ]
    )
    | TEXT,
)
DAY = mostly(
    st.dates(date(2020, 1, 1), date(2030, 12, 31)).map(date.isoformat),
    WHEN | st.dates().map(date.isoformat),
)
CATEGORY = mostly(
    st.sampled_from(["threats", "physical", "other", "child"]),
    st.sampled_from(["", "THREATS", "threat", "financial ", "Other"]),
)
SEVERITY = mostly(
    st.sampled_from(["1", "3", "5"]),
    st.sampled_from(["0", "6", "-1", "3.5", "99999999999999999999999", "", "٣"]),
)
CHANNEL = mostly(st.sampled_from(["sms", "email", "other"]), st.sampled_from(["", "SMS", "fax"]))
KIND = mostly(st.sampled_from(["incident", "message"]), st.sampled_from(["", "Message", "note"]))
REDACT = st.sampled_from(
    ["locations", "people", "locations,people", "", ",", "x", "locations,,people", " people "]
)
LANGUAGE = st.sampled_from(["en", "es", "pt_BR", "pt-br", "ES", "", "xx", "../../etc", "ü"])
BOX = mostly(
    st.sampled_from(["A1:0,0,5,5", "1:1,1,2,2", "A2:0,0,1,1"]),
    st.sampled_from(["A1:0,0,0,5", "A1:-3,0,5,5", "A1:0,0,99999,5", "A1", "A1:1,2,3", ":", ""])
    | TEXT,
)


@st.composite
def _checkpoint_code(draw: st.DrawFn) -> str:
    return draw(
        st.sampled_from(
            [
                "@checkpoint",
                "CP1-0-000000000000000000000000-20260101-00000000",
                "CP1-999999999999-ffffffffffffffffffffffff-99991231-ffffffff",
                "CP1-1-000000000000000000000000-00000000-00000000",
                "CP1-٤-000000000000000000000000-20260101-00000000",
                "cp1-2-ABCDEF0123456789ABCDEF01-20260229-abcdef01",
                "CP1-",
                "",
            ]
        )
        | TEXT
    )


def _flag(name: str) -> st.SearchStrategy[tuple[str, ...]]:
    return st.just((name,))


def _option(name: str, values: st.SearchStrategy[str]) -> st.SearchStrategy[tuple[str, ...]]:
    return values.map(lambda value: (name, value))


FIELD_OPTIONS = [
    _option("--occurred", WHEN),
    _flag("--approximate"),
    _option("--title", TEXT),
    _option("--category", CATEGORY),
    _option("--body", TEXT),
    _option("--body-file", INPUT_PATH),
    _option("--location", TEXT),
    _option("--person", TEXT),
    _option("--witness", TEXT),
    _option("--injuries", TEXT),
    _option("--medical-care", TEXT),
    _option("--told", TEXT),
    _option("--tag", TEXT),
    _option("--severity", SEVERITY),
    _option("--channel", CHANNEL),
    _option("--sender", TEXT),
    _option("--attach", INPUT_PATH),
]
FILTER_OPTIONS = [
    _flag("--json"),
    _option("--from", DAY),
    _option("--to", DAY),
    _option("--category", CATEGORY),
    _option("--tag", TEXT),
    _flag("--oldest-first"),
    _flag("--include-deleted"),
]


@dataclass(frozen=True)
class Spec:
    positionals: tuple[st.SearchStrategy[str], ...]
    options: tuple[st.SearchStrategy[tuple[str, ...]], ...]
    required: tuple[st.SearchStrategy[tuple[str, ...]], ...] = ()
    passphrase: bool = True


SPECS: dict[str, Spec] = {
    "init": Spec((OUTPUT_PATH,), ()),
    "add": Spec(
        (VAULT_PATH,),
        (_option("--kind", KIND), *FIELD_OPTIONS),
        required=(
            _option("--occurred", WHEN),
            _option("--title", TEXT),
            _option("--category", CATEGORY),
        ),
    ),
    "edit": Spec(
        (VAULT_PATH, ID), (*FIELD_OPTIONS, _option("--detach", ID), _option("--detach", ID))
    ),
    "delete": Spec((VAULT_PATH, ID), ()),
    "list": Spec((VAULT_PATH,), tuple(FILTER_OPTIONS)),
    "search": Spec((VAULT_PATH, TEXT), tuple(FILTER_OPTIONS)),
    "show": Spec((VAULT_PATH, ID), (_flag("--json"),)),
    "passwd": Spec(
        (VAULT_PATH,),
        (),
        required=(_option("--new-passphrase-file", PASSPHRASE_FILE),),
    ),
    "backup": Spec((VAULT_PATH,), (), required=(_option("--out", OUTPUT_PATH),)),
    "restore": Spec(
        (mostly(st.just("@backup"), INPUT_PATH),),
        (),
        required=(_option("--to", OUTPUT_PATH),),
    ),
    "check": Spec((VAULT_PATH,), (_flag("--json"), _option("--checkpoint", _checkpoint_code()))),
    "checkpoint": Spec((VAULT_PATH,), (_option("--pdf", OUTPUT_PATH),)),
    "duress": Spec(
        (VAULT_PATH,),
        (),
        required=(_option("--new-passphrase-file", PASSPHRASE_FILE),),
    ),
    "export": Spec(
        (VAULT_PATH,),
        (
            _option("--from", DAY),
            _option("--to", DAY),
            _option("--category", CATEGORY),
            _option("--tag", TEXT),
            _option("--entry", ID),
            _flag("--no-history"),
            _flag("--include-old-versions"),
            _option("--redact", REDACT),
            _option("--redact-attachment", ID),
            _option("--box", BOX),
            _option("--name", TEXT),
            _option("--pdf-password-file", PASSPHRASE_FILE | st.just("@pdfpass")),
            _option("--language", LANGUAGE),
        ),
        required=(_option("--out", OUTPUT_PATH),),
    ),
    "verify": Spec(
        (mostly(st.sampled_from(["@bundle", "@bundle-protected"]), INPUT_PATH),),
        (
            _option("--pdf-password-file", st.sampled_from(["@pdfpass", "-"]) | PASSPHRASE_FILE),
            _flag("--json"),
            _option("--checkpoint", _checkpoint_code()),
        ),
        passphrase=False,
    ),
}

STDIN = st.sampled_from(
    [
        f"{PASSPHRASE}\n{NEW_PASSPHRASE}\n{PDF_PASSWORD}\n",
        f"{PASSPHRASE}\n{NEW_PASSPHRASE}\n",
        f"{PASSPHRASE}\n",
    ]
    * 3
    + [
        f"{WRONG}\n",
        "",
        "\n",
        PASSPHRASE,
        f"{PASSPHRASE}\r\n",
        f" {PASSPHRASE}\n",
        f"{PASSPHRASE}\n{PASSPHRASE}\n",
        f"{PASSPHRASE}\n\n",
        f"{PDF_PASSWORD}\n",
    ]
)
JUNK = (
    st.sampled_from(
        ["--help", "-h", "--version", "--bogus", "--", "-", "--json", "--language", "extra", "--to"]
    )
    | TEXT
)


@dataclass(frozen=True)
class Case:
    argv: tuple[str, ...]
    stdin: str = f"{PASSPHRASE}\n"


def case(*argv: str, stdin: str = f"{PASSPHRASE}\n") -> Case:
    return Case(tuple(argv), stdin)


@st.composite
def cli_cases(draw: st.DrawFn) -> Case:
    command = draw(st.sampled_from(sorted(SPECS)))
    spec = SPECS[command]
    argv: list[str] = []
    if draw(st.integers(0, 9)) == 0:
        argv += ["--language", draw(LANGUAGE)]
    argv.append(command)
    for positional in spec.positionals:
        if draw(st.integers(0, 19)) > 0:
            argv.append(draw(positional))
    groups = [draw(option) for option in spec.required if draw(st.integers(0, 9)) > 0]
    if spec.options:
        groups += draw(st.lists(st.one_of(spec.options), max_size=5))
    if spec.passphrase and draw(st.integers(0, 19)) > 0:
        groups.append(("--passphrase-file", draw(PASSPHRASE_FILE)))
    if draw(st.integers(0, 9)) == 0:
        groups.append((draw(JUNK),))
    order = draw(st.permutations(range(len(groups))))
    for index in order:
        argv.extend(groups[index])
    return Case(tuple(argv), draw(STDIN))


# ---------------------------------------------------------------------- running a case
@contextlib.contextmanager
def example_folder(world: World) -> Iterator[Path]:
    root = Path(tempfile.mkdtemp(prefix="ex-", dir=world.scratch))
    try:
        shutil.copytree(world.template, root, dirs_exist_ok=True)
        os.mkfifo(root / "files" / "fifo")
        read_only = root / "read-only"
        read_only.mkdir()
        (read_only / "inside.txt").write_text("kept\n", encoding="utf-8")
        read_only.chmod(0o555)
        with contextlib.chdir(root):
            yield root
    finally:
        make_tree_writable(root)
        shutil.rmtree(root, ignore_errors=True)


def _resolve(word: str, root: Path, world: World) -> str:
    if word == "@checkpoint":
        return world.checkpoint
    if word in TOKENS:
        return str(root / TOKENS[word])
    return word


def _inside(root: Path, value: str) -> str | None:
    """`value` as a path relative to `root` (resolving symlinks), or None if outside it."""
    try:
        return Path(value).resolve().relative_to(root.resolve()).as_posix()
    except (ValueError, OSError, RuntimeError):
        return None


def _allowed_changes(argv: list[str], command: str, root: Path) -> set[str]:
    """Where a successful run of `argv` may write (relative to the example folder)."""
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # --help and --version print
            parsed = build_parser().parse_args(argv)
    except (UsageError, SystemExit):
        return set()
    targets = [getattr(parsed, name, None) for name in ("out", "to", "pdf")]
    if command in WRITES or command == "init":
        targets.append(parsed.vault)
    inside = {_inside(root, str(target)) for target in targets if target is not None}
    allowed = {path for path in inside if path is not None}
    if command not in WRITES:
        # Writing an output over the journal (or its own files) is never what it is for.
        allowed = {
            path
            for path in allowed
            if path != "vault" and not (path.startswith("vault/") and path[6:] in VAULT_FILES)
        }
    return allowed


def _is_allowed(path: str, allowed: set[str]) -> bool:
    """`path` is an output, inside one, or a folder made to hold one (`init` makes parents)."""
    return any(
        a == "." or path == a or path.startswith(a + "/") or a.startswith(path + "/")
        for a in allowed
    )


def _command_of(argv: list[str]) -> str | None:
    return next((word for word in argv if word in SPECS), None)


def violations(world: World, given_case: Case) -> tuple[list[str], str]:
    """What `given_case` did wrong (an empty list if nothing), and what it did."""
    with example_folder(world) as root:
        argv = [_resolve(word, root, world) for word in given_case.argv]
        before = tree_state(root)
        outcome = run_in_process(argv, given_case.stdin)
        command = _command_of(argv)
        problems = outcome_violations(outcome, report_on_stdout=command in ("check", "verify"))
        after = tree_state(root)
        changed = changed_paths(before, after)
        allowed = (
            _allowed_changes(argv, command, root) if outcome.status == 0 and command else set()
        )
        unexpected = sorted(path for path in changed if not _is_allowed(path, allowed))
        if unexpected:
            problems.append(f"changed what it should not have: {unexpected}")
        if outcome.status == 0 and command in WRITES and "vault" in allowed:
            problems += _still_healthy(root / "vault", given_case.stdin or "")
    return problems, outcome.describe()


def _still_healthy(vault: Path, stdin: str) -> list[str]:
    """After a change that succeeded, the journal opens and passes `check` (with one of the
    passphrases the example had: a `passwd` may have set any line of its standard input)."""
    given = [line.rstrip("\r") for line in stdin.split("\n") if line.rstrip("\r")]
    for phrase in (PASSPHRASE, NEW_PASSPHRASE, FILE_PASSPHRASE, WRONG, PDF_PASSWORD, *given):
        checked = run_in_process(["check", str(vault), "--passphrase-file", "-"], phrase + "\n")
        if checked.status != 3:
            break
    if checked.status == 0:
        return []
    return [f"after it succeeded, `check` gives exit {checked.status}: {checked.err!r}"]


def assert_keeps_contract(world: World, given_case: Case) -> None:
    problems, description = violations(world, given_case)
    assert not problems, "\n".join([*problems, description])


# ---------------------------------------------------------------------- found by the fuzzer
# Minimal inputs that broke the contract when they were found, kept so they stay fixed.
_P = ("--passphrase-file", "-")
_ADD = ("--title", "t", "--category", "threats", *_P)
FOUND = [
    # Listed in issue 10 before the fuzzers ran.
    pytest.param(case("add", "@vault", "--occurred", "9999-12-31", *_ADD), id="add-year-9999"),
    pytest.param(case("show", "@vault", "99999999999999999999999", *_P), id="show-huge-id"),
    pytest.param(
        case("add", "@vault", "--occurred", "2026-03-01", "--attach", "@fifo", *_ADD),
        id="attach-fifo",
    ),
    # A vault path that is a file, a device or /proc: NotADirectoryError.
    pytest.param(case("list", "@text", *_P), id="vault-is-a-file"),
    pytest.param(case("show", "/dev/null", "1", *_P), id="vault-is-dev-null"),
    # A backup path that is a folder: IsADirectoryError.
    pytest.param(case("restore", "@dir", "--to", "@new-folder", *_P), id="restore-from-folder"),
    # Reading a FIFO as the backup blocks for ever.
    pytest.param(case("restore", "@fifo", "--to", "@new-folder", *_P), id="restore-from-fifo"),
    # An output nobody can create (/proc): FileNotFoundError from the temporary file.
    pytest.param(case("export", "@vault", "--out", "/proc/version", *_P), id="export-to-proc"),
    # Not a PDF: pypdf's own warnings reached stderr beside (or instead of) our line.
    pytest.param(case("verify", "@latin1"), id="verify-not-a-pdf"),
    # Text from argv in a legacy encoding (lone surrogates) used as a search or a filter.
    pytest.param(case("search", "@vault", "caf\udce9", *_P), id="search-undecodable"),
    pytest.param(case("list", "@vault", "--tag", "caf\udce9", *_P), id="tag-undecodable"),
    # An output path naming the journal's own files replaces them: the journal is gone.
    pytest.param(
        case("backup", "@vault", "--out", "@vault/notebook.db", *_P), id="backup-over-journal"
    ),
    pytest.param(
        case("export", "@vault", "--out", "@vault/notebook.db", *_P), id="export-over-journal"
    ),
    pytest.param(
        case("checkpoint", "@vault", "--pdf", "@vault/notebook.json", *_P),
        id="checkpoint-over-settings",
    ),
    # A restore that fails (wrong passphrase) leaves the folders it made behind.
    pytest.param(
        case("restore", "@backup", "--to", "@new-folder", *_P, stdin=f"{WRONG}\n"),
        id="failed-restore-leaves-folder",
    ),
    # A newline inside a value is echoed as is: the one line on stderr becomes two.
    pytest.param(case("list", "@vault", "--from", "line\nbreak", *_P), id="newline-usage-error"),
    pytest.param(case("list", "no\njournal", *_P), id="newline-in-path"),
]


@pytest.mark.parametrize("given_case", FOUND)
def test_inputs_found_by_fuzzing(world: World, given_case: Case) -> None:
    assert_keeps_contract(world, given_case)


# ---------------------------------------------------------------------- the fuzz test
@fuzz_settings(100)
@replaying(FOUND, "given_case")
@given(given_case=cli_cases())
def test_cli_keeps_its_contract_for_any_arguments(world: World, given_case: Case) -> None:
    assert_keeps_contract(world, given_case)


# ---------------------------------------------------------------------- in a real process
def _spawn(
    args: list[str | bytes], *, env: dict[str, str] | None = None, **popen: object
) -> subprocess.Popen[bytes]:
    return subprocess.Popen(  # type: ignore[call-overload]
        [sys.executable, "-m", "journal_app", *args],
        env=env or cli_env(),
        stdin=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        **popen,
    )


def _finish(process: subprocess.Popen[bytes]) -> tuple[int | None, str]:
    try:
        _out, err = process.communicate(timeout=HANG_SECONDS)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        return None, ""
    return process.returncode, err.decode("utf-8", "backslashreplace")


@pytest.fixture(scope="module")
def big_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Enough entries that `list --json` writes more than a pipe holds (64 KiB)."""
    folder = tmp_path_factory.mktemp("fuzz-pipe") / "vault"
    with Vault.create(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
        journal = Journal(vault)
        for number in range(400):
            journal.add(Kind.INCIDENT, fields(f"Entry {number} " + "words " * 20))
    pass_file = folder.parent / "pass.txt"
    pass_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    "command", [["list", "--json"], ["list"], ["show", "1", "--json"], ["check", "--json"]]
)
def test_reader_closing_the_pipe_early_gives_no_traceback(
    big_vault: Path, command: list[str]
) -> None:
    """`journal-app list DIR --json | head -c 1`: the reader goes away before the output ends."""
    args = [command[0], str(big_vault), *command[1:]]
    process = _spawn(
        [*args, "--passphrase-file", str(big_vault.parent / "pass.txt")], stdout=subprocess.PIPE
    )
    assert process.stdout is not None
    process.stdout.read(1)
    process.stdout.close()
    status, err = _finish(process)
    problems = contract_violations(status, "", err, argv=args)
    if status not in (0, 1, None):
        problems.append(f"exit {status} for a closed pipe (want 0 or 1)")
    assert not problems, f"{problems}\nexit={status} stderr={err!r}"


@pytest.mark.parametrize("where", ["closed", "/dev/full"])
def test_closed_or_full_stdout_gives_one_line(big_vault: Path, where: str) -> None:
    """`journal-app list DIR >&-` and `journal-app list DIR > /dev/full`."""
    args = ["list", str(big_vault)]
    full = None
    if where == "closed":
        popen: dict[str, object] = {"stdout": subprocess.DEVNULL, "preexec_fn": lambda: os.close(1)}
    else:
        if not Path("/dev/full").exists():
            pytest.fail("this check needs /dev/full (Linux)")
        full = open("/dev/full", "wb")  # noqa: SIM115 - closed below
        popen = {"stdout": full}
    try:
        process = _spawn([*args, "--passphrase-file", str(big_vault.parent / "pass.txt")], **popen)
        status, err = _finish(process)
    finally:
        if full is not None:
            full.close()
    problems = contract_violations(status, "", err, argv=args)
    if status != 1:
        problems.append(f"exit {status} when the output cannot be written (want 1)")
    assert not problems, f"{problems}\nexit={status} stderr={err!r}"


@pytest.mark.parametrize(
    "raw",
    [
        [
            b"add",
            b"{vault}",
            b"--occurred",
            b"2026-03-01",
            b"--title",
            b"caf\xe9",
            b"--category",
            b"threats",
        ],
        [b"search", b"{vault}", b"\xff\xfe"],
        [b"list", b"{vault}", b"--tag", b"\xe9"],
        [b"list", b"{vault}\xff"],
        [b"export", b"{vault}", b"--out", b"{tmp}/bundle-\xe9.pdf", b"--name", b"\xe9"],
    ],
    ids=["title", "search", "tag", "vault-path", "export-name"],
)
def test_undecodable_bytes_in_argv(world: World, tmp_path: Path, raw: list[bytes]) -> None:
    """A file name or text in a legacy encoding reaches Python as lone surrogates."""
    vault = tmp_path / "vault"
    shutil.copytree(world.template / "vault", vault)
    before = tree_state(vault)
    args: list[str | bytes] = [
        word.replace(b"{vault}", os.fsencode(vault)).replace(b"{tmp}", os.fsencode(tmp_path))
        for word in raw
    ]
    process = _spawn(
        [*args, b"--passphrase-file", os.fsencode(world.template / "files" / "pass.txt")],
        stdout=subprocess.PIPE,
    )
    status, err = _finish(process)
    text_args = [os.fsdecode(a) if isinstance(a, bytes) else a for a in args]
    problems = contract_violations(status, "", err, argv=text_args)
    if status != 0 and raw[0] != b"add" and tree_state(vault) != before:
        problems.append("a failed command changed the journal")
    assert not problems, f"{problems}\nexit={status} stderr={err!r}"


def test_gui_without_a_display_fails_with_one_line(world: World, tmp_path: Path) -> None:
    """No DISPLAY, no Wayland, no QT_QPA_PLATFORM: a sentence and exit 1, not a Qt abort."""
    env = cli_env()
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE"):
        env.pop(name, None)
    env["XDG_RUNTIME_DIR"] = str(tmp_path)
    process = _spawn(
        ["gui", "--vault", str(world.template / "vault")],
        env=env,
        stdout=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        status, err = _finish(process)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    problems = contract_violations(status, "", err)
    if status != 1:
        problems.append(f"exit {status} without a display (want 1)")
    assert not problems, f"{problems}\nexit={status} stderr={err!r}"
