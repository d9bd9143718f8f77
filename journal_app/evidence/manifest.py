"""The evidence-bundle manifest: what an export contains, in canonical JSON, signed.

The manifest lists every exported entry version with what is needed to recompute its content
hash: in content format 2 (evidence/commitments.py) each disclosed part's value and salt and
each withheld part's commitment only; in format 1 (versions written before salts) the fields,
which can be rechecked only when none is withheld. With them come each version's leaf hash and
position in the history chain, every exhibit's SHA-256, and all leaf hashes of the journal's
chain, so a recipient can recompute the chain head printed on the cover. The Ed25519 signature
covers the exact manifest bytes. `check_manifest` is the pure part of the verifier: no PDF, no
Qt. A "redacted" mark never skips a check; only a deletion, which erased the content, does.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from journal_app.core.models import Occurred, is_late_entry
from journal_app.evidence import signing
from journal_app.evidence.canonical import canonical_json
from journal_app.evidence.chain import content_hash, leaf_hash, next_link
from journal_app.evidence.commitments import (
    ATTACHMENT_NAMES,
    ATTACHMENT_PREFIX,
    CONTENT_FORMAT,
    TOLD_REFERENCE,
    TOLD_WHO,
    TRANSCRIPTS,
    combine,
    commitment,
    name_part,
    transcript_part,
)
from journal_app.evidence.history import clock_went_back
from journal_app.i18n import N_

# The largest original a bundle embeds (larger ones are listed with their SHA-256): the
# export keeps to it, and verify reads every stream up to it.
EMBED_FILE_LIMIT = 512 * 1024 * 1024

FORMAT = "journal_app evidence manifest"
FORMAT_VERSION = 2
READABLE_FORMATS = frozenset({1, 2})
# Fields a format-1 version may have withheld (redaction); any other missing field is a change.
_REDACTABLE = ("location", "people", "witnesses")
_ATTACHMENT_KEYS = ("sha256", "size", "mime_type", "name")
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
PUBLIC_KEY_NAME = "signing-key.pem"
CHECKSUMS_NAME = "SHA256SUMS"
SUPPORT_FILES = frozenset({MANIFEST_NAME, SIGNATURE_NAME, PUBLIC_KEY_NAME, CHECKSUMS_NAME})
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


class ManifestError(ValueError):
    """The manifest is not a readable manifest of this format."""


# Why a version's content could not be fully rechecked (English; the CLI translates them).
ERASED = N_("its content was erased by a deletion; only its place in the history is checked")
OLD_WITHHELD = N_(
    "it was written before fields had their own salts, and some of its fields are withheld "
    "in this copy, so its content hash cannot be recomputed; only its place in the history is "
    "checked"
)


@dataclass(frozen=True)
class Unchecked:
    """A version whose content could not be fully rechecked, and why (ERASED, OLD_WITHHELD)."""

    entry: int
    version: int
    reason: str


def encode(manifest: dict[str, Any]) -> bytes:
    return canonical_json(manifest)


def sign(private_key: bytes, manifest_bytes: bytes) -> bytes:
    return signing.sign(private_key, manifest_bytes)


def head_of(leaves: list[str]) -> str:
    link: str | None = None
    for leaf in leaves:
        link = next_link(link, leaf)
    return link if link is not None else bytes(32).hex()


@dataclass
class ManifestCheck:
    """What `check_manifest` found; `problems` says exactly what does not match."""

    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    signature_ok: bool = False
    fingerprint: str | None = None  # of the key that made the signature
    versions_checked: int = 0
    content_checked: int = 0
    files_checked: int = 0
    unchecked: list[Unchecked] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def parse(data: bytes) -> dict[str, Any]:
    import json

    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ManifestError("The manifest is not valid JSON.") from exc
    if not isinstance(value, dict) or value.get("format") != FORMAT:
        raise ManifestError("This is not a journal evidence manifest.")
    if value.get("format_version") not in READABLE_FORMATS:
        raise ManifestError("The manifest was written in a format this version cannot read.")
    for key, kind in (
        ("export_id", str),
        ("entries", list),
        ("exhibits", list),
        ("chain", dict),
        ("signing_key", dict),
    ):
        if not isinstance(value.get(key), kind):
            raise ManifestError(f"The manifest has no valid '{key}'.")
    return value


def _get(mapping: Any, key: str, kind: type) -> Any:
    if not isinstance(mapping, dict) or not isinstance(mapping.get(key), kind):
        raise ManifestError(f"The manifest has an invalid '{key}'.")
    return mapping[key]


def check_manifest(
    manifest_bytes: bytes,
    signature: bytes | None,
    files: dict[str, tuple[str, int]],
) -> ManifestCheck:
    """Check the signature, every embedded file (name -> (sha256, size)), every version's
    content and leaf hash, and the chain head. Raises ManifestError if unreadable."""
    result = ManifestCheck()
    manifest = parse(manifest_bytes)
    key_hex = _get(manifest["signing_key"], "public_key", str)
    try:
        public_key = bytes.fromhex(key_hex)
    except ValueError as exc:
        raise ManifestError("The manifest's public key is not hexadecimal.") from exc
    # The fingerprint anyone is shown is computed from the key that signed, never read from a
    # claim in the manifest: a forger who re-signs with a key of their own cannot borrow the
    # journal's (SECURITY.md, "Honest history").
    result.fingerprint = signing.fingerprint(public_key)
    claimed = manifest["signing_key"].get("fingerprint")
    if claimed is not None and not signing.same_fingerprint(str(claimed), result.fingerprint):
        result.problems.append(
            "The signing-key fingerprint the manifest claims is not that of the key that signed "
            "it: the manifest was re-signed with another key."
        )
    if signature is None:
        result.problems.append("The manifest signature (manifest.sig) is missing.")
    elif signing.verify(public_key, manifest_bytes, signature):
        result.signature_ok = True
    else:
        result.problems.append(
            "The manifest signature does not match: manifest.json was changed after export, "
            "or was not signed by this key."
        )
    _check_files(manifest, files, result)
    leaves = _check_chain(manifest, result)
    _check_versions(manifest, leaves, result)
    return result


def _check_files(
    manifest: dict[str, Any], files: dict[str, tuple[str, int]], result: ManifestCheck
) -> None:
    listed: set[str] = set()
    for exhibit in manifest["exhibits"]:
        number = _get(exhibit, "number", str)
        if not exhibit.get("embedded", False):
            result.notes.append(
                f"Exhibit {number} is listed but not embedded ({exhibit.get('reason', '')})."
            )
            continue
        name = _get(exhibit, "file", str)
        listed.add(name)
        expected_sha = _get(exhibit, "sha256", str)
        expected_size = _get(exhibit, "size", int)
        if name not in files:
            result.problems.append(f"Exhibit {number} ('{name}') is missing from the PDF.")
            continue
        actual_sha, actual_size = files[name]
        if actual_sha != expected_sha or actual_size != expected_size:
            result.problems.append(
                f"Exhibit {number} ('{name}') does not match the manifest: SHA-256 "
                f"{actual_sha} ({actual_size} bytes), expected {expected_sha} "
                f"({expected_size} bytes)."
            )
        if "original_sha256" in exhibit and isinstance(exhibit.get("derivation"), str):
            result.notes.append(
                f"Exhibit {number} is a {exhibit['derivation']}, with its metadata removed; "
                f"the original's SHA-256 is {exhibit['original_sha256']}."
            )
        elif "original_sha256" in exhibit:
            result.notes.append(
                f"Exhibit {number} is a copy with its metadata removed; the original's SHA-256 "
                f"is {exhibit['original_sha256']}."
            )
        result.files_checked += 1
    for name in sorted(set(files) - listed - SUPPORT_FILES):
        result.problems.append(f"The PDF holds a file the manifest does not list: '{name}'.")


def _check_chain(manifest: dict[str, Any], result: ManifestCheck) -> list[str]:
    chain = manifest["chain"]
    leaves = _get(chain, "leaves", list)
    if not all(isinstance(leaf, str) and _HEX64.match(leaf) for leaf in leaves):
        raise ManifestError("The manifest's leaf list is not a list of SHA-256 values.")
    size = _get(chain, "size", int)
    head = _get(chain, "head", str)
    if size != len(leaves):
        result.problems.append(
            f"The history size says {size} versions but {len(leaves)} leaf hashes are listed."
        )
    recomputed = head_of(leaves)
    if recomputed != head:
        result.problems.append(
            f"The history head recomputed from the leaf hashes is {recomputed}, "
            f"not {head} as stated."
        )
    return list(leaves)


def _check_recording(entry: dict[str, Any], entry_no: Any, result: ManifestCheck) -> None:
    """'Recorded' and the late mark are restated from the chained first version, if present:
    its recorded time is in its leaf, its date in its content hash."""
    first = next(
        (v for v in _get(entry, "versions", list) if isinstance(v, dict) and v.get("version") == 1),
        None,
    )
    if first is None:
        return
    if entry.get("recorded_at") != first.get("recorded_at"):
        result.problems.append(
            f"Entry {entry_no}: its recorded time is not that of its first version."
        )
    fields = first.get("fields")
    try:
        occurred = Occurred.from_json(fields["occurred"])  # type: ignore[index]
        late = is_late_entry(occurred, datetime.fromisoformat(str(first["recorded_at"])))
    except (TypeError, KeyError, ValueError):
        return  # withheld or unreadable: the content check says what it could not do
    if bool(entry.get("late_entry")) != late:
        result.problems.append(
            f"Entry {entry_no}: its late mark does not follow from when it happened and when "
            "it was recorded."
        )


def _note_clock(manifest: dict[str, Any], result: ManifestCheck) -> None:
    """Recorded times that run backwards between neighbours in the chain."""
    dated: list[tuple[int, str, str]] = []
    for entry in manifest["entries"]:
        for version in entry.get("versions", []):
            if isinstance(version, dict) and isinstance(version.get("history_position"), int):
                where = f"Entry {entry.get('number')}, version {version.get('version')}"
                dated.append((version["history_position"], str(version.get("recorded_at")), where))
    dated.sort()
    for (position, before, _), (next_position, now, where) in itertools.pairwise(dated):
        if next_position == position + 1:
            said = clock_went_back(before, now, where)
            if said:
                result.notes.append(said)


def _check_versions(manifest: dict[str, Any], leaves: list[str], result: ManifestCheck) -> None:
    exhibits = {e.get("number"): e for e in manifest["exhibits"] if isinstance(e, dict)}
    _note_clock(manifest, result)
    for entry in manifest["entries"]:
        entry_no = _get(entry, "number", int)
        _check_recording(entry, entry_no, result)
        uid = _get(entry, "uid", str)
        kind = _get(entry, "kind", str)
        versions = _get(entry, "versions", list)
        # A deletion is known from its own tombstone version, whose leaf is checked below
        # like any other: the entry's "deleted" flag alone never excuses missing content.
        deleted = any(isinstance(v, dict) and v.get("action") == "delete" for v in versions)
        for version in versions:
            where = f"Entry {entry_no}, version {_get(version, 'version', int)}"
            stated = _get(version, "content_sha256", str)
            leaf = leaf_hash(
                entry_uid=uid,
                kind=kind,
                version=version["version"],
                action=_get(version, "action", str),
                recorded_at=_get(version, "recorded_at", str),
                content_sha256=stated,
            )
            if leaf != _get(version, "leaf_sha256", str):
                result.problems.append(f"{where}: its record does not match its leaf hash.")
            position = _get(version, "history_position", int)
            if not 1 <= position <= len(leaves) or leaves[position - 1] != leaf:
                result.problems.append(
                    f"{where}: it is not at history position {position} of the chain."
                )
            _check_content(entry_no, version, stated, exhibits, result)
            if version.get("fields") is None:
                if deleted:
                    result.unchecked.append(Unchecked(entry_no, version["version"], ERASED))
                else:
                    result.problems.append(
                        f"{where}: its content is missing, but the entry was never deleted."
                    )
            result.versions_checked += 1


def _check_content(
    entry_no: int,
    version: dict[str, Any],
    stated: str,
    exhibits: dict[Any, Any],
    result: ManifestCheck,
) -> None:
    where = f"Entry {entry_no}, version {version['version']}"
    attachments = _get(version, "attachments", list)
    for item in attachments:
        number = item.get("exhibit") if isinstance(item, dict) else None
        if number is None:
            continue
        exhibit = exhibits.get(number)
        # A cleaned copy (metadata removed) links to the original the version had.
        original = exhibit.get("original_sha256", exhibit.get("sha256")) if exhibit else None
        if exhibit is None or original != item.get("sha256"):
            result.problems.append(f"{where}: exhibit {number} is not the file this version had.")
    fields = version.get("fields")
    if fields is None:
        return  # erased: said by the caller, which knows whether the entry was deleted
    if not isinstance(fields, dict) or not all(isinstance(a, dict) for a in attachments):
        raise ManifestError(f"{where}: its fields are not readable.")
    try:
        if version.get("content_format") == CONTENT_FORMAT:
            actual = _committed_content(version, fields, attachments)
        else:
            withheld = _withheld_v1(fields, attachments)
            if withheld:
                result.unchecked.append(Unchecked(entry_no, version["version"], OLD_WITHHELD))
                return
            actual = content_hash(fields, [_hashed(a) for a in attachments])
    except TypeError as exc:
        raise ManifestError(f"{where}: its fields cannot be encoded.") from exc
    except _Mismatch as exc:
        result.problems.append(f"{where}: {exc}")
        return
    if actual != stated:
        result.problems.append(f"{where}: its text and files do not match its content hash.")
    else:
        result.content_checked += 1


class _Mismatch(Exception):
    """What a version shows and what it commits to are not the same parts."""


def _hashed(attachment: dict[str, Any]) -> dict[str, Any]:
    return {k: attachment.get(k) for k in _ATTACHMENT_KEYS}


def _withheld_v1(fields: dict[str, Any], attachments: list[dict[str, Any]]) -> list[str]:
    """The redactable parts a format-1 version leaves out. Never read from its "redacted"
    mark: a version that shows every part is rechecked whatever it says about itself."""
    withheld = [name for name in _REDACTABLE if name not in fields]
    told = fields.get("told")
    if isinstance(told, list) and any(isinstance(d, dict) and "who" not in d for d in told):
        withheld.append(TOLD_WHO)
    if any(a.get("redacted") for a in attachments):
        withheld.append("attachments")
    if any(not a.get("redacted") and "name" not in a for a in attachments):
        withheld.append(ATTACHMENT_NAMES)
    return withheld


def _shown_parts(
    fields: dict[str, Any], attachments: list[dict[str, Any]], withheld: dict[str, str]
) -> dict[str, Any]:
    """Every part the version shows, with its value (the inverse of commitments.parts_of). An
    empty list of people told shows its (empty) names unless they are withheld."""
    parts = {name: value for name, value in fields.items() if name not in ("told", TRANSCRIPTS)}
    if "told" in fields:
        told = fields["told"]
        if not isinstance(told, list) or not all(isinstance(d, dict) for d in told):
            raise _Mismatch("its list of people who were told is not readable.")
        parts[TOLD_REFERENCE] = [d.get("reference", "") for d in told]
        if any("who" in d for d in told) or (not told and TOLD_WHO not in withheld):
            parts[TOLD_WHO] = [d.get("who", "") for d in told]
    for index, attachment in enumerate(attachments):
        if not attachment.get("redacted"):
            hashed = _hashed(attachment)
            parts[f"{ATTACHMENT_PREFIX}{index}"] = {k: hashed[k] for k in hashed if k != "name"}
            if name_part(index) not in withheld:
                parts[name_part(index)] = hashed["name"]
    if TRANSCRIPTS in fields:
        parts |= _shown_transcripts(fields[TRANSCRIPTS], attachments)
    return parts


def _shown_transcripts(texts: Any, attachments: list[dict[str, Any]]) -> dict[str, Any]:
    """Each shown file's transcript part ("" for a file without one): a transcript counts
    only beside the file it is of, so one naming a file the version does not show is a
    mismatch, never a text left unchecked."""
    if not isinstance(texts, dict):
        raise _Mismatch("its transcripts are not readable.")
    shown = {
        index: attachment.get("sha256")
        for index, attachment in enumerate(attachments)
        if not attachment.get("redacted")
    }
    if not set(texts) <= set(shown.values()):
        raise _Mismatch("it shows a transcript of a file it does not show.")
    return {transcript_part(index): texts.get(sha256, "") for index, sha256 in shown.items()}


def _hex_map(version: dict[str, Any], key: str) -> dict[str, str]:
    value = version.get(key, {})
    if not isinstance(value, dict) or not all(
        isinstance(v, str) and _HEX64.match(v) for v in value.values()
    ):
        raise _Mismatch(f"its '{key}' are not a map of SHA-256-sized hexadecimal values.")
    return dict(value)


def _committed_content(
    version: dict[str, Any], fields: dict[str, Any], attachments: list[dict[str, Any]]
) -> str:
    """Content format 2: every shown part's commitment recomputed from its value and salt,
    combined with the withheld parts' commitments into the content hash. A part shown without
    its salt, or both shown and withheld, is a mismatch: nothing shown goes unchecked."""
    salts = _hex_map(version, "salts")
    withheld = _hex_map(version, "withheld")
    shown = _shown_parts(fields, attachments, withheld)
    if set(salts) & set(withheld):
        raise _Mismatch("a part is both disclosed and withheld.")
    unsalted = sorted(set(shown) - set(salts))
    if unsalted:
        raise _Mismatch(f"it shows {', '.join(unsalted)} without the salt that commits to it.")
    missing = sorted(set(salts) - set(shown))
    if missing:
        raise _Mismatch(f"it gives a salt for {', '.join(missing)} but not the value.")
    for index, attachment in enumerate(attachments):
        if attachment.get("redacted") and f"{ATTACHMENT_PREFIX}{index}" not in withheld:
            raise _Mismatch(f"its withheld file {index + 1} has no commitment.")
    commitments = {name: commitment(salts[name], name, value) for name, value in shown.items()}
    return combine(commitments | withheld)
