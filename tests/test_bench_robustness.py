"""The robustness benchmark's disturbances change the layout, never the characters."""

import random

import regex

from proofer.bench.robustness import ocr_spaces, swap_boxes


def test_box_swaps_keep_every_box_and_move_neighbours_only(seed_text):
    def boxes(text):
        return [b.strip() for b in regex.split(r"\n\s*\n", text) if b.strip()]

    before, after = boxes(seed_text), boxes(swap_boxes(seed_text, 1, random.Random(3)))
    assert sorted(after) == sorted(before)
    changed = [k for k, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
    assert len(changed) == 2 and changed[1] == changed[0] + 1


def test_ocr_spaces_only_add_spaces_inside_lines(seed_text):
    spaced = ocr_spaces(seed_text, 0.1, random.Random(1))
    assert spaced != seed_text
    assert spaced.count("\n") == seed_text.count("\n")
    assert spaced.replace(" ", "") == seed_text.replace(" ", "")


def test_variants_change_the_page_and_its_truth_alike(seed_text, seed_truth):
    from proofer.bench.robustness import VARIANTS, headline_boxes

    text, truth = VARIANTS["traditional"](seed_text, seed_truth)
    assert "本報訊" in text and all("本報訊" in a["paragraphs"][0] for a in truth["articles"])
    text, truth = VARIANTS["half-width marks"](seed_text, seed_truth)
    assert "。" not in text and not any("。" in p for a in truth["articles"] for p in a["paragraphs"])
    first, same = headline_boxes(seed_text, seed_truth, True)
    assert same is seed_truth
    boxes = [b.strip() for b in regex.split(r"\n\s*\n", first) if b.strip()]
    assert sorted(boxes) == sorted(b.strip() for b in regex.split(r"\n\s*\n", seed_text) if b.strip())
    assert boxes[0] != [b for b in regex.split(r"\n\s*\n", seed_text) if b.strip()][0].strip()


def test_traditional_converts_a_phrase_cut_by_a_line_end_as_one():
    from proofer.bench.robustness import VARIANTS
    from proofer.core.chinese import convert

    # OpenCC converts 了解 as a phrase (瞭解) and 了 alone as 了: the page cut at 了|解 must read
    # as its truth's paragraph does, its whitespace where it was
    page = "我们要了\n解 情况\n"
    assert convert("了解", "s2t") != convert("了", "s2t") + convert("解", "s2t")
    text, truth = VARIANTS["traditional"](page, {"articles": [{"title": None, "paragraphs": ["我们要了解情况"]}]})
    assert text.replace("\n", "").replace(" ", "") == truth["articles"][0]["paragraphs"][0]
    assert [len(line) for line in text.split("\n")] == [len(line) for line in page.split("\n")]
    assert truth["articles"][0]["title"] is None
