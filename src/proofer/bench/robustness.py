"""Robustness benchmark: a page with truth, disturbed as other extractors and OCR would disturb it.

``python -m proofer.bench robustness [PAGE.txt TRUTH.json] [--pages 40] [--swaps 1,3] [--spaces 0.05]
[--scorer PATH]``

Rules tuned on a few pages may fit those pages alone. Two disturbances stand in for newspapers
nobody here has seen, and the scorer's figures are printed for each:

* boxes swapped: ``SWAPS`` random pairs of neighbouring blank-line boxes change places (extractors
  emit text boxes in their own order);
* OCR spaces: a space put between two characters of a line at the given rate.

Then the page is printed as other papers print it, one page each, its truth changed alike
(``VARIANTS``): in traditional characters (a Hong Kong or Taiwan paper), with half-width marks
(some OCR and PDF fonts), with another paper's datelines (本报 → 晨报), and with all its
headline boxes emitted first or last (extractors bunch them).

The page defaults to the bundled seed page and its truth (``tests/data``); every disturbed page is
made from a fixed random seed, so the figures are the same on every run.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import regex

from ..core.chinese import convert
from .accuracy import DEFAULT_SCORER, convert_text, load_scorer

DATA = Path(__file__).resolve().parents[3] / "tests" / "data"
FIGURES = ("pages_perfect", "article_f1", "articles_exact", "headline_assignment", "paragraph_break_f1",
           "matched_cer")
_BOX_BREAK = regex.compile(r"\n\s*\n")
_WHITESPACE = regex.compile(r"\s+")  # (= str.isspace)


def swap_boxes(text: str, swaps: int, rnd: random.Random) -> str:
    """The page with ``swaps`` random pairs of neighbouring boxes (blank-line separated) swapped."""
    boxes = [b for b in _BOX_BREAK.split(text) if b.strip()]
    for _ in range(swaps):
        k = rnd.randrange(len(boxes) - 1)
        boxes[k], boxes[k + 1] = boxes[k + 1], boxes[k]
    return "\n\n".join(boxes) + "\n"


def ocr_spaces(text: str, rate: float, rnd: random.Random) -> str:
    """The page with a space put between two characters of a line at ``rate``."""
    out = []
    for line in text.split("\n"):
        chars = []
        for k, c in enumerate(line):
            chars.append(c)
            if k + 1 < len(line) and not c.isspace() and not line[k + 1].isspace() and rnd.random() < rate:
                chars.append(" ")
        out.append("".join(chars))
    return "\n".join(out)


def _both(change: Callable[[str], str]) -> Callable[[str, dict[str, Any]], tuple[str, dict[str, Any]]]:
    """A variant that changes the page's text and its truth's alike."""
    return lambda text, truth: (change(text), json.loads(change(json.dumps(truth, ensure_ascii=False))))


def _traditional(text: str) -> str:
    """``text`` as a traditional-character paper prints it. OpenCC converts phrase by phrase (了解 →
    瞭解, 了 alone stays 了), so the characters are converted as one run, whitespace put back where it
    was: a phrase cut by a line end or an OCR space reads as in the truth's paragraphs."""
    converted = iter(convert(_WHITESPACE.sub("", text), "s2t"))  # (no table we use changes a length)
    return "".join(c if c.isspace() else next(converted) for c in text)


def _in_truth(change: Callable[[str], str]) -> Callable[[str, dict[str, Any]], tuple[str, dict[str, Any]]]:
    """A variant that changes the page's text and each text of its truth alike, one text at a time."""

    def changed(value: Any) -> Any:
        if isinstance(value, str):
            return change(value)
        if isinstance(value, list):
            return [changed(v) for v in value]
        if isinstance(value, dict):
            return {k: changed(v) for k, v in value.items()}
        return value

    return lambda text, truth: (change(text), changed(truth))


def _half_width(text: str) -> str:
    return text.replace("。", ".").replace("，", ",").replace("：", ":").replace("；", ";")


def headline_boxes(text: str, truth: dict[str, Any], first: bool) -> tuple[str, dict[str, Any]]:
    """The page with the boxes that hold one headline of its truth emitted first (after the page's
    furniture at its top: boxes of no article) or last."""
    articles = truth["articles"]
    heads = {"".join(a[k].split()) for a in articles for k in ("kicker", "title", "subtitle") if a.get(k)}
    bodies = "".join("".join("".join(a["paragraphs"]).split()) for a in articles)
    boxes = [b for b in _BOX_BREAK.split(text) if b.strip()]
    head = [b for b in boxes if "".join(b.split()) in heads]
    rest = [b for b in boxes if "".join(b.split()) not in heads]
    top = 0
    while top < len(rest) and "".join(rest[top].split()) not in bodies:
        top += 1  # the page's furniture (its date, its section) stays on top
    order = rest[:top] + head + rest[top:] if first else rest + head
    return "\n\n".join(order) + "\n", truth


VARIANTS: dict[str, Callable[[str, dict[str, Any]], tuple[str, dict[str, Any]]]] = {
    "traditional": _in_truth(_traditional),
    "half-width marks": _both(_half_width),
    # (as long: the lines stay as set; letter-spaced or cut by a line end too)
    "another paper": _both(lambda t: regex.sub(r"本(\s*)报", r"晨\1报", t)),
    "headlines first": lambda text, truth: headline_boxes(text, truth, True),
    "headlines last": lambda text, truth: headline_boxes(text, truth, False),
}


def score(text: str, truth: dict[str, Any], scorer: Any) -> dict[str, Any]:
    return scorer.score_page(truth, convert_text(text, "page"))


def run(text: str, truth: dict[str, Any], scorer: Any, pages: int,
        disturb: Callable[[str, random.Random], str]) -> dict[str, float]:
    rows = [score(disturb(text, random.Random(seed)), truth, scorer) for seed in range(pages)]
    return scorer.summarize(rows)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m proofer.bench robustness")
    ap.add_argument("page", nargs="?", type=Path, default=DATA / "seed.txt")
    ap.add_argument("truth", nargs="?", type=Path, default=DATA / "seed.truth.json")
    ap.add_argument("--pages", type=int, default=40)
    ap.add_argument("--swaps", default="1,3", help="numbers of box swaps, comma separated")
    ap.add_argument("--spaces", type=float, default=0.05, help="rate of OCR spaces (0: none)")
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    args = ap.parse_args(argv)
    if not args.scorer.exists():
        print(f"scorer not found: {args.scorer} (pass --scorer PATH)")
        return 2
    scorer = load_scorer(args.scorer)
    text = args.page.read_text("utf-8")
    truth = json.loads(args.truth.read_text("utf-8"))
    print(f"{args.page.name}: {args.pages} disturbed pages each")
    print(f"{'disturbance':<22}" + "".join(f"{name:>21}" for name in FIGURES))
    cases: list[tuple[str, Callable[[str, random.Random], str]]] = [("as printed", lambda t, r: t)]
    for n in (int(s) for s in args.swaps.split(",") if s.strip()):
        cases.append((f"{n} box swap{'s' if n > 1 else ''}", lambda t, r, n=n: swap_boxes(t, n, r)))
    if args.spaces > 0:
        cases.append((f"OCR spaces {args.spaces:g}", lambda t, r: ocr_spaces(t, args.spaces, r)))
    for name, disturb in cases:
        summary = run(text, truth, scorer, 1 if name == "as printed" else args.pages, disturb)
        print(f"{name:<22}" + "".join(f"{summary[k]:>21.3f}" for k in FIGURES))
    for name, variant in VARIANTS.items():
        summary = scorer.summarize([score(*variant(text, truth), scorer)])
        print(f"{name:<22}" + "".join(f"{summary[k]:>21.3f}" for k in FIGURES))
    return 0
