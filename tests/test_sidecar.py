from proofer.app.pages import open_page, page_text
from proofer.core.formats import sidecar
from proofer.core.model import ArticlePlan, Break, Overrides, Piece, Role, lines_from_text


def test_sidecar_round_trip_keeps_every_human_decision(tmp_path, seed_text):
    page_path = tmp_path / "page.txt"
    page_path.write_text(seed_text, encoding="utf-8")
    lines = lines_from_text(seed_text)
    lines = sidecar.apply_splits(lines, (("3:0", 4),))
    lines = lines[:5] + (lines[5].__class__(lines[5].no, lines[5].raw, lines[5].start, "更正后的文字"),) + lines[6:]
    over = (
        Overrides()
        .with_role(1, Role.TITLE)
        .with_break(6, Break.PARAGRAPH)
        .with_articles((ArticlePlan((Piece(7, 9), Piece(2, 4))),))
    )
    car = sidecar.capture(lines, over, (("3:0", 4),), sidecar.Status.IN_PROGRESS, "abc")
    sidecar.save(sidecar.sidecar_path(page_path), car, "page.txt")

    opened = open_page(page_path)
    assert opened.status is sidecar.Status.IN_PROGRESS
    assert opened.page.lines == lines
    assert opened.page.overrides.roles == {1: Role.TITLE}
    assert opened.page.overrides.breaks == {6: Break.PARAGRAPH}
    assert opened.page.overrides.articles[0].pieces == (Piece(7, 9), Piece(2, 4))
    d = opened.page.decisions
    assert d.roles[1].by_person and d.roles[1].value is Role.TITLE
    assert page_text(opened.page).articles  # the page still reconstructs


def test_a_damaged_sidecar_is_a_clear_error(tmp_path, seed_text):
    import pytest

    page_path = tmp_path / "page.txt"
    page_path.write_text(seed_text, encoding="utf-8")
    sidecar.sidecar_path(page_path).write_text("{not json", encoding="utf-8")
    with pytest.raises(sidecar.SidecarError, match="damaged sidecar"):
        open_page(page_path)


def test_split_line_keeps_both_parts_addressable():
    (line,) = lines_from_text("甲乙丙丁戊己")
    a, b = sidecar.split_line(line, 2)
    assert (a.raw, b.raw, a.key, b.key) == ("甲乙", "丙丁戊己", "1:0", "1:2")


def test_a_recorded_split_that_no_longer_falls_inside_its_line_is_skipped():
    # the engine parts this line itself now (or the raw file changed): "1:0" ends at column 3
    lines = sidecar.split_line(lines_from_text("甲乙丙丁戊己")[0], 3)
    after = sidecar.apply_splits(lines, (("1:0", 4), ("1:3", 1), ("9:0", 1)))
    assert [(line.key, line.raw) for line in after] == [("1:0", "甲乙丙"), ("1:3", "丁"), ("1:4", "戊己")]
