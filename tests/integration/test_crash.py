"""SECURITY.md test 10: `kill -9` during saves, during a passphrase change and between the
parameter-file steps. Committed data must be intact and the journal must open with the old or
the new passphrase. Real SQLCipher files; the process is really killed with SIGKILL.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from journal_app.core.errors import JournalError, WrongPassphrase
from journal_app.core.journal import Journal
from journal_app.core.models import AttachmentSource, Kind
from journal_app.vault.params import read_parameters
from journal_app.vault.vault import Vault, params_path
from tests.support.helpers import FAST_KDF, PASSPHRASE, cli_env, fields

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL"),
]

NEW_PASSPHRASE = "a completely different passphrase"

SAVER = """
import random, sys
from journal_app.core.journal import Journal
from journal_app.core.models import AttachmentSource, Kind
from journal_app.vault.vault import Vault
from tests.support.helpers import PASSPHRASE, fields

start = int(sys.argv[2])
vault = Vault.open(sys.argv[1], PASSPHRASE)
journal = Journal(vault)
print("ready", flush=True)
i = start
while True:
    files = []
    if i % 3 == 0:
        files = [AttachmentSource(name=f"photo-{i}.bin", data=random.Random(i).randbytes(200_000))]
    entry_id = journal.add(Kind.INCIDENT, fields(f"Entry {i}", body=f"Body of entry {i}. " * 50),
                           files)
    print(entry_id, i, flush=True)
    i += 1
"""

REKEYER = """
import sys
from journal_app.vault.vault import Vault
from tests.support.helpers import FAST_KDF

folder, old, new = sys.argv[1:4]
vault = Vault.open(folder, old)
print("ready", flush=True)
vault.change_passphrase(new, kdf=FAST_KDF)
print("done", flush=True)
vault.close()
"""

STEP_KILLER = """
import os, signal, sys
import journal_app.vault.vault as vault_module
from journal_app.vault.vault import Vault
from tests.support.helpers import FAST_KDF

folder, old, new, mode = sys.argv[1:5]
vault = Vault.open(folder, old)
real_write = vault_module.write_parameters
calls = 0


def write_then_maybe_die(path, parameters):
    global calls
    calls += 1
    if mode == "before-second-write" and calls == 2:
        os.kill(os.getpid(), signal.SIGKILL)
    real_write(path, parameters)
    if mode == "after-first-write" and calls == 1:
        os.kill(os.getpid(), signal.SIGKILL)


vault_module.write_parameters = write_then_maybe_die
print("ready", flush=True)
vault.change_passphrase(new, kdf=FAST_KDF)
print("done", flush=True)
"""


def body_of(i: int) -> str:
    return f"Body of entry {i}. " * 50


def write_script(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def start(script: Path, *args: str, stderr: Path) -> subprocess.Popen[bytes]:
    with stderr.open("ab") as err:
        return subprocess.Popen(
            [sys.executable, str(script), *args],
            stdout=subprocess.PIPE,
            stderr=err,
            env=cli_env(),
            bufsize=0,
        )


def read_until(process: subprocess.Popen[bytes], token: bytes, timeout: float = 30) -> bytes:
    """Read stdout until `token` appears (or the process ends); returns everything read."""
    assert process.stdout is not None
    seen = b""
    deadline = time.monotonic() + timeout
    while token not in seen and time.monotonic() < deadline:
        chunk = process.stdout.read(1)
        if not chunk:
            break
        seen += chunk
    return seen


def kill_and_collect(process: subprocess.Popen[bytes], seen: bytes) -> bytes:
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
    rest, _ = process.communicate(timeout=30)
    return seen + (rest or b"")


def complete_lines(output: bytes) -> list[str]:
    text = output.decode("utf-8", errors="replace")
    lines = text.split("\n")
    return [line for line in lines[:-1] if line]  # the last piece may be cut short


def assert_healthy(vault: Vault) -> Journal:
    journal = Journal(vault)
    assert vault.integrity_problems() == []
    report = journal.check()
    assert report.ok, (report.integrity, report.problems)
    return journal


def test_kill_9_during_saves_keeps_every_committed_entry(
    closed_vault: Path, tmp_path: Path
) -> None:
    script = write_script(tmp_path, "saver.py", SAVER)
    stderr = tmp_path / "saver.err"
    rng = random.Random(20260301)
    committed: dict[int, int] = {}  # entry id -> loop number, as printed after each commit
    next_number = 0
    for run in range(8):
        process = start(script, str(closed_vault), str(next_number), stderr=stderr)
        seen = read_until(process, b"ready\n")
        assert b"ready\n" in seen, f"run {run}: {stderr.read_text()}"
        time.sleep(rng.uniform(0.02, 0.35))
        output = kill_and_collect(process, seen)
        assert process.returncode == -signal.SIGKILL, stderr.read_text()
        for line in complete_lines(output):
            if line == "ready":
                continue
            entry_id, number = map(int, line.split())
            committed[entry_id] = number
        if committed:
            next_number = max(committed.values()) + 1 + 1000  # skip any unprinted commit

        with Vault.open(closed_vault, PASSPHRASE) as vault:
            journal = assert_healthy(vault)
            for entry_id, number in committed.items():
                entry = journal.get(entry_id)
                latest = entry.latest_fields
                assert latest is not None
                assert latest.title == f"Entry {number}"
                assert latest.body == body_of(number)
                if number % 3 == 0:
                    [attachment] = entry.current.attachments
                    expected = random.Random(number).randbytes(200_000)
                    assert attachment.sha256 == hashlib.sha256(expected).hexdigest()
                    assert journal.attachment_bytes(attachment.id) == expected
            # Whatever was saved is whole: every entry has its text (no half-written rows).
            for summary in journal.entries():
                assert summary.title.startswith("Entry ")
                entry = journal.get(summary.id)
                assert entry.latest_fields is not None
                number = int(summary.title.split()[1])
                assert entry.latest_fields.body == body_of(number)
    assert len(committed) >= 8, "the saver should have committed entries before being killed"
    assert "Traceback" not in stderr.read_text()


@pytest.fixture
def sizeable_vault(tmp_path: Path) -> Path:
    """A vault with ~24 MB of attachments, so re-keying takes long enough to be interrupted."""
    folder = tmp_path / "big"
    rng = random.Random(7)
    with Vault.create(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
        journal = Journal(vault)
        for n in range(6):
            journal.add(
                Kind.INCIDENT,
                fields(f"Big entry {n}", body=f"Details {n}"),
                [AttachmentSource(name=f"video-{n}.bin", data=rng.randbytes(4 * 1024 * 1024))],
            )
    return folder


PASSPHRASES = {"old": PASSPHRASE, "new": NEW_PASSPHRASE}


def try_open(folder: Path, name: str) -> str:
    """What a person sees when typing the old or the new passphrase: ok, wrong, or an error."""
    try:
        Vault.open(folder, PASSPHRASES[name]).close()
    except WrongPassphrase:
        return "wrong passphrase"
    except JournalError as exc:
        return f"{type(exc).__name__}: {exc}"
    return "ok"


def open_after_crash(folder: Path, order: tuple[str, str]) -> tuple[str | None, list[str]]:
    """Type the passphrases in `order`. Exactly one must open; the other must be reported as a
    wrong passphrase (not as a damaged journal). Returns the one that opened and any problems."""
    outcomes = {name: try_open(folder, name) for name in order}
    opened = [name for name, outcome in outcomes.items() if outcome == "ok"]
    problems = [
        f"trying {' then '.join(order)}: {name} -> {outcome}"
        for name, outcome in outcomes.items()
        if outcome not in ("ok", "wrong passphrase")
    ]
    if len(opened) != 1:
        problems.append(f"trying {' then '.join(order)}: opened with {opened or 'neither'}")
    if not opened:
        # A second round, once the first attempts settled the parameters file.
        opened = [name for name in order if try_open(folder, name) == "ok"]
    return (opened[0] if opened else None), problems


def assert_big_entries_intact(journal: Journal) -> None:
    rng = random.Random(7)
    entries = sorted(journal.entries(), key=lambda e: e.id)
    assert [e.title for e in entries] == [f"Big entry {n}" for n in range(6)]
    for summary in entries:
        [attachment] = journal.get(summary.id).current.attachments
        expected = rng.randbytes(4 * 1024 * 1024)
        assert attachment.sha256 == hashlib.sha256(expected).hexdigest()


def test_kill_9_during_a_passphrase_change_opens_with_old_or_new(
    sizeable_vault: Path, tmp_path: Path
) -> None:
    script = write_script(tmp_path, "rekeyer.py", REKEYER)
    stderr = tmp_path / "rekeyer.err"
    args = (PASSPHRASE, NEW_PASSPHRASE)

    # One undisturbed run to learn how long opening and re-keying take here.
    trial = tmp_path / "trial"
    shutil.copytree(sizeable_vault, trial)
    began = time.monotonic()
    process = start(script, str(trial), *args, stderr=stderr)
    seen = read_until(process, b"ready\n")
    ready_at = time.monotonic() - began
    seen += read_until(process, b"done\n")
    done_at = time.monotonic() - began
    process.wait(timeout=30)
    assert process.returncode == 0 and b"done\n" in seen, stderr.read_text()
    assert try_open(trial, "old") == "wrong passphrase"
    assert try_open(trial, "new") == "ok"

    rng = random.Random(42)
    outcomes: dict[str, int] = {"before ready": 0, "during": 0, "after done": 0}
    opened_with: dict[str, int] = {"old": 0, "new": 0}
    problems: list[str] = []
    runs = 10
    for run in range(runs):
        folder = tmp_path / f"run-{run}"
        shutil.copytree(sizeable_vault, folder)
        # Spread the kills from start-up to just after the change finished.
        delay = ready_at + (done_at - ready_at) * rng.uniform(-0.3, 1.15)
        if run == 0:
            delay = ready_at * 0.3
        began = time.monotonic()
        process = start(script, str(folder), *args, stderr=stderr)
        time.sleep(max(0.0, delay - (time.monotonic() - began)))
        lines = complete_lines(kill_and_collect(process, b""))
        stage = (
            "after done" if "done" in lines else "during" if "ready" in lines else "before ready"
        )
        outcomes[stage] += 1

        # The person may try either passphrase first: check both orders on copies.
        results: set[str | None] = set()
        for order in (("old", "new"), ("new", "old")):
            copy = tmp_path / f"run-{run}-{order[0]}-first"
            shutil.copytree(folder, copy)
            name, found = open_after_crash(copy, order)
            problems += [f"run {run} (killed {stage}), {problem}" for problem in found]
            results.add(name)
            assert name is not None, f"run {run}: the journal opens with neither passphrase"
            if stage == "after done":
                assert name == "new"
            with Vault.open(copy, PASSPHRASES[name]) as vault:
                assert_big_entries_intact(assert_healthy(vault))
            # Opening settled any interrupted change: no pending slot is left behind.
            assert read_parameters(params_path(copy)).pending is None
            shutil.rmtree(copy)
        assert len(results) == 1, f"run {run}: the two orders disagree: {results}"
        opened_with[results.pop() or "?"] += 1
        shutil.rmtree(folder)
    print(f"kill -9 during re-key: {outcomes}; opened with {opened_with}")
    assert "Traceback" not in stderr.read_text()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("mode", "opens_with"),
    [("after-first-write", "old"), ("before-second-write", "new")],
)
def test_kill_9_between_parameter_file_steps(
    closed_vault: Path, tmp_path: Path, mode: str, opens_with: str
) -> None:
    """Pending slot written, key not changed yet -> old. Key changed, not promoted -> new."""
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        journal = Journal(vault)
        kept = journal.add(Kind.INCIDENT, fields("Kept", body="Must survive the crash"))
        journal.edit(kept, fields("Kept", body="Must survive the crash, amended"))
    script = write_script(tmp_path, "steps.py", STEP_KILLER)
    stderr = tmp_path / "steps.err"
    process = start(script, str(closed_vault), PASSPHRASE, NEW_PASSPHRASE, mode, stderr=stderr)
    output, _ = process.communicate(timeout=60)
    assert process.returncode == -signal.SIGKILL, stderr.read_text()
    assert complete_lines(output) == ["ready"]
    assert read_parameters(params_path(closed_vault)).pending is not None

    right, wrong = (
        (PASSPHRASE, NEW_PASSPHRASE) if opens_with == "old" else (NEW_PASSPHRASE, PASSPHRASE)
    )
    # Not knowing whether the change went through, the person tries the other one first:
    # that must be "wrong passphrase", not "damaged journal, restore from a backup".
    try:
        Vault.open(closed_vault, wrong).close()
        first_try = "opened"
    except WrongPassphrase:
        first_try = "wrong passphrase"
    except JournalError as exc:
        first_try = f"{type(exc).__name__}: {exc}"
    with Vault.open(closed_vault, right) as vault:
        journal = assert_healthy(vault)
        entry = journal.get(kept)
        assert [v.fields.body for v in entry.versions if v.fields is not None] == [
            "Must survive the crash",
            "Must survive the crash, amended",
        ]
    assert read_parameters(params_path(closed_vault)).pending is None
    with pytest.raises(WrongPassphrase):
        Vault.open(closed_vault, wrong)
    with Vault.open(closed_vault, right) as vault:
        assert_healthy(vault)
    assert sorted(os.listdir(closed_vault)) == [
        "notebook.1.db",
        "notebook.1.json",
        "notebook.db",
        "notebook.json",
        "notebook.lock",
    ], "no temporary files may be left behind once the journal has opened again"
    assert first_try == "wrong passphrase", f"the other passphrase gave: {first_try}"


def test_kill_9_during_a_large_import_keeps_all_of_it_or_none(
    closed_vault: Path, tmp_path: Path
) -> None:
    # An import is one transaction however many messages it holds: killed at any moment (the
    # laptop's lid shut, the battery gone), the journal holds all of the chat or none of it,
    # and still opens and checks.
    count = 8000
    chat = tmp_path / "WhatsApp Chat with Marco Ruiz.txt"
    chat.write_text(
        "".join(
            f"{1 + n % 28:02d}/03/2024, {n % 24:02d}:{n % 60:02d} - Marco Ruiz: message {n}\n"
            for n in range(count)
        ),
        encoding="utf-8",
    )
    secret = tmp_path / "pass"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    stderr = tmp_path / "import.err"
    command = [sys.executable, "-m", "journal_app", "import", str(closed_vault), str(chat)]
    command += ["--timezone", "Europe/Madrid", "--passphrase-file", str(secret)]
    for delay in (0.6, 1.5, 3.0):
        with stderr.open("ab") as err:
            process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=err, env=cli_env())
        time.sleep(delay)
        output = kill_and_collect(process, b"")
        # (Checked while writing this test: each kill left a hot rollback journal, the last
        # one after 13 MB of the import had already been written into notebook.db.)
        with Vault.open(closed_vault, PASSPHRASE) as vault:
            journal = assert_healthy(vault)
            held = journal.count()
        if process.returncode == 0:  # finished before the kill: all of it, said so
            assert held == count and b"Imported" in output
            break
        assert process.returncode == -signal.SIGKILL
        assert held == 0, f"killed after {delay} s, {held} of {count} messages were kept"
    assert "Traceback" not in stderr.read_text()
