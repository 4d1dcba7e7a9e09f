"""Batch benchmark: ``python -m proofer.bench batch [--pages 1000] [--chars 5000] [--jobs N]``.

Generates an issue of pages from the bundled sample page (its column pieces shuffled and
renumbered, so no two pages are alike; no corpus text), then cleans it with ``--jobs 1`` and
with every core, and prints pages/s, the speed-up and peak memory. It also prints where a
page's time goes (engine, reconstruction, each exporter, writing), so the pipeline's own share
is known apart from the engine's, and the cost of a resumed run that has nothing to do.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

import regex

from ..app.batch import DEFAULT_FORMATS, cpu_count, run
from ..app.export import ALL_FORMATS, export_result
from ..core.analysis import page_lines, propose
from ..core.formats.atomic import write_atomic
from ..core.formats.rawpage import read_page
from ..core.model import Page
from ..core.reconstruct import reconstruct

SAMPLE = Path(__file__).resolve().parents[3] / "resources" / "sample" / "page.txt"
_NUMBER = regex.compile(r"\d+")


def sample_text() -> str:
    return SAMPLE.read_text("utf-8")


def generate_issue(folder: Path, pages: int, chars: int = 5000, seed: int = 1) -> list[Path]:
    """``pages`` page files of about ``chars`` characters each, made from the sample page."""
    pieces = [p for p in regex.split(r"\n\s*\n", sample_text()) if p.strip()]
    folder.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(seed)
    out = []
    for k in range(1, pages + 1):
        chosen: list[str] = []
        size = 0
        while size < chars:
            piece = rnd.choice(pieces)
            piece = _NUMBER.sub(lambda m: str(rnd.randint(1, 10 ** len(m.group()))), piece)
            chosen.append(piece)
            size += len(piece)
        path = folder / f"p{k:04d}.txt"
        path.write_text("\n\n".join(chosen) + "\n", "utf-8")
        out.append(path)
    return out


def _clean(issue: Path, out: Path, jobs: int, formats: tuple[str, ...]) -> tuple[float, int]:
    shutil.rmtree(out, ignore_errors=True)
    t = time.perf_counter()
    report = run([issue], out, formats, None, jobs, force=True, progress_stream=io.StringIO())
    return time.perf_counter() - t, report.cleaned


def _profile(pages: list[Path], out: Path) -> dict[str, float]:
    """Milliseconds per page for each step, measured in this process on the given pages."""
    steps: dict[str, float] = {}

    def add(name: str, since: float) -> float:
        now = time.perf_counter()
        steps[name] = steps.get(name, 0.0) + (now - since) * 1000
        return now

    out.mkdir(parents=True, exist_ok=True)
    for path in pages:
        t = time.perf_counter()
        raw = read_page(path)
        t = add("read", t)
        lines = page_lines(raw.text)
        page = Page(path.name, lines, propose(lines))
        t = add("engine", t)
        result = reconstruct(page.lines, page.decisions)
        t = add("reconstruct", t)
        for fmt in ALL_FORMATS:
            data = export_result(result, page, fmt)
            t = add(f"export {fmt}", t)
            write_atomic(out / f"{path.stem}.{fmt}", data, durable=False)
            t = add("write", t)
    return {k: v / len(pages) for k, v in steps.items()}


def _create_cost(folder: Path, n: int = 200) -> float:
    """Milliseconds to create one file here: the floor under atomic writes (a new file per output)."""
    folder.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    for k in range(n):
        (folder / f"f{k}").write_bytes(b"")
    return (time.perf_counter() - t) * 1000 / n


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m proofer.bench batch")
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--chars", type=int, default=5000)
    parser.add_argument("--jobs", type=int, default=cpu_count())
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="proofer-bench-") as tmp:
        root = Path(tmp)
        issue = root / "issue"
        paths = generate_issue(issue, args.pages, args.chars)
        size = sum(len(p.read_text("utf-8")) for p in paths) / len(paths)
        print(f"issue: {args.pages} pages, {size:.0f} characters per page on average; {args.jobs} cores; "
              f"load average before the run {os.getloadavg()[0]:.2f} (other work on the machine skews the figures)")
        profile = _profile(paths[: min(100, len(paths))], root / "profile")
        total = sum(profile.values())
        print("per page (ms, one process): " + ", ".join(f"{k} {v:.2f}" for k, v in profile.items())
              + f"; total {total:.2f}")
        own = total - profile["engine"]
        print(f"  pipeline share (all but the engine): {own:.2f} ms = {100 * own / total:.0f}%")
        create = _create_cost(root / "create")
        print(f"  creating a file on this disk: {create:.2f} ms ({len(DEFAULT_FORMATS)} per page = "
              f"{create * len(DEFAULT_FORMATS):.2f} ms of the page's time)")
        serial, n1 = _clean(issue, root / "out1", 1, DEFAULT_FORMATS)
        parallel, n2 = _clean(issue, root / "outN", args.jobs, DEFAULT_FORMATS)
        json_only, _ = _clean(issue, root / "outJ", args.jobs, ("json",))
        t = time.perf_counter()
        resumed = run([issue], root / "outN", DEFAULT_FORMATS, None, args.jobs, progress_stream=io.StringIO())
        resume_s = time.perf_counter() - t
        assert n1 == n2 == args.pages, (n1, n2)
        print(f"all formats ({','.join(DEFAULT_FORMATS)}):")
        print(f"  --jobs 1: {n1 / serial:7.1f} pages/s ({serial:.2f} s)")
        print(f"  --jobs {args.jobs}: {n2 / parallel:7.1f} pages/s ({parallel:.2f} s), "
              f"{n2 / parallel / args.jobs:.1f} pages/s per core")
        print(f"  speed-up: {serial / parallel:.2f}x on {args.jobs} cores")
        print(f"json only, --jobs {args.jobs}: {args.pages / json_only:7.1f} pages/s ({json_only:.2f} s)")
        print(f"resumed run with nothing to do: {resume_s:.2f} s ({resumed.up_to_date} pages up to date)")
        me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"peak memory: {me:.0f} MB this process, {kids:.0f} MB largest worker")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
