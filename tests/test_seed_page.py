"""The seed page converts to exactly its truth: every article, headline role, paragraph and space."""

import json

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


def test_seed_page_with_all_its_headlines_bunched_at_the_top_still_converts_to_its_truth(seed_text, seed_truth):
    # extractors often emit the headline boxes together, far from their texts
    truth = [{k: a.get(k) for k in KEYS} for a in seed_truth["articles"]]
    headlines = {"".join(a[k].split()) for a in truth for k in ("kicker", "title", "subtitle") if a[k]}
    pieces = [p for p in seed_text.split("\n\n") if p.strip()]
    is_headline = ["".join(p.split()) in headlines for p in pieces]
    assert sum(is_headline) >= 6  # the seed page sets its headlines in boxes of their own
    bunched = [p for p, h in zip(pieces, is_headline, strict=True) if h]
    bunched += [p for p, h in zip(pieces, is_headline, strict=True) if not h]
    assert _sorted(_articles("\n\n".join(bunched) + "\n")) == _sorted(truth)


def test_seed_page_with_its_headline_boxes_emitted_last_still_converts_to_its_truth(seed_text, seed_truth):
    # two titles then come after their subtitles, which share a box of their own in the text
    truth = [{k: a.get(k) for k in KEYS} for a in seed_truth["articles"]]
    headlines = {"".join(a[k].split()) for a in truth for k in ("kicker", "title", "subtitle") if a[k]}
    pieces = [p for p in seed_text.split("\n\n") if p.strip()]
    is_headline = ["".join(p.split()) in headlines for p in pieces]
    last = [p for p, h in zip(pieces, is_headline, strict=True) if not h]
    last += [p for p, h in zip(pieces, is_headline, strict=True) if h]
    assert _sorted(_articles("\n\n".join(last) + "\n")) == _sorted(truth)


def test_seed_page_opened_by_another_papers_or_an_agencys_datelines_still_converts_to_its_truth(seed_text, seed_truth):
    # the rules know how datelines are made, not one paper's: 本报讯 is this paper's own
    for source in ("京华时报讯", "人民网北京1月3日电", "中央社台北3日电"):
        truth = [{k: a.get(k) for k in KEYS} for a in seed_truth["articles"]]
        for a in truth:
            a["paragraphs"] = [p.replace("本报讯", source) for p in a["paragraphs"]]
        assert _sorted(_articles(seed_text.replace("本报讯", source))) == _sorted(truth), source


def test_seed_page_in_traditional_characters_converts_to_its_truth_in_traditional_characters(seed_text, seed_truth):
    # a Hong Kong or Taiwan paper (本報訊（記者 王路曼）… 孫妍 攝): read as the rules are written, printed as it is
    from proofer.core.chinese import convert

    truth = [{k: a.get(k) for k in KEYS} for a in seed_truth["articles"]]
    traditional = json.loads(convert(json.dumps(truth, ensure_ascii=False), "s2t"))
    text = convert(seed_text, "s2t")
    assert "本報訊" in text and "攝" in text
    assert _sorted(_articles(text)) == _sorted(traditional)


def test_seed_page_with_half_width_marks_converts_to_its_truth_with_them(seed_text, seed_truth):
    # OCR and some PDF fonts give half-width marks after Han text: read as marks, printed as they are
    def half(s: str) -> str:
        return s.replace("。", ".").replace("，", ",").replace("：", ":")

    truth = [{k: a.get(k) for k in KEYS} for a in seed_truth["articles"]]
    truth = json.loads(half(json.dumps(truth, ensure_ascii=False)))
    assert _sorted(_articles(half(seed_text))) == _sorted(truth)


def test_seed_page_with_a_headline_box_swapped_over_another_articles_dateline_still_converts_to_its_truth(
    seed_text, seed_truth
):
    # a headline right over an article's dateline claims it first only when its words name that
    # article most: a swapped box sets a headline over the next article's dateline
    import random

    from proofer.bench.robustness import swap_boxes

    truth = [{k: a.get(k) for k in KEYS} for a in seed_truth["articles"]]
    for seed in (9, 11):  # the swaps that set a headline over another article's opening
        swapped = swap_boxes(seed_text, 1, random.Random(seed))
        assert swapped != seed_text
        assert _sorted(_articles(swapped)) == _sorted(truth)
