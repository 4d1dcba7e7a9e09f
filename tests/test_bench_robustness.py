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
