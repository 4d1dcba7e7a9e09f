"""Speed benchmark: lines, proposal and reconstruction of a generated page of about 10,000 characters.

``python -m proofer.bench speed [--chars N] [--repeat R]``

The page is built from the bundled seed page (tests/data/seed.txt, else a synthetic page): its
blank-line-separated pieces are repeated, in a shuffled order, until the page holds N
non-space characters, so the engine meets interleaved pieces as on a real page.
"""

from __future__ import annotations

import argparse
import platform
import random
import time
from pathlib import Path

from ..core.analysis import page_lines, propose
from ..core.analysis.features import features_of
from ..core.reconstruct import reconstruct

SEED = Path(__file__).resolve().parents[3] / "tests" / "data" / "seed.txt"
SYNTHETIC_LINE = "本报讯（记者 王明）近日，某市总工会开展送温暖活动，为职工送去慰问品。"


def generated_page(chars: int = 10_000, seed: int = 7) -> str:
    text = SEED.read_text("utf-8") if SEED.exists() else _synthetic()
    pieces = [p for p in text.split("\n\n") if p.strip()]
    rng = random.Random(seed)
    out: list[str] = []
    total = 0
    while total < chars:
        batch = pieces[:]
        rng.shuffle(batch)
        for piece in batch:
            out.append(piece)
            total += sum(1 for c in piece if not c.isspace())
            if total >= chars:
                break
    return "\n\n".join(out) + "\n"


def _synthetic() -> str:
    pieces = []
    for k in range(12):
        lines = [SYNTHETIC_LINE[i : i + 14] for i in range(0, len(SYNTHETIC_LINE), 14)]
        pieces.append(f"标题第{k}号\n\n" + "\n".join(lines * 4))
    return "\n\n".join(pieces)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m proofer.bench speed")
    ap.add_argument("--chars", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args(argv)
    text = generated_page(args.chars)
    lines = page_lines(text)
    chars = sum(len("".join(line.text.split())) for line in lines)
    reconstruct(lines, propose(lines))  # warm caches
    reading, times = [], []
    for _ in range(args.repeat):
        features_of.cache_clear()  # each line measured anew, as on a page never seen
        start = time.perf_counter()
        lines = page_lines(text)  # the page's lines, glued columns parted
        read = time.perf_counter()
        reconstruct(lines, propose(lines))
        reading.append(read - start)
        times.append(time.perf_counter() - read)
    totals = [a + b for a, b in zip(reading, times, strict=True)]
    mean, best = sum(totals) / len(totals), min(totals)
    print(f"page: {len(lines)} lines, {chars} characters")
    print(f"lines+propose+reconstruct: {mean * 1000:.1f} ms per page (best {best * 1000:.1f}), {1 / mean:.1f} pages/s")
    # (parting glued lines measures every line: the engine reads those features, made once, after it)
    print(f"  best of its parts: lines made and parted {min(reading) * 1000:.1f} ms, "
          f"propose+reconstruct {min(times) * 1000:.1f} ms")
    print(f"machine: {_reference_ms():.0f} ms for a reference loop (compare figures taken on other machines by it)")
    print(f"python: {_interpreter()}")
    return 0


def _interpreter() -> str:
    """The interpreter's version and build: builds of one version differ by ~15% (profile-guided
    and link-time optimisation, a static or shared libpython), so figures name theirs."""
    build, when = platform.python_build()
    version = f"{platform.python_implementation()} {platform.python_version()}"
    return f"{version} ({build}, {' '.join(when.split())}, {platform.python_compiler()})"


def _reference_ms() -> float:
    """Milliseconds for a fixed loop of the work the engine does most (dict and set look-ups on
    short strings): a yardstick of the machine, best of three."""
    words = [chr(0x4E00 + k % 500) + chr(0x4E00 + k % 37) for k in range(20_000)]
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        counts: dict[str, int] = {}
        seen: set[str] = set()
        for _ in range(10):
            for w in words:
                counts[w] = counts.get(w, 0) + 1
                if w not in seen:
                    seen.add(w)
        best = min(best, time.perf_counter() - start)
    return best * 1000
