import pytest

from proofer.app.find import FindError, Query, find_in_lines, find_in_pages, replace_plan
from tools_support import SEED_KEY, seed_lines


def test_plain_find_lists_every_hit_with_its_line_span_and_context():
    lines = seed_lines()
    hits = find_in_lines(SEED_KEY, lines, Query("工会组织"))
    expected = [(i, t.index("工会组织")) for i, t in enumerate(lines) if "工会组织" in t]
    assert [(h.line, h.start) for h in hits] == expected
    for h in hits:
        assert lines[h.line][h.start : h.end] == h.text == "工会组织"
        assert h.context[h.context_start : h.context_end] == "工会组织"
        assert h.page_key == SEED_KEY and h.suggestion is None


def test_context_is_cut_around_the_hit_and_marked_where_the_line_goes_on():
    line = "甲" * 30 + "目标" + "乙" * 30
    (hit,) = find_in_lines("p", [line], Query("目标"))
    assert hit.context.startswith("…") and hit.context.endswith("…")
    assert hit.context[hit.context_start : hit.context_end] == "目标"
    assert len(hit.context) < len(line)


def test_a_hit_never_spans_a_line_end():
    lines = seed_lines()
    assert lines[2].endswith("劳") and lines[3].startswith("动者")
    hits = find_in_lines(SEED_KEY, lines, Query(r"劳\s*动者", regex=True))
    assert hits and all(h.line != 2 for h in hits)
    assert all(lines[h.line][h.start : h.end] == h.text for h in hits)


def test_case_option_decides_whether_latin_letters_match_the_other_case():
    lines = seed_lines()  # line 29 holds “北京 i
    assert [h.line for h in find_in_lines(SEED_KEY, lines, Query("北京 I"))] == [28]
    assert find_in_lines(SEED_KEY, lines, Query("北京 I", case_sensitive=True)) == []


def test_plain_mode_takes_regex_characters_literally():
    assert [h.start for h in find_in_lines("p", ["a.b axb"], Query("a.b"))] == [0]
    assert [h.start for h in find_in_lines("p", ["a.b axb"], Query("a.b", regex=True))] == [0, 4]
    assert [h.text for h in find_in_lines("p", ["a.b axb (x)"], Query("(x)"))] == ["(x)"]


def test_regex_replacement_expands_groups_per_hit():
    lines = seed_lines()
    hits = find_in_lines(SEED_KEY, lines, Query(r"辖区(\d+)余名", regex=True), r"辖区约\1名")
    assert [(h.text, h.suggestion) for h in hits] == [("辖区2000余名", "辖区约2000名")]


def test_plain_replacement_is_literal():
    (hit,) = find_in_lines("p", ["x1"], Query("x"), r"\1")
    assert hit.suggestion == r"\1"


def test_a_bad_pattern_is_a_clear_error_not_a_traceback():
    with pytest.raises(FindError) as info:
        find_in_lines("p", ["text"], Query("(工会", regex=True))
    assert info.value.reason == FindError.PATTERN
    assert str(info.value) == "Bad regular expression: missing ) at the end"
    with pytest.raises(FindError, match="at character 2"):
        find_in_lines("p", ["text"], Query("a)b", regex=True))


def test_a_replacement_naming_a_missing_group_is_a_clear_error():
    with pytest.raises(FindError) as info:
        find_in_lines("p", ["工会"], Query("(工)会", regex=True), r"\2")
    assert info.value.reason == FindError.REPLACEMENT


def test_an_empty_query_is_refused():
    with pytest.raises(FindError) as info:
        find_in_lines("p", ["工会"], Query(""))
    assert info.value.reason == FindError.EMPTY


def test_empty_matches_are_not_hits():
    assert find_in_lines("p", ["abc", ""], Query("x*", regex=True)) == []


def test_issue_search_reports_the_page_of_each_hit_in_page_order():
    pages = [("p1", ["工会", "无"]), ("p2", ["无"]), ("p3", ["总工会工会"])]
    hits = find_in_pages(pages, Query("工会"))
    assert [(h.page_key, h.line, h.start) for h in hits] == [("p1", 0, 0), ("p3", 0, 1), ("p3", 0, 3)]


def test_replace_plan_applies_only_the_chosen_hits_of_a_line():
    texts = {"p": ["工会和工会和工会", "工会"]}
    hits = find_in_lines("p", texts["p"], Query("工会"), "工联")
    plan = replace_plan([hits[0], hits[2], hits[3]], texts.__getitem__)
    assert plan == {"p": {0: "工联和工会和工联", 1: "工联"}}


def test_replace_plan_with_regex_groups_rewrites_each_line_once():
    texts = {"p": ["2000余名和300余名"]}
    hits = find_in_lines("p", texts["p"], Query(r"(\d+)余名", regex=True), r"约\1名")
    assert replace_plan(hits, texts.__getitem__) == {"p": {0: "约2000名和约300名"}}


def test_replace_plan_refuses_hits_on_a_line_that_changed_since_the_search():
    hits = find_in_lines("p", ["工会组织"], Query("组织"), "组")
    with pytest.raises(FindError) as info:
        replace_plan(hits, lambda key: ["工会組織"])
    assert info.value.reason == FindError.STALE


def test_a_replacement_equal_to_the_text_changes_nothing():
    hits = find_in_lines("p", ["工会"], Query("工会"), "工会")
    assert replace_plan(hits, lambda key: ["工会"]) == {}
