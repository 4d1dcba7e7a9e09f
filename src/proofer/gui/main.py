"""Entry point of the editor window (to be built: issue 3)."""

from __future__ import annotations

from pathlib import Path


def run(path: Path | None) -> int:
    raise SystemExit("proofer gui: not built yet")
