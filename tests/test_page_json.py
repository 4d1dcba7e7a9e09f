import pytest

from proofer.app.pages import page_from_text
from proofer.core.formats import page_json
from proofer.core.model import ArticlePlan, Break, Line, Piece, Role
from proofer.core.reconstruct import reconstruct


def test_the_whole_page_model_survives_a_json_round_trip(seed_text):
    page = page_from_text(seed_text, "seed.txt")
    lines = list(page.lines)
    lines[3] = Line(lines[3].no, lines[3].raw, lines[3].start, "更正")
    over = page.overrides.with_role(5, Role.NOISE).with_break(9, Break.PARAGRAPH)
    over = over.with_articles((ArticlePlan((Piece(20, 30), Piece(1, 10))),))
    page = page.__class__(page.source, tuple(lines), page.proposal, over)

    back = page_json.loads(page_json.dumps(page))
    assert back == page
    assert back.decisions == page.decisions  # confidences and "set by a person" flags included
    assert reconstruct(back.lines, back.decisions) == reconstruct(page.lines, page.decisions)


def test_a_file_of_another_kind_is_refused():
    with pytest.raises(ValueError, match="not a proofer page"):
        page_json.loads('{"format": "proofer-articles", "version": 1}')
