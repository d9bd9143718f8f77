"""The parameters file: round trip, refusal of damage, reading it as a hint, and SECURITY.md
test 18 (fuzzing)."""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from journal_app.core.errors import ParametersInvalid
from journal_app.vault import kdf
from journal_app.vault.kdf import FLOOR, KdfParams
from journal_app.vault.params import (
    MAX_FILE_BYTES,
    KeySlot,
    SettingsHints,
    VaultParameters,
    key_check,
    read_hints,
    read_parameters,
    write_parameters,
)

CHECK = "0123456789abcdef0123456789abcdef"
OTHER = KdfParams(128 * 1024, 3, 4)


def _valid_document() -> dict[str, Any]:
    return json.loads(VaultParameters(KeySlot(FLOOR, CHECK), KeySlot(OTHER, None)).to_bytes())


@pytest.mark.parametrize(
    "parameters",
    [
        VaultParameters(KeySlot(FLOOR, CHECK)),
        VaultParameters(KeySlot(FLOOR, None)),
        VaultParameters(KeySlot(FLOOR, CHECK), KeySlot(OTHER, CHECK[::-1])),
    ],
)
def test_round_trip(parameters: VaultParameters, tmp_path: Path) -> None:
    assert VaultParameters.from_bytes(parameters.to_bytes()) == parameters
    path = tmp_path / "notebook.json"
    write_parameters(path, parameters)
    assert read_parameters(path) == parameters
    assert [p.name for p in tmp_path.iterdir()] == ["notebook.json"]  # no temp file left behind


def test_file_is_readable_json_and_holds_nothing_secret() -> None:
    document = json.loads(VaultParameters(KeySlot(FLOOR, CHECK)).to_bytes())
    assert document["format"] == 1
    assert document["pending"] is None
    assert document["current"]["kdf"] == {
        "algorithm": "argon2id",
        "version": 0x13,
        "memory_kib": 65536,
        "time_cost": 3,
        "parallelism": 4,
    }
    assert set(document["current"]) == {"kdf", "key_check"}


def test_key_check_tells_keys_apart_without_revealing_them() -> None:
    key = bytearray(range(32))
    slot = KeySlot(FLOOR, key_check(key))
    assert slot.matches(key) is True
    assert slot.matches(bytearray(32)) is False
    assert KeySlot(FLOOR, None).matches(key) is None
    assert bytes(key).hex()[:32] not in slot.key_check  # type: ignore[operator]


def _mutated(path: tuple[str, ...], value: object) -> bytes:
    document = _valid_document()
    target = document
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return json.dumps(document).encode()


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"\xff\xfe\x00",
        b"not json",
        b"[]",
        b"null",
        b'"text"',
        b"{}",
        b"[" * 30_000 + b"]" * 30_000,
        b" " * (MAX_FILE_BYTES + 1),
        _mutated(("format",), 2),
        _mutated(("format",), "1"),
        _mutated(("current",), None),
        _mutated(("current",), []),
        _mutated(("current", "kdf"), None),
        _mutated(("current", "key_check"), "short"),
        _mutated(("current", "key_check"), 12345),
        _mutated(("current", "kdf", "memory_kib"), 2**40),
        _mutated(("current", "kdf", "memory_kib"), -1),
        _mutated(("current", "kdf", "memory_kib"), 65536.5),
        _mutated(("current", "kdf", "time_cost"), True),
        _mutated(("current", "kdf", "time_cost"), 1000),
        _mutated(("current", "kdf", "parallelism"), 1 << 31),
        _mutated(("current", "kdf", "algorithm"), "scrypt"),
        _mutated(("pending",), 5),
        _mutated(("pending", "kdf", "memory_kib"), 2**40),
        b'{"format": 1, "current": {"kdf": {"memory_kib": NaN}}}',
        b'{"format": 1e400}',
        # Python refuses to convert integers longer than 4300 digits with a bare ValueError.
        b'{"format": ' + b"9" * 5000 + b"}",
    ],
    ids=lambda raw: raw[:40].decode("utf-8", "replace"),
)
def test_damaged_files_are_refused_with_parameters_invalid(raw: bytes) -> None:
    started = time.perf_counter()
    with pytest.raises(ParametersInvalid):
        VaultParameters.from_bytes(raw)
    assert time.perf_counter() - started < 1.0


def test_oversized_file_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "notebook.json"
    with path.open("wb") as handle:
        handle.truncate(1024**3)  # a sparse 1 GiB file
    started = time.perf_counter()
    with pytest.raises(ParametersInvalid):
        read_parameters(path)
    assert time.perf_counter() - started < 1.0


# --------------------------------------------------------------------- fuzzing (test 18)
_json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=40)
)
_json_values = st.recursive(
    _json_scalars,
    lambda inner: (
        st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=12), inner, max_size=5)
    ),
    max_leaves=25,
)
_kdf_like = st.fixed_dictionaries(
    {
        "algorithm": st.sampled_from(["argon2id", "argon2i", ""]) | _json_scalars,
        "version": st.sampled_from([19, 16, 19.0]) | _json_scalars,
        "memory_kib": st.integers(min_value=-(2**64), max_value=2**64) | _json_scalars,
        "time_cost": st.integers(min_value=-5, max_value=2**40) | _json_scalars,
        "parallelism": st.integers(min_value=-5, max_value=2**40) | _json_scalars,
    }
)
_slot_like = st.fixed_dictionaries(
    {"kdf": _kdf_like | _json_values, "key_check": st.just(CHECK) | _json_scalars}
)
_document_like = st.fixed_dictionaries(
    {
        "format": st.just(1) | _json_scalars,
        "current": _slot_like | _json_values,
        "pending": st.none() | _slot_like | _json_values,
    }
)


def _assert_only_documented_outcome(raw: bytes) -> None:
    started = time.perf_counter()
    try:
        parsed = VaultParameters.from_bytes(raw)
    except ParametersInvalid:
        pass
    else:
        # Whatever is accepted is safe to use: no absurd cost reaches the key derivation.
        for slot in (parsed.current, parsed.pending):
            if slot is not None:
                slot.kdf.validate()
        assert VaultParameters.from_bytes(parsed.to_bytes()) == parsed
    assert time.perf_counter() - started < 1.0


_FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_FUZZ
@given(st.binary(max_size=2048))
@example(b'{"format": ' + b"9" * 5000 + b"}")
@example(b"\xef\xbb\xbf{}")
def test_fuzz_arbitrary_bytes(raw: bytes) -> None:
    _assert_only_documented_outcome(raw)


@_FUZZ
@given(_document_like)
def test_fuzz_structured_documents(document: dict[str, Any]) -> None:
    _assert_only_documented_outcome(json.dumps(document).encode("utf-8"))


@_FUZZ
@given(st.binary(min_size=1, max_size=64), st.integers(min_value=0, max_value=2000))
def test_fuzz_byte_damage_to_a_valid_file(damage: bytes, position: int) -> None:
    raw = bytearray(VaultParameters(KeySlot(FLOOR, CHECK), KeySlot(OTHER, None)).to_bytes())
    position %= len(raw)
    raw[position : position + len(damage)] = damage
    _assert_only_documented_outcome(bytes(raw))


@_FUZZ
@given(_json_values)
def test_fuzz_any_json_value(value: object) -> None:
    _assert_only_documented_outcome(json.dumps(value).encode("utf-8"))


# --------------------------------------------------------------------- reading as a hint (issue 10)
def _hints_of(raw: bytes, tmp_path: Path) -> SettingsHints:
    path = tmp_path / "notebook.json"
    path.write_bytes(raw)
    return read_hints(path)


def test_a_file_as_this_app_writes_it_is_genuine(tmp_path: Path) -> None:
    parameters = VaultParameters(KeySlot(FLOOR, CHECK), KeySlot(OTHER, CHECK[::-1]), "ab" * 16)
    hints = _hints_of(parameters.to_bytes(), tmp_path)
    assert hints.genuine == parameters and not hints.altered and hints.interrupted_change
    assert hints.slots == (parameters.current, parameters.pending)
    assert hints.salt == "ab" * 16


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("pending",), "garbage"),
        (("pending", "kdf", "memory_kib"), 2**40),
        (("pending", "kdf", "time_cost"), 10),
        (("pending", "key_check"), None),
        (("current", "key_check"), None),
        (("current", "key_check"), "short"),
        (("salt",), "not hex"),
    ],
    ids=repr,
)
def test_what_is_still_usable_is_kept_and_the_file_called_altered(
    tmp_path: Path, path: tuple[str, ...], value: object
) -> None:
    hints = _hints_of(_mutated(path, value), tmp_path)
    assert hints.altered and hints.genuine is None and not hints.interrupted_change
    assert FLOOR in [slot.kdf for slot in hints.slots]


@pytest.mark.parametrize(
    "kdf_change",
    [
        {"memory_kib": 2048 * 1024, "time_cost": 10, "parallelism": 16},
        {"memory_kib": 96 * 1024},
        {"time_cost": 2},
        {"parallelism": 2},
        {"memory_kib": 2 * 1024 * 1024 + 1},
    ],
    ids=repr,
)
def test_settings_this_app_never_writes_are_never_offered(
    tmp_path: Path, kdf_change: dict[str, Any]
) -> None:
    document = _valid_document()
    document["current"]["kdf"].update(kdf_change)
    document["pending"] = None
    hints = _hints_of(json.dumps(document).encode(), tmp_path)
    assert hints.slots == () and hints.altered


@pytest.mark.parametrize(
    "params",
    [*kdf.memory_steps(), KdfParams(1024, 1, 1), KdfParams(60 * 1024, 3, 4)],
    ids=repr,
)
def test_known_settings_are_the_steps_and_cheaper_than_the_floor(params: KdfParams) -> None:
    assert kdf.is_known_setting(params)
    assert kdf.require_known_setting(params) == params


@pytest.mark.parametrize(
    "params",
    [
        KdfParams(64 * 1024, 1, 4),
        KdfParams(64 * 1024, 3, 2),
        KdfParams(96 * 1024, 3, 4),
        KdfParams(2048 * 1024, 3, 4),
        KdfParams(2048 * 1024, 10, 16),
        KdfParams(1024, 4, 1),
        KdfParams(2**40, 3, 4),
    ],
    ids=repr,
)
def test_anything_else_is_not_a_known_setting(params: KdfParams) -> None:
    assert not kdf.is_known_setting(params)
    with pytest.raises(ParametersInvalid):
        kdf.require_known_setting(params)


def test_a_missing_file_is_missing_not_altered(tmp_path: Path) -> None:
    hints = read_hints(tmp_path / "notebook.json")
    assert hints.missing and not hints.altered and hints.slots == ()


def test_a_pipe_or_folder_in_the_files_place_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    folder = tmp_path / "folder.json"
    folder.mkdir()
    started = time.perf_counter()
    for path in (fifo, folder):
        hints = read_hints(path)
        assert hints.altered and hints.slots == ()
    assert time.perf_counter() - started < 1.0


@_FUZZ
@given(st.binary(max_size=2048))
def test_fuzz_hints_never_raise_and_offer_only_known_settings(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "notebook.json"
        path.write_bytes(raw)
        hints = read_hints(path)
    assert all(kdf.is_known_setting(slot.kdf) for slot in hints.slots)


@_FUZZ
@given(_document_like)
def test_fuzz_structured_hints_offer_only_known_settings(document: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "notebook.json"
        path.write_bytes(json.dumps(document).encode("utf-8"))
        hints = read_hints(path)
    assert all(kdf.is_known_setting(slot.kdf) for slot in hints.slots)
