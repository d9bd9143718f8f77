"""Shared helpers for the tests: fast vaults, field builders, CLI subprocesses, disk scans."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from journal_app.core.models import Category, EntryFields, Occurred
from journal_app.vault.kdf import KdfParams

ROOT = Path(__file__).resolve().parents[2]
SUPPORT = Path(__file__).resolve().parent
# Test-only Argon2 setting, passed explicitly; production code always calibrates (>= floor).
FAST_KDF = KdfParams(memory_kib=1024, time_cost=1, parallelism=1)
PASSPHRASE = "correct horse battery staple"
NETWORK_LOG_ENV = "JOURNAL_APP_TEST_NETWORK_LOG"


def fields(title: str = "He shouted at me", **changes: object) -> EntryFields:
    base: dict[str, object] = {
        "title": title,
        "occurred": Occurred.parse("2026-03-01T21:30"),
        "categories": (Category.THREATS,),
    }
    # A single `category=` is shorthand for an entry in that one category.
    if "category" in changes:
        changes["categories"] = (changes.pop("category"),)
    base.update(changes)
    return EntryFields(**base)  # type: ignore[arg-type]


def cli_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(SUPPORT), str(ROOT)])
    env.setdefault(NETWORK_LOG_ENV, os.environ.get(NETWORK_LOG_ENV, ""))
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    if extra:
        env.update(extra)
    return env


def run_cli(
    args: Sequence[str | os.PathLike[str]],
    *,
    stdin: str | bytes | None = None,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 120,
    **popen: Any,
) -> subprocess.CompletedProcess[str]:
    """Run `python -m journal_app ARGS` in a subprocess, as a person at a terminal would."""
    data = stdin.decode("utf-8") if isinstance(stdin, bytes) else stdin
    return subprocess.run(
        [sys.executable, "-m", "journal_app", *map(str, args)],
        input=data,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=cli_env(env),
        timeout=timeout,
        check=False,
        **popen,
    )


def files_containing(roots: Iterable[Path], needle: bytes) -> list[Path]:
    """Every regular file under `roots` whose bytes contain `needle` (also as UTF-16)."""
    needles = [needle, needle.decode("utf-8").encode("utf-16-le")]
    hits: list[Path] = []
    for root in roots:
        if not root.exists():
            continue
        for path in [root] if root.is_file() else root.rglob("*"):
            try:
                if not path.is_file() or path.is_symlink():
                    continue
                data = path.read_bytes()
            except OSError:
                continue
            if any(n in data for n in needles):
                hits.append(path)
    return hits
