"""The Qt editor window. Holds no text logic: it asks the core and shows the answer."""

from __future__ import annotations

import ctypes
import sys

if sys.version_info < (3, 12):
    # PySide6 6.12 assumes None is immortal (as from Python 3.12) and returns it from C++ calls
    # without a new reference: on 3.11 every processEvents()/paint takes one reference from
    # None until the interpreter aborts ("deallocating None"). Give None the immortal-sized
    # reference count it has on 3.12, before any Qt call is made.
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
