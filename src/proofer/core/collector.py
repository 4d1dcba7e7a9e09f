"""Python's cyclic garbage collector paused over a page's work (the engine's, the reconstruction's)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused for the block (if it runs at all).

    A page makes tens of thousands of short-lived containers (candidate pairs, bigram sets,
    feature tuples, the reconstruction's spans) that reference counting frees as they go; the
    collector's scans, set off every few hundred of them, find nothing to free, yet cost a few
    per cent of a page's time
    (more in a long batch, whose heap they walk). Any cycle made meanwhile is collected when
    it runs again.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
