"""Argon2id key derivation and its calibration to discrete steps (SECURITY.md, "Key derivation").

Parallelism is fixed at p=4 (the floor) rather than min(4, cores): on a two-core laptop
min(4, cores) would put p below the floor, and a vault moved between machines would need every
p to be tried when its parameters file is lost. Extra lanes on fewer cores only cost time, and
calibration measures time. Memory doubles in fixed steps so recovery has few candidates.
"""

from __future__ import annotations

import ctypes
import os
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from argon2.low_level import ARGON2_VERSION, Type, hash_secret_raw

from journal_app.core.errors import ParametersInvalid

KEY_BYTES = 32
SALT_BYTES = 16
MIB_IN_KIB = 1024

FLOOR_MEMORY_KIB = 64 * MIB_IN_KIB
FLOOR_TIME_COST = 3
PARALLELISM = 4
MEMORY_CAP_KIB = 1024 * MIB_IN_KIB
# Values beyond these are refused before any work, so a damaged file cannot exhaust memory.
ABSURD_MEMORY_KIB = 2048 * MIB_IN_KIB
ABSURD_TIME_COST = 10
ABSURD_PARALLELISM = 16

# Calibration picks the largest step whose fastest of three derivations stays within this
# many seconds. Every unlock derives two keys (both journals, vault.attempt.first_round), in
# parallel where there are two cores, so an unlock takes about twice this on a two-core
# laptop: about 1.5 s. The fastest run, not the median, so that a machine busy with
# something else during calibration does not pick a setting too small for its real speed;
# and the largest step within the limit, not the first past a target, so a slow machine is
# never given a setting far beyond it.
CALIBRATION_LIMIT_SECONDS = 0.75
CALIBRATION_RUNS = 3


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    time_cost: int
    parallelism: int

    def validate(self) -> KdfParams:
        """Refuse absurd or impossible values quickly, before any memory is allocated."""
        for value in (self.memory_kib, self.time_cost, self.parallelism):
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ParametersInvalid("The journal's settings file holds an invalid value.")
        if self.memory_kib > ABSURD_MEMORY_KIB:
            raise ParametersInvalid("The journal's settings file asks for too much memory.")
        if self.time_cost > ABSURD_TIME_COST or self.parallelism > ABSURD_PARALLELISM:
            raise ParametersInvalid("The journal's settings file holds an out-of-range value.")
        if self.memory_kib < 8 * self.parallelism:
            raise ParametersInvalid("The journal's settings file holds an invalid value.")
        return self

    def to_json(self) -> dict[str, object]:
        return {
            "algorithm": "argon2id",
            "version": ARGON2_VERSION,
            "memory_kib": self.memory_kib,
            "time_cost": self.time_cost,
            "parallelism": self.parallelism,
        }

    @classmethod
    def from_json(cls, data: object) -> KdfParams:
        if not isinstance(data, dict):
            raise ParametersInvalid("The journal's settings file is damaged.")
        if data.get("algorithm") != "argon2id" or data.get("version") != ARGON2_VERSION:
            raise ParametersInvalid("The journal's settings file names an unknown method.")
        params = cls(data.get("memory_kib"), data.get("time_cost"), data.get("parallelism"))  # type: ignore[arg-type]
        return params.validate()


FLOOR = KdfParams(FLOOR_MEMORY_KIB, FLOOR_TIME_COST, PARALLELISM)


def derive_key(passphrase: bytearray, salt: bytes, params: KdfParams) -> bytearray:
    """Argon2id(passphrase, salt) -> 32-byte key in a bytearray the caller wipes."""
    params.validate()
    if len(salt) != SALT_BYTES:
        raise ValueError("salt must be 16 bytes")
    raw = hash_secret_raw(
        secret=bytes(passphrase),
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
        version=ARGON2_VERSION,
    )
    return bytearray(raw)


def memory_cap_kib(total_ram_bytes: int | None = None) -> int:
    """min(1 GiB, RAM/4), never below the floor."""
    ram = total_ram_bytes if total_ram_bytes is not None else _total_ram_bytes()
    cap = MEMORY_CAP_KIB if ram is None else min(MEMORY_CAP_KIB, ram // 4 // 1024)
    return max(FLOOR_MEMORY_KIB, cap)


def memory_steps(cap_kib: int = MEMORY_CAP_KIB) -> Iterator[KdfParams]:
    """The discrete settings calibration may choose, smallest first."""
    memory = FLOOR_MEMORY_KIB
    while memory <= cap_kib:
        yield KdfParams(memory, FLOOR_TIME_COST, PARALLELISM)
        memory *= 2


_STEPS = frozenset(memory_steps())


def is_known_setting(params: KdfParams) -> bool:
    """True for a setting this app writes: a calibration step, or one cheaper than the floor
    in every respect (only ever given explicitly to `Vault.create`, as the tests do).

    Settings files are read through this filter, so a planted value can never make a try
    cost more than the largest step (SECURITY.md: the settings file is a hint).
    """
    if params in _STEPS:
        return True
    try:
        params.validate()
    except ParametersInvalid:
        return False
    return (
        params.memory_kib < FLOOR_MEMORY_KIB
        and params.time_cost <= FLOOR_TIME_COST
        and params.parallelism <= PARALLELISM
    )


def require_known_setting(params: KdfParams) -> KdfParams:
    """`params`, validated, if a vault keyed with it could be opened again; else refuse it."""
    params.validate()
    if not is_known_setting(params):
        raise ParametersInvalid(
            "This key setting is not one the app uses, so the journal could not be opened again."
        )
    return params


def cost(params: KdfParams) -> int:
    """Argon2's work grows with memory times passes; used to order and bound searches."""
    return params.memory_kib * params.time_cost


def calibrate(
    *,
    timer: Callable[[KdfParams], float] | None = None,
    total_ram_bytes: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> KdfParams:
    """Pick the largest step whose fastest of CALIBRATION_RUNS derivations stays within
    CALIBRATION_LIMIT_SECONDS; never below the floor, never above the memory cap.

    `timer` measures one derivation and exists so tests can check the choice with mocked times.
    """
    measure = timer or _time_one_derivation
    steps = list(memory_steps(memory_cap_kib(total_ram_bytes)))
    chosen = FLOOR
    for index, params in enumerate(steps):
        if progress is not None:
            progress(index, len(steps))
        fastest = min(measure(params) for _ in range(CALIBRATION_RUNS))
        if fastest > CALIBRATION_LIMIT_SECONDS:
            break  # a bigger step would only be slower (and could exhaust memory)
        chosen = params
    if progress is not None:
        progress(len(steps), len(steps))
    return chosen


def _time_one_derivation(params: KdfParams) -> float:
    probe = bytearray(b"calibration probe")
    started = time.perf_counter()
    key = derive_key(probe, os.urandom(SALT_BYTES), params)
    elapsed = time.perf_counter() - started
    key[:] = bytes(len(key))
    return elapsed


def _total_ram_bytes(platform: str | None = None) -> int | None:
    """This computer's physical memory, or None when no probe can tell (the cap is then 1 GiB).

    Windows has no os.sysconf: GlobalMemoryStatusEx. macOS: sysctl hw.memsize, then
    os.sysconf (which Python provides there too). Other POSIX systems: os.sysconf.
    """
    platform = platform or sys.platform
    probes: tuple[Callable[[], int | None], ...]
    if platform == "win32":
        probes = (_windows_ram,)
    elif platform == "darwin":
        probes = (_macos_ram, _sysconf_ram)
    else:
        probes = (_sysconf_ram,)
    for probe in probes:
        try:
            ram = probe()
        except (ValueError, OSError, AttributeError, TypeError):
            continue
        if isinstance(ram, int) and ram > 0:
            return ram
    return None


def _sysconf_ram() -> int | None:
    return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")


class _MemoryStatusEx(ctypes.Structure):
    """MEMORYSTATUSEX (sysinfoapi.h): 64 bytes, dwLength set before the call."""

    _fields_ = [
        ("dwLength", ctypes.c_uint32),
        ("dwMemoryLoad", ctypes.c_uint32),
        ("ullTotalPhys", ctypes.c_uint64),
        ("ullAvailPhys", ctypes.c_uint64),
        ("ullTotalPageFile", ctypes.c_uint64),
        ("ullAvailPageFile", ctypes.c_uint64),
        ("ullTotalVirtual", ctypes.c_uint64),
        ("ullAvailVirtual", ctypes.c_uint64),
        ("ullAvailExtendedVirtual", ctypes.c_uint64),
    ]


def _windows_ram() -> int | None:
    status = _MemoryStatusEx()
    status.dwLength = ctypes.sizeof(_MemoryStatusEx)
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    if not kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):
        return None
    return int(status.ullTotalPhys)


def _macos_ram() -> int | None:
    libc = ctypes.CDLL(None)
    value = ctypes.c_uint64(0)
    size = ctypes.c_size_t(ctypes.sizeof(value))
    if libc.sysctlbyname(b"hw.memsize", ctypes.byref(value), ctypes.byref(size), None, 0) != 0:
        return None
    return int(value.value)
