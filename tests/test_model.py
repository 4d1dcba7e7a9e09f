from proofer.core.model import (
    ArticlePlan,
    Break,
    Decision,
    Decisions,
    Overrides,
    Piece,
    Role,
    effective,
    lines_from_text,
    merge_layout,
    pieces_of,
)
from proofer.core.reconstruct import reconstruct


def _decisions(n, articles, breaks=None, roles=None):
    roles = roles or {}
    return Decisions(
        roles=tuple(Decision(roles.get(i, Role.BODY), 0.5) for i in range(n)),
        breaks={i: Decision(b, 0.5) for i, b in (breaks or {}).items()},
        articles=tuple(ArticlePlan(tuple(Piece(a, b) for a, b in pieces), 0.5) for pieces in articles),
    )


def test_person_overrides_win_over_the_proposal_and_are_flagged():
    proposal = _decisions(4, [[(0, 3)]], breaks={1: Break.JOIN})
    over = Overrides().with_role(0, Role.TITLE).with_break(1, Break.PARAGRAPH)
    d = effective(proposal, over)
    assert d.roles[0] == Decision(Role.TITLE, 1.0, True)
    assert d.roles[1].by_person is False
    assert d.breaks[1] == Decision(Break.PARAGRAPH, 1.0, True)


def test_a_person_layout_is_kept_and_completed_by_a_newer_engine():
    person = (ArticlePlan((Piece(4, 5), Piece(0, 1)), by_person=True),)
    engine = (ArticlePlan((Piece(0, 3),)), ArticlePlan((Piece(4, 7),)))
    merged = merge_layout(person, engine, 8)
    assert merged[0].pieces == (Piece(4, 5), Piece(0, 1)) and merged[0].by_person
    # lines the person's layout does not hold stay grouped as the engine grouped them
    assert merged[1] == ArticlePlan((Piece(2, 3),), 1.0, False)
    assert merged[2] == ArticlePlan((Piece(6, 7),), 1.0, False)


def test_pieces_of_groups_consecutive_lines_in_flow_order():
    assert pieces_of([5, 6, 7, 1, 2, 9]) == (Piece(5, 7), Piece(1, 2), Piece(9, 9))


def test_reconstruct_follows_piece_order_and_breaks():
    lines = lines_from_text("标题\n甲乙丙丁\n戊己。\n\n庚辛\n壬癸。\n")
    d = _decisions(6, [[(0, 0), (4, 5), (1, 2)]], breaks={5: Break.PARAGRAPH}, roles={0: Role.TITLE})
    article = reconstruct(lines, d).articles[0]
    assert article.title.text == "标题"
    assert [p.text for p in article.paragraphs] == ["庚辛壬癸。", "甲乙丙丁戊己。"]
    assert article.paragraphs[1].lines == (1, 2)


def test_reconstruct_never_drops_a_line_that_no_article_holds():
    lines = lines_from_text("第一版\n甲乙\n丙丁\n")
    d = _decisions(3, [[(1, 1)]], roles={0: Role.NOISE})
    page = reconstruct(lines, d)
    assert [b.text for b in page.noise] == ["第一版"]
    assert [b.text for b in page.loose] == ["丙丁"]
