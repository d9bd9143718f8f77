"""The vault's parameters file: format version, Argon2 settings, a key check, a `pending` slot.

Nothing here is secret. The key check (an HMAC of a fixed label under the derived key) lets the
app tell "wrong passphrase" from "right passphrase, damaged database"; anyone holding the
database can already test guesses against its first page at the same Argon2 cost.
Tampering with the file cannot weaken the key: the key depends on the passphrase and the salt
stored in the database header, and altered settings simply derive a different key. Nor may it
block unlocking: opening reads the file through `read_hints`, which keeps whatever parts are
still usable and says whether the file is exactly as this app writes it.
"""

from __future__ import annotations

import errno
import hashlib
import hmac
import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from journal_app.core.errors import ParametersInvalid
from journal_app.vault.files import atomic_write
from journal_app.vault.kdf import KdfParams, is_known_setting

FORMAT_VERSION = 1
MAX_FILE_BYTES = 64 * 1024
_KEY_CHECK_LABEL = b"journal_app key check v1"


def key_check(key: bytearray) -> str:
    return hmac.new(bytes(key), _KEY_CHECK_LABEL, hashlib.sha256).hexdigest()[:32]


@dataclass(frozen=True)
class KeySlot:
    kdf: KdfParams
    key_check: str | None

    def to_json(self) -> dict[str, object]:
        return {"kdf": self.kdf.to_json(), "key_check": self.key_check}

    @classmethod
    def from_json(cls, data: object) -> KeySlot:
        if not isinstance(data, dict):
            raise ParametersInvalid("The journal's settings file is damaged.")
        check = data.get("key_check")
        if check is not None and not _is_hex(check, 32):
            raise ParametersInvalid("The journal's settings file is damaged.")
        return cls(KdfParams.from_json(data.get("kdf")), check)

    def matches(self, key: bytearray) -> bool | None:
        """True/False when the slot has a key check, None when it cannot tell."""
        if self.key_check is None:
            return None
        return hmac.compare_digest(self.key_check, key_check(key))


@dataclass(frozen=True)
class VaultParameters:
    current: KeySlot
    pending: KeySlot | None = None
    # The database header's salt, recorded so a damaged header reads as damage, not as a
    # wrong passphrase. It is public: the header stores it unencrypted.
    salt: str | None = None

    def to_bytes(self) -> bytes:
        document = {
            "format": FORMAT_VERSION,
            "current": self.current.to_json(),
            "pending": None if self.pending is None else self.pending.to_json(),
            "salt": self.salt,
        }
        return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> VaultParameters:
        if len(raw) > MAX_FILE_BYTES:
            raise ParametersInvalid("The journal's settings file is too large to be genuine.")
        try:
            document = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise ParametersInvalid("The journal's settings file is damaged.") from exc
        if not isinstance(document, dict):
            raise ParametersInvalid("The journal's settings file is damaged.")
        if document.get("format") != FORMAT_VERSION:
            raise ParametersInvalid("The journal's settings file has an unknown format.")
        pending = document.get("pending")
        salt = document.get("salt")
        if salt is not None and not _is_hex(salt, 32):
            raise ParametersInvalid("The journal's settings file is damaged.")
        return cls(
            current=KeySlot.from_json(document.get("current")),
            pending=None if pending is None else KeySlot.from_json(pending),
            salt=salt,
        )


def _is_hex(value: object, length: int) -> bool:
    return (
        isinstance(value, str)
        and len(value) == length
        and all(c in "0123456789abcdef" for c in value)
    )


@dataclass(frozen=True)
class SettingsHints:
    """What a settings file suggests, to be checked against the database before it is believed.

    `slots` holds only settings this app writes (kdf.is_known_setting); `genuine` is the whole
    file when it is exactly what this app writes, and None when anything in it is not.
    """

    slots: tuple[KeySlot, ...] = ()
    salt: str | None = None
    genuine: VaultParameters | None = None
    missing: bool = False
    # Byte for byte what this app writes for `genuine` (an edit by hand rarely is).
    canonical: bool = False

    @property
    def altered(self) -> bool:
        return not self.missing and self.genuine is None

    @property
    def interrupted_change(self) -> bool:
        """A `pending` slot is there, as a passphrase change killed halfway leaves it."""
        return self.genuine is not None and self.genuine.pending is not None


def read_hints(path: Path) -> SettingsHints:
    """Read a settings file without trusting it; never raises for its content or absence."""
    try:
        raw = _read_regular_file(path)
    except FileNotFoundError:
        return SettingsHints(missing=True)
    except OSError:
        return SettingsHints()  # a folder, a pipe, unreadable: searched for as if damaged
    try:
        genuine: VaultParameters | None = VaultParameters.from_bytes(raw)
    except ParametersInvalid:
        genuine = None
    if genuine is not None:
        slots = [genuine.current] + ([genuine.pending] if genuine.pending else [])
        if all(is_known_setting(s.kdf) and s.key_check is not None for s in slots):
            return SettingsHints(
                tuple(slots), genuine.salt, genuine, canonical=raw == genuine.to_bytes()
            )
    if len(raw) > MAX_FILE_BYTES:
        return SettingsHints()
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return SettingsHints()
    if not isinstance(document, dict) or document.get("format") != FORMAT_VERSION:
        return SettingsHints()
    found = (_usable_slot(document.get("current")), _usable_slot(document.get("pending")))
    salt = document.get("salt")
    return SettingsHints(
        tuple(slot for slot in found if slot is not None),
        salt if _is_hex(salt, 32) else None,
    )


def _read_regular_file(path: Path) -> bytes:
    """At most MAX_FILE_BYTES + 1 bytes of a regular file; a pipe or device planted under the
    file's name is refused without waiting on it (O_NONBLOCK, then fstat)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        return handle.read(MAX_FILE_BYTES + 1)


def _usable_slot(data: object) -> KeySlot | None:
    """The part of a damaged slot still worth a try: a known setting, and its key check if whole."""
    if not isinstance(data, dict):
        return None
    try:
        kdf = KdfParams.from_json(data.get("kdf"))
    except ParametersInvalid:
        return None
    if not is_known_setting(kdf):
        return None
    check = data.get("key_check")
    return KeySlot(kdf, check if _is_hex(check, 32) else None)


def read_parameters(path: Path) -> VaultParameters:
    """Read and validate; raises FileNotFoundError or ParametersInvalid."""
    with path.open("rb") as handle:
        raw = handle.read(MAX_FILE_BYTES + 1)
    return VaultParameters.from_bytes(raw)


def write_parameters(path: Path, parameters: VaultParameters) -> None:
    atomic_write(path, parameters.to_bytes())
