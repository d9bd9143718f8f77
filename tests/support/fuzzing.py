"""Shared by the fuzz tests (issue 10): run the CLI in-process under a time limit, check the
README's exit-status contract, and snapshot folders to spot changes nobody asked for.

See docs/fuzzing.md for what is checked and how to run a longer search.
"""

from __future__ import annotations

import os
import re
import signal
import stat
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass
from io import StringIO
from pathlib import Path
from typing import Any, TypeVar

from hypothesis import HealthCheck, example, settings

from journal_app.cli import run
from journal_app.i18n import LANGUAGES, translator
from journal_app.vault.vault import SETTINGS_NOT_REPAIRED, SETTINGS_REPAIRED

# `make test` runs this many examples per fuzz test; JOURNAL_FUZZ_EXAMPLES=2000 searches longer.
EXAMPLES = int(os.environ.get("JOURNAL_FUZZ_EXAMPLES", "0") or 0)
# One in-process command may take this long (the bound for a hang is 30 s; every
# command here takes well under a second with the fast test key setting).
RUN_LIMIT_SECONDS = float(os.environ.get("JOURNAL_FUZZ_RUN_LIMIT", "10"))
HANG_SECONDS = 30.0

T = TypeVar("T")
CONTRACT = frozenset({0, 1, 2, 3, 4})
# A Python exception's class name leaking into a message: "OverflowError", "BrokenPipeError".
TYPE_NAME = re.compile(r"\b[A-Z][a-zA-Z]*(?:Error|Exception|Warning|Interrupt|Exit)\b")
# Progress notes some commands print to stderr before their result (they are not errors).
_PROGRESS_NOTES = (
    "The settings file is missing or altered; trying each known setting (slow)...",
    "Measuring this computer to set the key strength (a few seconds)...",
    SETTINGS_REPAIRED,  # said once after an unlock that repaired the settings file
    SETTINGS_NOT_REPAIRED,
)


def fuzz_settings(default_examples: int) -> settings:
    """Bounded in `make test`; JOURNAL_FUZZ_EXAMPLES raises the bound for a longer run.

    In `make test` the examples are the same every run (derandomized), so the suite gates on
    what is known; a longer run explores new ground, and what it finds becomes a FOUND case.
    """
    return settings(
        max_examples=EXAMPLES or default_examples,
        derandomize=not EXAMPLES,
        deadline=None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.function_scoped_fixture,
            HealthCheck.filter_too_much,
        ],
        print_blob=True,
    )


def replaying(found: Sequence[Any], name: str) -> Callable[[T], T]:
    """Run the inputs found earlier (pytest.param objects) first, as explicit examples.

    While one of them still fails, Hypothesis reports it and does not search further, so a
    known hang or crash cannot make every run shrink it again (they also have their own
    regression test each, by name). A longer run (JOURNAL_FUZZ_EXAMPLES) skips the replay.
    """

    def decorate(test: T) -> T:
        if EXAMPLES:
            return test  # a longer run searches even while a known input still fails
        for param in reversed(found):
            test = example(**{name: param.values[0]})(test)
        return test

    return decorate


class Hang(BaseException):
    """A command ran past RUN_LIMIT_SECONDS (a BaseException, so the CLI cannot swallow it)."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise Hang in this (main) thread after `seconds`, even inside a blocking open() or read().

    pytest-timeout also uses SIGALRM: its timer is restored (minus the time spent) afterwards.
    """

    def on_alarm(_signum: int, _frame: object) -> None:
        raise Hang(f"still running after {seconds:g} s")

    previous_handler = signal.signal(signal.SIGALRM, on_alarm)
    started = time.monotonic()
    previous_delay, previous_interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous_handler)
        if previous_delay > 0:
            remaining = max(previous_delay - (time.monotonic() - started), 0.001)
            signal.setitimer(signal.ITIMER_REAL, remaining, previous_interval)


@dataclass(frozen=True)
class Outcome:
    argv: tuple[str, ...]
    status: int | None  # None: it did not finish within the limit
    out: str
    err: str
    seconds: float
    escaped: str = ""  # an exception that got out of cli.run() itself

    def describe(self) -> str:
        return (
            f"argv={list(self.argv)!r}\nexit={self.status} after {self.seconds:.2f} s\n"
            f"stderr={self.err!r}\nstdout={self.out[:400]!r}"
            + (f"\nescaped={self.escaped}" if self.escaped else "")
        )


def run_in_process(
    argv: Sequence[str], stdin: str = "", *, limit: float = RUN_LIMIT_SECONDS
) -> Outcome:
    """`journal_app.cli.run(argv)` with captured output, `stdin` as standard input, a time limit."""
    out, err = StringIO(), StringIO()
    started = time.perf_counter()
    status: int | None
    escaped = ""
    try:
        # argparse prints --help and --version to sys.stdout; a stray print or warning would
        # reach sys.stderr: both are captured with the command's own output.
        with time_limit(limit), redirect_stdout(out), redirect_stderr(err):
            status = run(list(argv), out=out, err=err, stdin=StringIO(stdin))
    except Hang:
        status = None
    except SystemExit as exc:  # argparse's --help and --version
        status = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except Exception as exc:
        status, escaped = 1, f"{type(exc).__name__}: {exc}"
    return Outcome(
        tuple(argv), status, out.getvalue(), err.getvalue(), time.perf_counter() - started, escaped
    )


def _notes() -> frozenset[str]:
    return frozenset(translator(lang)(note) for lang in LANGUAGES for note in _PROGRESS_NOTES)


def contract_violations(
    status: int | None,
    out: str,
    err: str,
    *,
    argv: Sequence[str] = (),
    seconds: float = 0.0,
    report_on_stdout: bool = False,
) -> list[str]:
    """Every way this result breaks the README's contract (an empty list means it keeps it).

    `report_on_stdout`: the command prints its verdict as a report (`check`, `verify`), so
    exit 4 may come with nothing on stderr.
    """
    problems: list[str] = []
    if status is None:
        problems.append(f"did not finish within {seconds:.0f} s")
        return problems
    if seconds > HANG_SECONDS:
        problems.append(f"took {seconds:.1f} s (over {HANG_SECONDS:g} s)")
    if status not in CONTRACT:
        problems.append(f"exit status {status} is outside the contract")
    for name, text in (("stdout", out), ("stderr", err)):
        if "Traceback" in text:
            problems.append(f"a traceback on {name}")
    if "unexpected error" in err.lower():
        problems.append("'unexpected error' on stderr")
    scrubbed = err
    for word in sorted(argv, key=len, reverse=True):
        if len(word) >= 3:
            scrubbed = scrubbed.replace(word, "")
    leaked = TYPE_NAME.findall(scrubbed)
    if leaked:
        problems.append(f"a Python type name on stderr: {leaked}")
    if status != 0:
        notes = _notes()
        # Lines end at "\n" only: that is what a script reading stderr line by line sees.
        lines = [line for line in err.split("\n") if line.strip() and line not in notes]
        if report_on_stdout and status == 4 and not lines and out.strip():
            return problems
        if len(lines) != 1:
            problems.append(f"{len(lines)} lines on stderr for a failure (want exactly one)")
        elif not lines[0].startswith("journal-app: ") or len(lines[0]) < len("journal-app: ") + 10:
            problems.append("the failure line is not a 'journal-app: <sentence>' line")
    return problems


def outcome_violations(outcome: Outcome, *, report_on_stdout: bool = False) -> list[str]:
    problems = contract_violations(
        outcome.status,
        outcome.out,
        outcome.err,
        argv=outcome.argv,
        seconds=outcome.seconds,
        report_on_stdout=report_on_stdout,
    )
    if outcome.escaped:
        problems.insert(0, f"an exception escaped cli.run(): {outcome.escaped}")
    return problems


# ------------------------------------------------------------------ snapshots of folders
State = dict[str, object]


def tree_state(root: Path) -> State:
    """Every path under `root`: a regular file's bytes, or what kind of thing it is.

    FIFOs and devices are never opened (that could block); symlinks are not followed.
    """
    state: State = {}
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        for name in [*dirnames, *filenames]:
            path = Path(dirpath) / name
            relative = path.relative_to(root).as_posix()
            try:
                info = path.lstat()
            except OSError as exc:
                state[relative] = f"<unreadable {exc.errno}>"
                continue
            if stat.S_ISLNK(info.st_mode):
                state[relative] = f"<symlink to {os.readlink(path)}>"
            elif stat.S_ISDIR(info.st_mode):
                state[relative] = "<dir>"
            elif stat.S_ISREG(info.st_mode):
                try:
                    state[relative] = path.read_bytes()
                except OSError as exc:
                    state[relative] = f"<unreadable {exc.errno}>"
            elif stat.S_ISFIFO(info.st_mode):
                state[relative] = "<fifo>"
            else:
                state[relative] = f"<special {stat.S_IFMT(info.st_mode):o}>"
    return state


def changed_paths(before: State, after: State) -> set[str]:
    return {key for key in before.keys() | after.keys() if before.get(key) != after.get(key)}


def make_tree_writable(root: Path) -> None:
    """Undo chmods made by a test so the folder can be deleted."""
    for dirpath, dirnames, _filenames in os.walk(root):
        for name in dirnames:
            path = Path(dirpath) / name
            if not path.is_symlink():
                path.chmod(0o700)
    if root.exists():
        root.chmod(0o700)
