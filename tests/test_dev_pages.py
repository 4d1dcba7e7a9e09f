"""Floors on the scorer's figures for the shared dev pages, so that regressions show.

The dev pages are read in place from ``<repo>/../shared`` (never copied); the tests skip when
that folder is absent. Floors sit a little below what the engine reaches.
"""

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SCORER = SHARED / "tools" / "score.py"
CORPUS = SHARED / "corpus"

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="shared corpus not present")

FLOORS = {
    "seed": {"pages_perfect": 1.0, "article_f1": 1.0, "headline_assignment": 1.0, "paragraph_break_f1": 1.0},
    "dev/pdfminer": {
        "pages_perfect": 0.33,
        "article_f1": 0.96,
        "article_cohesion": 0.90,
        "headline_assignment": 0.95,
        "paragraph_break_f1": 0.75,
    },
    "dev/pdftotext": {
        "article_f1": 0.96,
        "article_cohesion": 0.93,
        "headline_assignment": 0.80,
        "paragraph_break_f1": 0.75,
    },
}
# the layout's own figures (articles' pieces, paragraph breaks), raised apart from the rows above
LAYOUT_FLOORS = {
    "dev/pdfminer": {"article_cohesion": 0.985, "paragraph_break_f1": 0.935},
    "dev/pdftotext": {"article_cohesion": 0.978, "paragraph_break_f1": 0.925},
}
CER_CEILINGS = {"seed": 0.0, "dev/pdfminer": 0.02, "dev/pdftotext": 0.046}


@pytest.mark.parametrize("folder", sorted(FLOORS))
def test_dev_figures_stay_above_their_floors(folder):
    from proofer.bench.accuracy import load_scorer, score_folder

    summary, rows = score_folder(CORPUS / folder, load_scorer(SCORER))
    assert rows, f"no pages with truth in {folder}"
    for metric, floor in {**FLOORS[folder], **LAYOUT_FLOORS.get(folder, {})}.items():
        assert summary[metric] >= floor, f"{folder} {metric} {summary[metric]:.4f} < {floor}"
    assert summary["matched_cer"] <= CER_CEILINGS[folder]
