"""SECURITY.md test 11: the disk fills up (here: a file-size limit) in the middle of a save.

The limit is set in a subprocess so it cannot touch pytest's own files. SIGXFSZ is ignored
there, so writes past the limit fail with EFBIG (as on a full disk) instead of killing it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from journal_app.core.journal import Journal
from journal_app.vault.vault import Vault, db_path
from tests.support.helpers import PASSPHRASE, ROOT, cli_env

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="RLIMIT_FSIZE and SIGXFSZ exist only on POSIX systems"
)

LIMITED_SAVE = """
import os, resource, signal, sys
from pathlib import Path
from journal_app.core.journal import Journal
from journal_app.core.models import AttachmentSource, Kind
from journal_app.vault.vault import Vault, db_path
from tests.support.helpers import PASSPHRASE, fields

folder = Path(sys.argv[1])
vault = Vault.open(folder, PASSPHRASE)
journal = Journal(vault)
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
_soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
resource.setrlimit(resource.RLIMIT_FSIZE, (db_path(folder).stat().st_size + 256 * 1024, hard))
try:
    journal.add(
        Kind.INCIDENT,
        fields(body="the night of the fire"),
        [AttachmentSource(name="video.mp4", data=os.urandom(8 * 1024 * 1024))],
    )
except Exception as exc:
    print("raised", type(exc).__name__, exc)
else:
    print("raised nothing")
try:
    journal.add(Kind.INCIDENT, fields("written after space ran out"))
except Exception as exc:
    print("afterwards", type(exc).__name__, exc)
else:
    print("afterwards saved")
vault.close()
"""


def test_file_size_limit_rolls_back_the_save_and_says_storage_full(closed_vault: Path) -> None:
    size_before = db_path(closed_vault).stat().st_size
    result = subprocess.run(
        [sys.executable, "-c", LIMITED_SAVE, str(closed_vault)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=cli_env(),
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    raised = next(line for line in lines if line.startswith("raised"))
    # A file-size limit is what RLIMIT_FSIZE sets: the sentence says so (FileTooLarge is a
    # StorageFull), since freeing space would not help.
    assert raised.startswith("raised FileTooLarge "), result.stdout
    assert "not saved" in raised  # a sentence that tells the person what happened
    assert "Traceback" not in result.stderr

    assert sorted(p.name for p in closed_vault.iterdir()) == [
        "notebook.1.db",
        "notebook.1.json",
        "notebook.db",
        "notebook.json",
        "notebook.lock",
    ]
    assert db_path(closed_vault).stat().st_size < size_before + 1024 * 1024
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        journal = Journal(vault)
        report = journal.check()
        assert report.ok, (report.integrity, report.problems)
        connection = vault.connection
        assert connection.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
        assert connection.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0] == 0
        titles = [s.title for s in journal.entries()]
        assert "He shouted at me" not in titles  # the failed entry left no trace
        if "afterwards saved" in lines:
            assert titles == ["written after space ran out"]
            assert journal.head().size == 1
        else:
            assert titles == []
            assert journal.head().size == 0


def _limit_file_size(limit: int) -> None:
    """In the child: writes past `limit` bytes fail with EFBIG, as on a full disk (SIGXFSZ
    ignored, which exec keeps)."""
    import resource
    import signal

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    _soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))


def test_a_large_import_that_fills_the_disk_keeps_nothing_and_says_so(
    closed_vault: Path, tmp_path: Path
) -> None:
    # A chat of thousands of messages is where a nearly full disk runs out, in the middle of
    # the one transaction that writes them all. Nothing of it may stay, and the journal must
    # still open and check.
    lines = [
        f"{1 + n % 28:02d}/02/2024, 08:{n % 60:02d} - Marco Ruiz: message {n} 😡\n"
        for n in range(6000)
    ]
    chat = tmp_path / "WhatsApp Chat with Marco Ruiz.txt"
    chat.write_text("".join(lines), encoding="utf-8")
    secret = tmp_path / "pass"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    size_before = db_path(closed_vault).stat().st_size
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "journal_app",
            "import",
            str(closed_vault),
            str(chat),
            "--timezone",
            "Europe/Madrid",
            "--passphrase-file",
            str(secret),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=cli_env(),
        timeout=300,
        check=False,
        preexec_fn=lambda: _limit_file_size(size_before + 512 * 1024),
    )
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert result.stdout == ""
    complaint = result.stderr.strip()
    assert "\n" not in complaint and "Traceback" not in complaint
    assert "not saved" in complaint, complaint  # (the sentence for a size limit; see above)
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        journal = Journal(vault)
        report = journal.check()
        assert report.ok, (report.integrity, report.problems)
        assert journal.head().size == 0
        assert journal.entries() == []
        assert vault.connection.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
