"""Progress of a batch: a redrawn bar on a terminal, plain lines in a log.

On a terminal (stderr is a tty) one line is redrawn at most ten times a second: pages done,
pages/s, ETA. Elsewhere (cron, a log file) a plain line every ten seconds or every tenth of the
work. Messages (a failed page) are printed on their own line without tearing the bar.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

BAR = 24


class Progress:
    def __init__(self, total: int, stream: TextIO | None = None, tty: bool | None = None) -> None:
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.done = 0
        self.failed = 0
        self.start = time.monotonic()
        self._drawn = 0.0
        self._logged_at = self.start
        self._logged_done = 0
        self._bar_shown = False

    def advance(self, pages: int = 1, failed: int = 0) -> None:
        self.done += pages
        self.failed += failed
        now = time.monotonic()
        if self.tty:
            if now - self._drawn >= 0.1 or self.done >= self.total:
                self._drawn = now
                self._draw()
        elif now - self._logged_at >= 10 or self.done - self._logged_done >= max(1, self.total // 10):
            self._logged_at, self._logged_done = now, self.done
            self.stream.write(f"proofer batch: {self._figures()}\n")
            self.stream.flush()

    def message(self, text: str) -> None:
        if self._bar_shown:
            self.stream.write("\r\x1b[K")
        self.stream.write(text + "\n")
        if self._bar_shown:
            self._draw()
        else:
            self.stream.flush()

    def close(self) -> None:
        if self._bar_shown:
            self._draw()
            self.stream.write("\n")
            self.stream.flush()
            self._bar_shown = False

    @property
    def rate(self) -> float:
        elapsed = time.monotonic() - self.start
        return self.done / elapsed if elapsed > 0 else 0.0

    def _figures(self) -> str:
        rate = self.rate
        eta = (self.total - self.done) / rate if rate > 0 else 0.0
        failed = f", {self.failed} failed" if self.failed else ""
        return f"{self.done}/{self.total} pages, {rate:.1f} pages/s, ETA {_clock(eta)}{failed}"

    def _draw(self) -> None:
        filled = BAR * self.done // self.total if self.total else BAR
        bar = "█" * filled + "░" * (BAR - filled)
        pct = 100 * self.done // self.total if self.total else 100
        self.stream.write(f"\r\x1b[K{pct:3d}% {bar} {self._figures()}")
        self.stream.flush()
        self._bar_shown = True


def _clock(seconds: float) -> str:
    s = int(seconds + 0.5)
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"
