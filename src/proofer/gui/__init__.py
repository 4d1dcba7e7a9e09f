"""The Qt editor window. Holds no text logic: it asks the core and shows the answer."""

from __future__ import annotations

import ctypes
import sys

if sys.version_info < (3, 12):
    # PySide6 6.12 assumes None, True and False are immortal (as from Python 3.12) and hands
    # them over without a new reference: on 3.11 every processEvents()/paint/event filter takes
    # a reference away until the interpreter aborts ("deallocating None"). Give them the
    # immortal-sized reference count they have on 3.12, before any Qt call is made.
    for _obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_obj)).value += 1 << 40
