"""Keep None, True and False alive under PySide6 6.12 on Python 3.11.

PySide6 6.12 hands `None` back to Python without taking a reference for it: every call of a
method that returns nothing (`setText`, `show`, `addWidget`, ...), a null pointer (`parentWidget()`
of a window, `currentItem()` of an empty list) or an empty QVariant (`currentData()` of an item
without data) takes one reference away from `None`, and every `Signal.emit` takes one from
`True`. Measured on Linux: 1 per call, every time; PySide6 6.11.3 takes none. When a count
reaches zero Python aborts ("Fatal Python error: none_dealloc" or "bool_dealloc"), often only
as it exits and lets go of everything: in a bare script 50 emits or about 600 such calls were
enough. Python 3.12 made these objects immortal (PEP 683), so there nothing happens. Calls that
return nothing cannot be avoided, so on 3.11 the app gives the three objects what 3.12 gives
them: a reference count that no session can use up.
"""

from __future__ import annotations

import ctypes
import sys

# 2**60 on 64-bit builds, 2**28 on 32-bit ones: far beyond any session, far from overflow.
HEADROOM = 1 << (8 * ctypes.sizeof(ctypes.c_ssize_t) - 4)

_SINGLETONS = (None, True, False)


def protect_singletons() -> bool:
    """Give None, True and False `HEADROOM` extra references (once). True if that was done."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    # A build that traces references keeps two list pointers before the count: leave it alone.
    if hasattr(sys, "getobjects"):
        return False
    for obj in _SINGLETONS:
        if sys.getrefcount(obj) < HEADROOM:
            # In CPython 3.11 an object starts with its reference count (ob_refcnt).
            ctypes.c_ssize_t.from_address(id(obj)).value += HEADROOM
    return True
