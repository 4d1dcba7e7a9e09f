"""The seed page converts to exactly its truth: every article, headline role, paragraph and space."""

from proofer.app.pages import page_from_text, page_text
from proofer.core.formats.articles_json import to_dict

KEYS = ("kicker", "title", "subtitle", "paragraphs", "credit")


def _articles(seed_text: str) -> list[dict]:
    page = page_from_text(seed_text, "page.txt")
    out = to_dict(page_text(page), page.lines, "page.txt", provenance=False)
    return [{k: a[k] for k in KEYS} for a in out["articles"]]


def _sorted(articles: list[dict]) -> list[dict]:
    return sorted(articles, key=lambda a: a["paragraphs"][0] if a["paragraphs"] else "")


def test_seed_page_converts_to_exactly_its_truth(seed_text, seed_truth):
    truth = [{k: a.get(k) for k in KEYS} for a in seed_truth["articles"]]
    # the scorer ignores article order; the contents must match exactly
    assert _sorted(_articles(seed_text)) == _sorted(truth)


def test_seed_page_leaves_no_text_loose(seed_text):
    page = page_from_text(seed_text, "page.txt")
    assert page_text(page).loose == ()
