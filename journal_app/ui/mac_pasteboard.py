"""Text on the macOS pasteboard with the markers clipboard managers read (ctypes, no PyObjC).

Qt cannot write them: it puts every MIME type it has no converter for under a
`com.trolltech.anymime.` type, so `org.nspasteboard.ConcealedType` never reaches a clipboard
manager, and PySide6 does not wrap QUtiMimeConverter (the C++ way to add one). So the text is
written with AppKit's NSPasteboard directly, as Apple documents it: clear the pasteboard for
this Mac only (`prepareForNewContentsWithOptions:` with `NSPasteboardContentsCurrentHostOnly`,
which keeps it out of Universal Clipboard on the person's other Apple devices; macOS 10.12+,
else `clearContents`), add the nspasteboard.org markers `ConcealedType` and `TransientType`
(empty data: their presence is the message), then the text. Each Objective-C call goes through
`objc_msgSend` cast to its exact prototype, as arm64 requires.

Not run here (this is written and tested on Linux, where `available()` is False); what it
relies on is Apple's documented API and the nspasteboard.org convention.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from typing import Any

CONCEALED = "org.nspasteboard.ConcealedType"
TRANSIENT = "org.nspasteboard.TransientType"
PLAIN_TEXT = "public.utf8-plain-text"  # NSPasteboardTypeString
_UTF8 = 0x08000100  # kCFStringEncodingUTF8
_CURRENT_HOST_ONLY = 1  # NSPasteboardContentsCurrentHostOnly

_c = ctypes
_ID = _c.c_void_p


class _AppKit:
    """The few functions used, each with its exact C prototype."""

    def __init__(self) -> None:
        objc = _c.CDLL(ctypes.util.find_library("objc"))
        self.cf = _c.CDLL(ctypes.util.find_library("CoreFoundation"))
        _c.CDLL(ctypes.util.find_library("AppKit"))  # defines NSPasteboard (Qt loaded it too)
        objc.objc_getClass.restype = _ID
        objc.objc_getClass.argtypes = [_c.c_char_p]
        objc.sel_registerName.restype = _ID
        objc.sel_registerName.argtypes = [_c.c_char_p]
        self.cf.CFStringCreateWithCString.restype = _ID
        self.cf.CFStringCreateWithCString.argtypes = [_ID, _c.c_char_p, _c.c_uint32]
        self.cf.CFDataCreate.restype = _ID
        self.cf.CFDataCreate.argtypes = [_ID, _c.c_char_p, _c.c_long]
        self.cf.CFRelease.restype = None
        self.cf.CFRelease.argtypes = [_ID]
        self.objc = objc
        send = _c.cast(objc.objc_msgSend, _c.c_void_p).value
        if send is None:
            raise OSError("objc_msgSend not found")
        self.send_id = _c.CFUNCTYPE(_ID, _ID, _ID)(send)
        self.send_long = _c.CFUNCTYPE(_c.c_long, _ID, _ID)(send)
        self.send_long_ulong = _c.CFUNCTYPE(_c.c_long, _ID, _ID, _c.c_ulong)(send)
        self.send_bool_id = _c.CFUNCTYPE(_c.c_bool, _ID, _ID, _ID)(send)
        self.send_bool_id_id = _c.CFUNCTYPE(_c.c_bool, _ID, _ID, _ID, _ID)(send)

    def sel(self, name: str) -> Any:
        return self.objc.sel_registerName(name.encode("ascii"))

    def string(self, text: str) -> Any:
        return self.cf.CFStringCreateWithCString(None, text.encode("utf-8"), _UTF8)

    def write(self, text: str) -> bool:
        pasteboard_class = self.objc.objc_getClass(b"NSPasteboard")
        board = self.send_id(pasteboard_class, self.sel("generalPasteboard"))
        if not board:
            return False
        host_only = self.sel("prepareForNewContentsWithOptions:")
        if self.send_bool_id(board, self.sel("respondsToSelector:"), host_only):
            self.send_long_ulong(board, host_only, _CURRENT_HOST_ONLY)
        else:
            self.send_long(board, self.sel("clearContents"))
        owned = [self.cf.CFDataCreate(None, b"", 0)]
        try:
            set_data, set_string = self.sel("setData:forType:"), self.sel("setString:forType:")
            for marker in (CONCEALED, TRANSIENT):  # before the text: never a moment without
                owned.append(self.string(marker))
                self.send_bool_id_id(board, set_data, owned[0], owned[-1])
            owned += [self.string(text), self.string(PLAIN_TEXT)]
            return bool(self.send_bool_id_id(board, set_string, owned[-2], owned[-1]))
        finally:
            for ref in owned:
                if ref:
                    self.cf.CFRelease(ref)


_appkit: _AppKit | None = None


def available() -> bool:
    return sys.platform == "darwin" and bool(ctypes.util.find_library("objc"))


def write_concealed(text: str) -> bool:
    """Put `text` on the general pasteboard, marked; False if it could not (Qt then writes)."""
    global _appkit
    if not available():
        return False
    try:
        if _appkit is None:
            _appkit = _AppKit()
        return _appkit.write(text)
    except (OSError, AttributeError, ValueError, TypeError):
        return False
