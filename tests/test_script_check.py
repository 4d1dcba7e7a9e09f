from proofer.app.proposals import plan_for
from proofer.app.script_check import check_lines, check_pages
from proofer.core.chinese import stray_in_lines
from tools_support import MIXED_KEY, SEED_KEY, mixed_lines, seed_lines


def test_stray_characters_of_a_page_are_found_on_their_line_with_a_suggestion():
    hits = check_lines(MIXED_KEY, mixed_lines())
    assert [(h.line, h.text, h.suggestion) for h in hits] == [
        (10, "組", "组"),
        (10, "織", "织"),
        (22, "這", "这"),
        (226, "級", "级"),
    ]
    assert all(mixed_lines()[h.line][h.start : h.end] == h.text for h in hits)


def test_the_clean_seed_page_has_no_stray_characters():
    assert check_lines(SEED_KEY, seed_lines()) == []


def test_a_phrase_broken_over_a_line_end_keeps_its_context():
    # 乾 alone is read as 干, but 乾隆 is a name in simplified text too.
    lines = ["清代的乾", "隆皇帝在这里写过诗"]
    assert stray_in_lines(lines) == []
    assert [(line, h.char) for line, h in stray_in_lines(["乾净的这里", "写过诗"])] == [(0, "乾")]


def test_empty_lines_do_not_shift_the_line_of_a_hit():
    assert [(line, h.pos) for line, h in stray_in_lines(["这是", "", "", "這里"])] == [(3, 0)]


def test_a_traditional_page_flags_simplified_characters():
    hits = check_lines("t", ["這個會議討論了经濟問題"])
    assert [(h.text, h.suggestion) for h in hits] == [("经", "經")]


def test_fixing_every_stray_character_gives_the_clean_page_back():
    lines = mixed_lines()
    plan = plan_for(check_pages([(MIXED_KEY, lines)]), lambda key: lines)
    fixed = [plan[MIXED_KEY].get(i, t) for i, t in enumerate(lines)]
    assert fixed == seed_lines()
    assert sorted(plan[MIXED_KEY]) == [10, 22, 226]
