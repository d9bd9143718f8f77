"""One journal's part of an unlock (see Vault.open): its header salt, what its settings file
suggests, and the settings tried; the database decides, never the file.

`first_round` is the part of every unlock that does not depend on the passphrase: each
journal's key is derived with every setting either settings file names (two derivations at a
time: Argon2 releases the GIL), and every database is then tried with its keys, whichever
passphrase was typed and whichever journal it opens.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from journal_app.core.errors import (
    Cancelled,
    VaultCorrupt,
)
from journal_app.core.secrets import wipe
from journal_app.vault.connection import (
    Connection,
    DatabaseError,
    open_keyed,
    raw_key_literal,
)
from journal_app.vault.kdf import (
    MEMORY_CAP_KIB,
    SALT_BYTES,
    KdfParams,
    cost,
    derive_key,
    memory_steps,
)
from journal_app.vault.lockfile import read_prefix
from journal_app.vault.params import (
    KeySlot,
    key_check,
    read_hints,
)
from journal_app.vault.places import MAIN, db_path, params_path

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

Found = tuple["Attempt", Connection, KeySlot]

# Two derivations at once: the two journals of a folder. More would only share the same cores.
WORKERS = max(1, min(2, os.cpu_count() or 1))


class Attempt:
    """One journal's part of an unlock: its header salt (the truth), what its
    settings file suggests (a hint), and the settings already tried, so none is derived twice.
    """

    def __init__(
        self, folder: Path, stem: str, secret: bytearray, cancelled: CancelCheck | None
    ) -> None:
        self.folder = folder
        self.stem = stem
        self._secret = secret
        self._cancelled = cancelled
        self._tried: set[KdfParams] = set()
        self.salt = read_prefix(db_path(folder, stem), SALT_BYTES)
        if len(self.salt) != SALT_BYTES:
            raise VaultCorrupt("The journal file is truncated; restore it from a backup.")
        self.hints = read_hints(params_path(folder, stem))

    @property
    def named(self) -> list[KdfParams]:
        """The settings the file names (only ones this app writes), current first, each once."""
        return list(dict.fromkeys(slot.kdf for slot in self.hints.slots))

    @property
    def ordinary(self) -> bool:
        """The settings file is exactly as this app writes it and names this header's salt:
        nothing suggests an edit, so a failed first round means a wrong passphrase."""
        return self.hints.canonical and self.hints.salt in (None, self.salt.hex())

    def first_settings(self, others: list[Attempt]) -> list[KdfParams]:
        """What this file names, then what the sibling files name (an edit to one file leaves
        the other telling the truth), each once."""
        return list(dict.fromkeys(self.named + [kdf for other in others for kdf in other.named]))

    def derive(self, kdf: KdfParams) -> bytearray:
        self._tried.add(kdf)
        return derive_key(self._secret, self.salt, kdf)

    def search(self, others: list[Attempt], progress: Progress | None) -> Found | None:
        """Try the settings the file may have been altered away from.

        First what the sibling files name (an edit to one file leaves the other telling the
        truth), then the calibration steps costing no more than this file names (an edit that
        raised the cost, or changed t or p). A main file naming nothing usable is searched
        over every step, as a missing one always was; its progress is reported, being slow.
        """
        named = self.named
        steps = list(memory_steps(MEMORY_CAP_KIB))
        if named or self.stem != MAIN:
            bound = max((cost(kdf) for kdf in named), default=0)
            steps = [step for step in steps if cost(step) <= bound]
        # A missing main file is searched as it always was: the steps alone.
        sibling = (
            []
            if self.hints.missing and self.stem == MAIN
            else [kdf for other in others for kdf in other.named]
        )
        plan = [kdf for kdf in dict.fromkeys(sibling + steps) if kdf not in self._tried]
        for index, kdf in enumerate(plan):
            if progress is not None and not named:
                progress(index, len(plan))
            found = self._try(kdf)
            if found is not None:
                return found
        return None

    def refuse_if_header_damaged(self) -> None:
        """The file records another salt than the header's. If the recorded salt gives a key
        the file's key check vouches for, the header changed (damage), not the file."""
        recorded = self.hints.salt
        if recorded is None or recorded == self.salt.hex():
            return
        for kdf in self.named:
            self._check_cancelled()
            key = derive_key(self._secret, bytes.fromhex(recorded), kdf)
            try:
                if any(slot.matches(key) for slot in self.hints.slots):
                    raise VaultCorrupt(
                        "The start of the journal file is damaged, so it cannot be opened; "
                        "nothing was changed. Restore it from a backup."
                    )
            finally:
                wipe(key)

    def _try(self, kdf: KdfParams) -> Found | None:
        """Derive the key with `kdf` and the header salt; the database decides, not the file."""
        self._check_cancelled()
        return self.try_key(kdf, self.derive(kdf))

    def try_key(self, kdf: KdfParams, key: bytearray) -> Found | None:
        """Open the database with `key` (derived with `kdf`), which is wiped."""
        vouched = any(slot.matches(key) for slot in self.hints.slots)
        slot = KeySlot(kdf, key_check(key))
        literal = raw_key_literal(key)
        wipe(key)
        try:
            connection = open_keyed(db_path(self.folder, self.stem), literal)
        except DatabaseError as exc:
            # The file vouches for this key, yet the database does not open with it: damage.
            # Not so while a passphrase change is interrupted (one slot then names a key the
            # database does not use yet, or any more); and the alternate journal never
            # reveals itself through its own errors.
            if vouched and not self.hints.interrupted_change and self.stem == MAIN:
                raise VaultCorrupt(
                    "The passphrase is right but the journal file is damaged and cannot be "
                    "read. Restore it from a backup; nothing was changed."
                ) from exc
            return None
        finally:
            wipe(literal)
        return self, connection, slot

    def _check_cancelled(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise Cancelled()


def first_round(
    attempts: list[Attempt], progress: Progress | None, cancelled: CancelCheck | None
) -> tuple[Found | None, float]:
    """The same work whatever the passphrase: every key every file names, for every journal,
    derived two at a time; then every database tried with each of its keys, in a fixed order.

    Returns what opened (the main journal first, should both) and the seconds the derivations
    took.
    """
    jobs = [
        (attempt, kdf)
        for attempt in attempts
        for kdf in attempt.first_settings([other for other in attempts if other is not attempt])
    ]
    if cancelled is not None and cancelled():
        raise Cancelled()
    if progress is not None:
        progress(0, 1)
    started = time.perf_counter()
    keys: list[bytearray] = []
    failure: BaseException | None = None
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        futures: list[Future[bytearray]] = [pool.submit(a.derive, kdf) for a, kdf in jobs]
        for future in futures:
            try:
                keys.append(future.result())
            except BaseException as exc:
                failure = failure or exc
                keys.append(bytearray())
    seconds = time.perf_counter() - started
    found: Found | None = None
    try:
        if failure is not None:
            raise failure
        if cancelled is not None and cancelled():
            raise Cancelled()
        for (attempt, kdf), key in zip(jobs, keys, strict=True):
            result = attempt.try_key(kdf, key)
            if result is None:
                continue
            if found is None:
                found = result
            else:
                result[1].close()
    except BaseException:
        if found is not None:
            found[1].close()
        raise
    finally:
        for key in keys:
            wipe(key)
    return found, seconds
