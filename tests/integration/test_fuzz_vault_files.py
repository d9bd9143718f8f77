"""Fuzzing damaged vault files (issue 10; SECURITY.md tests 5, 8 and 18).

Hypothesis damages a copy of a real vault (truncations, flipped bytes, pages zeroed, scrambled
or swapped, a mutated or garbage `notebook.json`, files replaced by folders, FIFOs or symlinks,
stray leftovers) and then runs `list`, `check`, `show` or `search` in-process with the right
passphrase (sometimes a wrong one). Every run must keep the README's contract and:

* damage to `notebook.db` never ends in exit 0 (no partial results from a damaged journal)
  and never in exit 3 (the passphrase was right);
* the command finishes well within 30 s;
* nothing the command was not meant to change is changed: the damaged files keep their
  bytes. The documented repairs are allowed: a damaged or interrupted `notebook.json` may be
  rewritten (into a valid one), stale `.tmp-*` files removed, and a missing alternate journal
  (`notebook.1.*`) created.

A damaged `notebook.json` makes the app search the calibration steps (seconds and up to 1 GiB
each); in-process, that search is limited to the fast test setting the vault was made with.
One real-process run below keeps the real search and checks it ends within 30 s.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journal_app.core.journal import Journal
from journal_app.core.models import AttachmentSource, Kind
from journal_app.vault.params import VaultParameters
from journal_app.vault.vault import PAGE_SIZE, Vault
from tests.support.fuzzing import (
    changed_paths,
    contract_violations,
    fuzz_settings,
    make_tree_writable,
    outcome_violations,
    replaying,
    run_in_process,
    tree_state,
)
from tests.support.helpers import FAST_KDF, PASSPHRASE, fields, run_cli

WRONG = "this is not the passphrase"
MAIN_DB = "notebook.db"
MAIN_JSON = "notebook.json"
ALTERNATE = ("notebook.1.db", "notebook.1.json")
# SQLite's crash-recovery files beside each database; SQLite itself may clear them on open.
SQLITE_LEFTOVERS = {
    f"{db}{suffix}": db for db in (MAIN_DB, "notebook.1.db") for suffix in ("-journal", "-wal")
}
APPENDED = {"byte": b"\x00", "page": b"\x00" * PAGE_SIZE, "text": b"garbage"}
COMMANDS: dict[str, tuple[str, ...]] = {
    "list": ("list",),
    "list-json": ("list", "--json"),
    "check": ("check",),
    "check-json": ("check", "--json"),
    "show": ("show", "1"),
    "search": ("search", "bruise"),
}

Op = tuple[Any, ...]


@dataclass(frozen=True)
class Damage:
    ops: tuple[Op, ...]
    command: str = "list"
    right_passphrase: bool = True


@dataclass(frozen=True)
class Template:
    folder: Path  # the intact vault, copied for every example
    scratch: Path
    baseline: dict[str, int]  # each command's exit status on the intact vault
    baseline_out: dict[str, str]  # and what it printed


def make_template(root: Path) -> Template:
    folder = root / "vault"
    attachment = root / "photo.bin"
    attachment.write_bytes(bytes(range(256)) * 64)  # 16 KiB: several pages of chunks
    with Vault.create(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
        journal = Journal(vault)
        journal.add(
            Kind.INCIDENT,
            fields("Photo of the bruise", body="It happened again. " * 50),
            [AttachmentSource.from_path(attachment)],
        )
        for number in range(30):
            journal.add(Kind.INCIDENT, fields(f"Entry {number}", body="words " * 100))
    baseline = {}
    baseline_out = {}
    for name, command in COMMANDS.items():
        outcome = run_in_process(
            [command[0], str(folder), *command[1:], "--passphrase-file", "-"], PASSPHRASE + "\n"
        )
        assert outcome.status == 0, outcome.describe()
        baseline[name] = outcome.status
        baseline_out[name] = outcome.out
    scratch = root / "examples"
    scratch.mkdir()
    return Template(folder, scratch, baseline, baseline_out)


def only_the_fast_setting(patch: pytest.MonkeyPatch) -> None:
    """Recovery (a damaged notebook.json) tries the fast setting only, not 64 MiB..1 GiB."""
    patch.setattr("journal_app.vault.attempt.memory_steps", lambda *_a, **_kw: iter([FAST_KDF]))


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Template]:
    with pytest.MonkeyPatch.context() as patch:
        only_the_fast_setting(patch)
        yield make_template(tmp_path_factory.mktemp("fuzz-vault"))


# ---------------------------------------------------------------------- applying damage
def _read(path: Path) -> bytearray:
    try:
        return bytearray(path.read_bytes()) if path.is_file() else bytearray()
    except OSError:
        return bytearray()


def _pages(data: bytearray) -> int:
    return max(1, len(data) // PAGE_SIZE)


def _json_document(path: Path, original: bytes) -> Any:
    """The file's current document if it still is one (never opening a FIFO), else the original."""
    try:
        if path.is_file() and not path.is_symlink():
            return json.loads(path.read_bytes())
    except (OSError, ValueError, RecursionError):
        pass
    return json.loads(original)


def _set(document: Any, where: tuple[Any, ...], value: Any) -> Any:
    if not where:
        return value
    target = document
    for step in where[:-1]:
        if isinstance(target, dict) and isinstance(target.get(step), dict | list):
            target = target[step]
        else:
            return document
    if isinstance(target, dict):
        target[where[-1]] = value
    return document


def apply(op: Op, folder: Path, originals: dict[str, bytes]) -> None:
    """Damage one file in `folder` as `op` says (offsets wrap around the file's size)."""
    kind, name = op[0], op[1]
    path = folder / name
    if kind == "json":
        document = _set(_json_document(path, originals[name]), op[2], op[3])
        kind, op = "write", ("write", name, json.dumps(document).encode("utf-8"))
    if kind in ("mkdir", "mkfifo", "symlink", "delete", "write") and (
        path.is_symlink() or path.exists()
    ):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()
    if kind == "delete":
        return
    if kind == "mkdir":
        path.mkdir()
    elif kind == "mkfifo":
        os.mkfifo(path)
    elif kind == "symlink":
        target = {"loop": str(path), "dev-null": "/dev/null", "dir": "/", "missing": "nowhere"}
        os.symlink(target[op[2]], path)
    elif kind == "write":
        path.write_bytes(op[2])
    elif path.is_file() and not path.is_symlink():
        data = _read(path)
        if kind == "truncate":
            length = op[2] if op[2] >= 0 else max(0, len(data) + op[2])
            del data[length:]
        elif kind == "flip" and data:
            data[op[2] % len(data)] ^= op[3]
        elif kind == "zero_page" and data:
            start = (op[2] % _pages(data)) * PAGE_SIZE
            data[start : start + PAGE_SIZE] = bytes(len(data[start : start + PAGE_SIZE]))
        elif kind == "noise_page" and data:
            start = (op[2] % _pages(data)) * PAGE_SIZE
            size = len(data[start : start + PAGE_SIZE])
            data[start : start + PAGE_SIZE] = random.Random(op[3]).randbytes(size)
        elif kind == "swap_pages" and len(data) >= 2 * PAGE_SIZE:
            a, b = (op[2] % _pages(data)) * PAGE_SIZE, (op[3] % _pages(data)) * PAGE_SIZE
            page_a, page_b = bytes(data[a : a + PAGE_SIZE]), bytes(data[b : b + PAGE_SIZE])
            data[a : a + PAGE_SIZE], data[b : b + PAGE_SIZE] = page_b, page_a
        elif kind == "append":
            data += APPENDED.get(op[2], _NOISE_PAGE)
        path.write_bytes(bytes(data))


# ---------------------------------------------------------------------- strategies
_OFFSET = st.integers(0, 15) | st.integers(16, PAGE_SIZE - 1) | st.integers(PAGE_SIZE, 2**20)
_LENGTH = st.sampled_from(
    [0, 1, 15, 16, 17, 100, 1024, 4095, 4096, 4097, 6000, 8192, 12288, -1, -100, -4096, -8192]
) | st.integers(0, 2**18)
_MASK = st.integers(1, 255)
_NOISE_PAGE = random.Random(1).randbytes(PAGE_SIZE)
_PAGE = st.integers(0, 200)


def _content_damage(name: str) -> st.SearchStrategy[Op]:
    return st.one_of(
        st.tuples(st.just("truncate"), st.just(name), _LENGTH),
        st.tuples(st.just("flip"), st.just(name), _OFFSET, _MASK),
        st.tuples(st.just("zero_page"), st.just(name), _PAGE),
        st.tuples(st.just("noise_page"), st.just(name), _PAGE, st.integers(0, 2**16)),
        st.tuples(st.just("swap_pages"), st.just(name), _PAGE, _PAGE),
        st.tuples(
            st.just("append"),
            st.just(name),
            st.sampled_from([*APPENDED, "noise-page"]),
        ),
    )


def _kind_damage(name: str) -> st.SearchStrategy[Op]:
    return st.one_of(
        st.tuples(st.just("delete"), st.just(name)),
        st.tuples(st.just("mkdir"), st.just(name)),
        st.tuples(st.just("mkfifo"), st.just(name)),
        st.tuples(
            st.just("symlink"),
            st.just(name),
            st.sampled_from(["loop", "dev-null", "dir", "missing"]),
        ),
        st.tuples(st.just("write"), st.just(name), st.binary(max_size=64)),
    )


# Argon2 settings are fuzzed only where they stay cheap (<= 4 MiB) or must be refused at once;
# costly values inside the accepted range would make every example take seconds.
_NUMBERS = st.sampled_from(
    [0, -1, 1, 2, 7, 8, 1024, 4096, 2**21 + 1, 2**31, 2**40, 2**64, 10**30, 1.5, 1e308, -0.0]
) | st.integers(-4096, 4096)
_SCALARS = (
    st.none() | st.booleans() | _NUMBERS | st.text(max_size=20) | st.sampled_from(["", "argon2id"])
)
_JSON_VALUES = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
_JSON_PATHS = st.sampled_from(
    [
        (),
        ("format",),
        ("current",),
        ("current", "kdf"),
        ("current", "kdf", "memory_kib"),
        ("current", "kdf", "time_cost"),
        ("current", "kdf", "parallelism"),
        ("current", "kdf", "algorithm"),
        ("current", "kdf", "version"),
        ("current", "key_check"),
        ("pending",),
        ("pending", "kdf"),
        ("salt",),
        ("extra",),
    ]
)
_JSON_TEXT = st.sampled_from(
    [
        b"",
        b"{",
        b"null",
        b"[]",
        b"\xef\xbb\xbf{}",
        b'{"format": 1, "current": \xff}',
        b"[" * 5000 + b"]" * 5000,
        b"{" + b'"a":{' * 3000 + b"}" * 3001,
        b'{"format": NaN}',
        b'{"format": 1e999}',
        b'{"format": ' + b"9" * 5000 + b"}",
        b" " * (70 * 1024),
    ]
)


def _json_damage(name: str) -> st.SearchStrategy[Op]:
    return st.one_of(
        st.tuples(st.just("json"), st.just(name), _JSON_PATHS, _JSON_VALUES),
        st.tuples(st.just("write"), st.just(name), _JSON_TEXT),
        _content_damage(name),
        _kind_damage(name),
    )


_CHOICES = (
    _content_damage(MAIN_DB),
    _content_damage(MAIN_DB),
    _content_damage(MAIN_DB),
    _kind_damage(MAIN_DB),
    _json_damage(MAIN_JSON),
    _json_damage(MAIN_JSON),
    _content_damage("notebook.1.db"),
    _kind_damage("notebook.1.db"),
    _json_damage("notebook.1.json"),
    st.tuples(
        st.just("write"),
        st.sampled_from([*SQLITE_LEFTOVERS, ".tmp-abc123"]),
        st.binary(max_size=600),
    ),
)
# By index, so the repeated kinds weigh more (st.one_of would merge equal branches).
_OPS = st.integers(0, len(_CHOICES) - 1).flatmap(lambda index: _CHOICES[index])


@st.composite
def damages(draw: st.DrawFn) -> Damage:
    ops = tuple(draw(st.lists(_OPS, min_size=1, max_size=3)))
    command = draw(st.sampled_from(sorted(COMMANDS)))
    return Damage(ops, command, draw(st.integers(0, 9)) > 0)


# ---------------------------------------------------------------------- checking one damage
@contextlib.contextmanager
def damaged_copy(template: Template, damage: Damage) -> Iterator[tuple[Path, dict[str, object]]]:
    root = Path(tempfile.mkdtemp(prefix="ex-", dir=template.scratch))
    try:
        folder = root / "vault"
        shutil.copytree(template.folder, folder)
        intact = tree_state(folder)
        originals = {name: value for name, value in intact.items() if isinstance(value, bytes)}
        for op in damage.ops:
            apply(op, folder, originals)  # type: ignore[arg-type]
        yield folder, intact
    finally:
        make_tree_writable(root)
        shutil.rmtree(root, ignore_errors=True)


def _only_appended(before: object, after: object) -> bool:
    return (
        isinstance(before, bytes)
        and isinstance(after, bytes)
        and len(after) > len(before)
        and after.startswith(before)
    )


def _valid_parameters(value: object) -> bool:
    if not isinstance(value, bytes):
        return False
    try:
        VaultParameters.from_bytes(value)
    except Exception:
        return False
    return True


def violations(template: Template, damage: Damage) -> tuple[list[str], str]:
    with damaged_copy(template, damage) as (folder, intact):
        damaged = tree_state(folder)
        touched = changed_paths(intact, damaged)
        command = COMMANDS[damage.command]
        argv = [command[0], str(folder), *command[1:], "--passphrase-file", "-"]
        passphrase = PASSPHRASE if damage.right_passphrase else WRONG
        outcome = run_in_process(argv, passphrase + "\n")
        after = tree_state(folder)
    problems = outcome_violations(outcome, report_on_stdout=command[0] == "check")
    status = outcome.status
    if status is None:
        return problems, outcome.describe()
    database_damaged = MAIN_DB in touched
    settings_damaged = MAIN_JSON in touched
    main_damaged = database_damaged or settings_damaged
    # Bytes added after an intact journal hide nothing from `list`; `check` must see them.
    only_appended = _only_appended(intact.get(MAIN_DB), damaged.get(MAIN_DB))
    if damage.right_passphrase and database_damaged:
        # A read that never met the damaged page may succeed, but only with exactly what the
        # intact journal shows: never partial results presented as complete.
        complete = outcome.out == template.baseline_out[damage.command]
        if status == 0 and command[0] == "check":
            problems.append("exit 0 although notebook.db was damaged")
        elif status == 0 and not only_appended and not complete:
            problems.append("exit 0 with results that differ from the intact journal's")
        if status == 3 and not settings_damaged:
            # (With the settings file gone too, a damaged header cannot be told from a
            # wrong passphrase.)
            problems.append("exit 3 (wrong passphrase) although the passphrase was right")
    if not damage.right_passphrase and status == 0:
        problems.append("exit 0 with a wrong passphrase")
    if not damage.right_passphrase and not main_damaged and status != 3:
        # Whatever happened to the alternate journal, it never shows through its own errors.
        problems.append(f"exit {status} for a wrong passphrase although notebook.* is intact")
    expected = template.baseline[damage.command]
    if damage.right_passphrase and not main_damaged and status != expected:
        problems.append(
            f"exit {status} although only other files were damaged (the intact vault gives "
            f"{expected})"
        )
    changed = changed_paths(damaged, after)
    for path in sorted(changed):
        if (
            path == MAIN_JSON
            and (path in touched or status == 0)
            and _valid_parameters(after.get(path))
        ):
            continue  # the documented repair of a damaged or interrupted settings file
        if path.startswith(".tmp-") and path not in after:
            continue  # stale temporaries are removed on open
        if path in SQLITE_LEFTOVERS and path not in after and SQLITE_LEFTOVERS[path] not in changed:
            continue  # SQLite's own crash recovery cleared a leftover it could not use
        if path in ALTERNATE and damaged.get("notebook.1.db") is None:
            continue  # a missing alternate journal is created on open
        problems.append(f"the command changed {path}")
    return problems, outcome.describe()


def assert_handled(template: Template, damage: Damage) -> None:
    problems, description = violations(template, damage)
    assert not problems, "\n".join([*problems, f"damage={damage}", description])


# ---------------------------------------------------------------------- fixed points
@pytest.mark.parametrize("command", ["list", "check", "show"])
@pytest.mark.parametrize("length", [0, 16, 100, 4095, 4096, 6000, 8192, -4096, -1])
def test_truncated_database(template: Template, length: int, command: str) -> None:
    """SECURITY.md test 8: 0 bytes, 16 bytes, mid-page, page boundaries, one page short."""
    assert_handled(template, Damage((("truncate", MAIN_DB, length),), command))


@pytest.mark.parametrize("command", ["list", "show", "search", "check"])
def test_every_page_zeroed(template: Template, command: str) -> None:
    """SECURITY.md test 7, page by page: whichever page is lost, no command says all is well."""
    pages = (template.folder / MAIN_DB).stat().st_size // PAGE_SIZE
    failures: dict[str, list[int]] = {}
    for page in range(pages):
        problems, description = violations(
            template, Damage((("zero_page", MAIN_DB, page),), command)
        )
        for problem in problems:
            stderr = description.splitlines()[2]
            failures.setdefault(f"{problem} ({stderr})", []).append(page)
    assert not failures, f"of {pages} pages: {failures}"


# ---------------------------------------------------------------------- found by the fuzzer
FOUND = [
    # A damaged page with an emptied settings file: `check` repairs the file, says so once on
    # stderr (a note, not an error line), and reports the damage on stdout with exit 4.
    pytest.param(
        Damage((("zero_page", MAIN_DB, 1), ("write", MAIN_JSON, b"")), "check"),
        id="damaged-with-settings-repaired",
    ),
    # Opening the settings file blocks for ever when it is a FIFO.
    pytest.param(Damage((("mkfifo", MAIN_JSON),), "list"), id="settings-is-a-fifo"),
    # A damaged page that `list`, `show` or `search` does not read: exit 0, as if all were well
    # (`check` reports it).
    pytest.param(Damage((("flip", MAIN_DB, 4097, 1),), "list"), id="flipped-byte-list"),
    pytest.param(Damage((("zero_page", MAIN_DB, 2),), "list-json"), id="zeroed-page-list"),
    pytest.param(Damage((("noise_page", MAIN_DB, 7, 0),), "show"), id="scrambled-page-show"),
    pytest.param(Damage((("swap_pages", MAIN_DB, 4, 1),), "search"), id="swapped-pages-search"),
    # A damaged page under the full-text index: search fails with an unexpected
    # DatabaseError. (Page 21 of this template at the time; test_every_page_zeroed below
    # finds it wherever the layout puts it.)
    pytest.param(Damage((("zero_page", MAIN_DB, 21),), "search"), id="damaged-index-search"),
    # A wrong passphrase with a broken alternate journal: exit 1 naming notebook.1.db, where
    # the intact folder says "wrong passphrase" (exit 3).
    pytest.param(
        Damage((("mkdir", "notebook.1.db"),), "check", right_passphrase=False),
        id="alternate-is-a-folder-wrong-passphrase",
    ),
    pytest.param(
        Damage((("symlink", "notebook.1.db", "loop"),), "list", right_passphrase=False),
        id="alternate-symlink-loop-wrong-passphrase",
    ),
    # A dangling symlink in place of the alternate journal (say, to an unplugged drive) is
    # taken for "missing": opening replaces it and overwrites notebook.1.json.
    pytest.param(
        Damage((("symlink", "notebook.1.db", "missing"),), "list"),
        id="alternate-dangling-symlink-replaced",
    ),
]


@pytest.mark.parametrize("damage", FOUND)
def test_damage_found_by_fuzzing(template: Template, damage: Damage) -> None:
    assert_handled(template, damage)


# ---------------------------------------------------------------------- the fuzz test
@fuzz_settings(100)
@replaying(FOUND, "damage")
@given(damage=damages())
def test_damaged_vault_files_are_handled_cleanly(template: Template, damage: Damage) -> None:
    assert_handled(template, damage)


# ---------------------------------------------------------------------- in a real process
_COSTLIEST_ACCEPTED = {"memory_kib": 2048 * 1024, "time_cost": 10, "parallelism": 16}


@pytest.mark.parametrize(
    ("damaged", "passphrase"),
    [
        ((MAIN_JSON,), PASSPHRASE),
        ((MAIN_JSON, "notebook.1.json"), PASSPHRASE),
        (("costliest",), WRONG),
    ],
    ids=["settings-garbage", "both-settings-garbage", "costliest-settings-wrong-passphrase"],
)
def test_settings_search_in_a_real_process_ends_within_30_seconds(
    tmp_path: Path, damaged: tuple[str, ...], passphrase: str
) -> None:
    """SECURITY.md test 5 without the in-process shortcut: the real search over the
    calibration steps (64 MiB to 1 GiB) ends in time, and the database is left alone."""
    folder = tmp_path / "vault"
    Vault.create(folder, PASSPHRASE, kdf=FAST_KDF).close()
    for name in damaged:
        if name == "costliest":
            document = json.loads((folder / MAIN_JSON).read_bytes())
            document["current"]["kdf"].update(_COSTLIEST_ACCEPTED)
            (folder / MAIN_JSON).write_text(json.dumps(document), encoding="utf-8")
        else:
            (folder / name).write_bytes(b"\x00 not json")
    before = tree_state(folder)
    started = time.perf_counter()
    result = run_cli(
        ["list", folder, "--passphrase-file", "-"], stdin=passphrase + "\n", timeout=120
    )
    seconds = time.perf_counter() - started
    problems = contract_violations(result.returncode, result.stdout, result.stderr, seconds=seconds)
    after = tree_state(folder)
    for path in sorted(changed_paths(before, after)):
        if not (path.endswith(".json") and _valid_parameters(after.get(path))):
            problems.append(f"the command changed {path}")
    if passphrase == WRONG and result.returncode != 3:
        problems.append(f"exit {result.returncode} for a wrong passphrase")
    assert not problems, f"{problems} after {seconds:.1f} s: {result}"
