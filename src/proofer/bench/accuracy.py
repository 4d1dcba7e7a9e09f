"""Accuracy benchmark: convert every page of folders with truth and print the scorer's figures.

``python -m proofer.bench accuracy DIR [DIR...] [--scorer PATH] [--per-page] [--out DIR]``

Pages are converted in-process (propose + reconstruct + article JSON). The scorer is the shared
one, found at ``<repo>/../shared/tools/score.py`` unless ``--scorer`` names another.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

from ..core.analysis import page_lines, propose
from ..core.formats import articles_json
from ..core.formats.rawpage import read_page
from ..core.reconstruct import reconstruct

REPO = Path(__file__).resolve().parents[3]
DEFAULT_SCORER = REPO.parent / "shared" / "tools" / "score.py"


def load_scorer(path: Path = DEFAULT_SCORER) -> ModuleType:
    spec = importlib.util.spec_from_file_location("proofer_shared_score", path)
    if spec is None or spec.loader is None:
        raise FileNotFoundError(path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def convert(path: Path) -> dict[str, Any]:
    return convert_text(read_page(path).text, path.name)


def convert_text(text: str, source: str) -> dict[str, Any]:
    """A page's decoded text as the scorer reads it: article JSON without provenance."""
    lines = page_lines(text)
    page = reconstruct(lines, propose(lines))
    return articles_json.to_dict(page, lines, source, provenance=False)


def page_pairs(folder: Path) -> list[tuple[str, Path, Path]]:
    """(name, raw page, truth) for every page of a folder that has truth."""
    out = []
    for truth in sorted(folder.glob("*.truth.json")):
        name = truth.name[: -len(".truth.json")]
        raw = truth.with_name(name + ".txt")
        if not raw.exists():
            raw = truth.with_name("page.txt")
        if raw.exists():
            out.append((name, raw, truth))
    return out


def score_folder(folder: Path, scorer: ModuleType, out: Path | None = None) -> tuple[dict[str, Any], list]:
    rows = []
    for name, raw, truth in page_pairs(folder):
        pred = convert(raw)
        if out is not None:
            out.mkdir(parents=True, exist_ok=True)
            (out / f"{name}.json").write_text(json.dumps(pred, ensure_ascii=False, indent=1), "utf-8")
        rows.append((name, scorer.score_page(json.loads(truth.read_text("utf-8")), pred)))
    if not rows:
        return {}, rows
    return scorer.summarize([r for _, r in rows]), rows


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m proofer.bench accuracy")
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    ap.add_argument("--per-page", action="store_true", help="also print each page's counts")
    ap.add_argument("--out", type=Path, help="write each page's article JSON into this folder")
    args = ap.parse_args(argv)
    if not args.scorer.exists():
        print(f"scorer not found: {args.scorer} (pass --scorer PATH)")
        return 2
    scorer = load_scorer(args.scorer)
    for folder in args.folders:
        summary, rows = score_folder(folder, scorer, args.out / folder.name if args.out else None)
        print(f"== {folder} ({len(rows)} pages)")
        if args.per_page:
            for name, r in rows:
                print(
                    f"  {name}: truth {r['truth_articles']} pred {r['pred_articles']} matched {r['matched']} "
                    f"exact {r['exact_articles']} heads {r['headlines_assigned']}/{r['headlines']} "
                    f"breaks tp {r['break_tp']} fp {r['break_fp']} fn {r['break_fn']}"
                )
        for key, value in summary.items():
            print(f"{key:22s} {value:.4f}" if isinstance(value, float) else f"{key:22s} {value}")
    return 0
