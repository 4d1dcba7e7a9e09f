"""Speed benchmark: lines, proposal and reconstruction of a generated page of about 10,000 characters.

``python -m proofer.bench speed [--chars N] [--repeat R] [--real DIR]``

The page is built from the bundled seed page (tests/data/seed.txt, else a synthetic page): its
blank-line-separated pieces are repeated, in a shuffled order, until the page holds N
non-space characters, so the engine meets interleaved pieces as on a real page. Its lines
repeat, though, and a line's features are made once a page: real pages cost more per
character. So real extracted pages (``--real DIR``, by default the workplace's dev pages in
``../shared/corpus/dev`` when present, read in place) are also joined into pages of N
characters and measured.
"""

from __future__ import annotations

import argparse
import platform
import random
import time
from pathlib import Path

from ..core.analysis import page_lines, propose
from ..core.analysis.features import features_of
from ..core.formats.rawpage import read_page
from ..core.reconstruct import reconstruct

SEED = Path(__file__).resolve().parents[3] / "tests" / "data" / "seed.txt"
DEV = Path(__file__).resolve().parents[4] / "shared" / "corpus" / "dev"  # the workplace's pages, read in place
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
    ap.add_argument("--real", type=Path, action="append", default=None,
                    help="folder of real pages (*.txt) joined into pages of --chars (default: ../shared/corpus/dev)")
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
    distinct = len({line.text for line in lines if line.text.strip()})
    content = sum(1 for line in lines if line.text.strip())
    print(f"  (its pieces repeat: {distinct} of its {content} text lines are distinct, and a line's features are"
          " made once a page)")
    folders = args.real if args.real is not None else [d for d in (DEV,) if d.is_dir()]
    for folder in folders:
        _real_pages(folder, args.chars)
    print(f"machine: {_reference_ms():.0f} ms for a reference loop (compare figures taken on other machines by it)")
    print(f"python: {_interpreter()}")
    return 0


def _real_pages(folder: Path, chars: int) -> None:
    """Propose+reconstruct on real extracted pages (read in place), joined in file order into pages
    of at least ``chars`` characters: text whose every line is new, unlike the generated page's."""
    texts = [read_page(p).text for p in sorted(folder.rglob("*.txt"))]
    pages, current, size = [], [], 0
    for text in texts:
        current.append(text)
        size += sum(1 for c in text if not c.isspace())
        if size >= chars:
            pages.append(("\n\n".join(current), size))
            current, size = [], 0
    if not pages:
        print(f"real pages: none of {chars} characters in {folder.name}")
        return
    total_ms = total_chars = 0.0
    for text, size in pages:
        best = float("inf")
        for _ in range(5):
            features_of.cache_clear()
            lines = page_lines(text)
            start = time.perf_counter()
            reconstruct(lines, propose(lines))
            best = min(best, time.perf_counter() - start)
        total_ms += best * 1000
        total_chars += size
    print(f"real pages ({folder.name}: {len(texts)} pages joined into {len(pages)} of {total_chars / len(pages):.0f} "
          f"characters): propose+reconstruct {total_ms / len(pages):.1f} ms per page at best, "
          f"{total_ms / total_chars * 10_000:.1f} ms per 10,000 characters")


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
