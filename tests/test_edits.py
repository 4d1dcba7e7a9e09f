"""The pure page edits (no Qt): each one a human decision laid over the proposal."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from proofer.app import edits
from proofer.app.document import PageDocument
from proofer.app.edits import Boundary, DoubtKind
from proofer.app.pages import page_from_text
from proofer.core.formats.sidecar import Status, sidecar_path
from proofer.core.model import Break, Decision, Page, Role
from proofer.core.reconstruct import reconstruct

DATA = Path(__file__).parent / "data"


@pytest.fixture
def page(seed_text: str) -> Page:
    return page_from_text(seed_text, "seed.txt")


def articles(page: Page) -> list[str]:
    return ["\n".join(p.text for p in a.paragraphs) for a in reconstruct(page.lines, page.decisions).articles]


def body_line(page: Page, article: int, nth: int = 0) -> int:
    d = page.decisions
    body = [i for i in d.articles[article].line_indexes() if not page.lines[i].is_blank and d.role(i) is Role.BODY]
    return body[nth]


def test_setting_a_role_is_an_override_and_reports_only_that_line(page: Page) -> None:
    line = body_line(page, 0, 3)
    after, change = edits.set_role(page, line, Role.NOISE)
    assert after.overrides.roles[line] is Role.NOISE
    assert after.proposal is page.proposal
    assert change.lines == {line}
    assert page.lines[line].text not in "".join(articles(after))


def test_new_article_boundary_splits_the_article_after_the_line(page: Page) -> None:
    line = body_line(page, 0, 5)
    before = len(page.decisions.articles)
    after, change = edits.set_boundary(page, line, Boundary.ARTICLE)
    assert len(after.decisions.articles) == before + 1
    flow = [i for i in after.decisions.articles[0].line_indexes() if not page.lines[i].is_blank]
    assert flow[-1] == line
    assert {0, 1} <= change.articles
    assert edits.boundary_after(after, after.decisions, line) is Boundary.ARTICLE


def test_join_after_an_article_end_merges_the_next_article(page: Page) -> None:
    line = body_line(page, 0, 5)
    split, _ = edits.set_boundary(page, line, Boundary.ARTICLE)
    merged, _ = edits.set_boundary(split, line, Boundary.JOIN)
    assert len(merged.decisions.articles) == len(page.decisions.articles)
    assert merged.decisions.break_after(line) is Break.JOIN


def test_paragraph_break_starts_a_new_paragraph(page: Page) -> None:
    line = body_line(page, 0, 1)
    count = len(reconstruct(page.lines, page.decisions).articles[0].paragraphs)
    after, _ = edits.set_boundary(page, line, Boundary.PARAGRAPH)
    assert len(reconstruct(after.lines, after.decisions).articles[0].paragraphs) == count + 1


def test_merge_and_move_articles(page: Page) -> None:
    texts = articles(page)
    merged, _ = edits.merge_articles(page, 0, 1)
    assert len(merged.decisions.articles) == len(page.decisions.articles) - 1
    human, change = edits.set_layout(page, edits.flows(page.decisions))
    assert change.articles == set(range(len(page.decisions.articles)))  # none is doubtful any more
    moved, change = edits.move_article(human, 0, 1)
    assert articles(moved)[:2] == [texts[1], texts[0]]
    assert change.articles == {0, 1}
    assert change.lines == set()


def test_moving_a_headline_line_to_another_article_puts_it_in_front(page: Page) -> None:
    title = page.texts.index("“全国维护职工权益杰出律师”评选结果公布")
    page, _ = edits.set_role(page, title, Role.TITLE)  # whatever the engine thought
    target = 0 if page.decisions.article_of().get(title) != 0 else 1
    after, _ = edits.move_lines(page, [title], target)
    text = reconstruct(after.lines, after.decisions)
    assert text.articles[target].title is not None
    assert page.lines[title].text.strip() in text.articles[target].title.text
    assert next(after.decisions.articles[target].line_indexes()) == title


def test_moving_a_piece_into_an_article_at_a_chosen_place(page: Page) -> None:
    d = page.decisions
    piece = d.articles[1].pieces[1]
    after, _ = edits.move_lines(page, piece.indexes(), 0, 1)
    flow = list(after.decisions.articles[0].line_indexes())
    first_piece = d.articles[0].pieces[0]
    assert flow[: len(first_piece.indexes()) + len(piece.indexes())] == [*first_piece.indexes(), *piece.indexes()]


def test_reordering_the_pieces_of_an_article(page: Page) -> None:
    pieces = page.decisions.articles[0].pieces
    after, _ = edits.move_piece(page, 0, 1, -1)
    assert after.decisions.articles[0].pieces[:2] == (pieces[1], pieces[0])


def test_correcting_a_line_keeps_the_raw_text_and_can_be_restored(page: Page) -> None:
    line = body_line(page, 0, 0)
    raw = page.lines[line].raw
    after, change = edits.correct_line(page, line, "本报讯（记者 王路曼）近")
    assert after.lines[line].raw == raw and after.lines[line].text == "本报讯（记者 王路曼）近"
    assert change.lines == {line}
    restored, _ = edits.correct_line(after, line, None)
    assert restored.lines[line].corrected is None


def test_splitting_a_line_shifts_later_human_decisions(page: Page) -> None:
    line = body_line(page, 1, 2)
    later = body_line(page, 2, 0)
    marked, _ = edits.set_role(page, later, Role.BYLINE)
    after, change, split = edits.split_line(marked, line, 3, lambda lines: page_from_text(
        "\n".join(x.text for x in lines)).proposal)
    assert change.relayout
    assert split == (page.lines[line].key, 3)
    assert len(after.lines) == len(page.lines) + 1
    assert after.overrides.roles == {later + 1: Role.BYLINE}
    assert after.lines[line].text + after.lines[line + 1].text == page.lines[line].text


def test_accepting_a_doubt_marks_it_as_set_by_a_person(page: Page) -> None:
    # a role the engine proposed doubtfully (made so here: the seed page's roles are all sure)
    line = body_line(page, 0, 2)
    roles = list(page.proposal.roles)
    roles[line] = Decision(roles[line].value, 0.4)
    page = replace(page, proposal=replace(page.proposal, roles=tuple(roles)))
    doubt = next(d for d in edits.doubts(page) if d.kind is DoubtKind.ROLE)
    assert doubt.line == line
    after, _ = edits.accept(page, doubt)
    assert after.decisions.roles[doubt.line] == Decision(page.decisions.role(doubt.line), 1.0, True)
    assert doubt not in edits.doubts(after)
    assert articles(after) == articles(page)


def test_accept_all_leaves_no_doubt_and_changes_no_text(page: Page) -> None:
    after, _ = edits.accept_all(page)
    assert edits.doubts(after) == []
    assert articles(after) == articles(page)


def test_saved_decisions_come_back_on_reopen(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    shutil.copy(DATA / "seed.txt", path)
    doc = PageDocument.open(path)
    line = body_line(doc.page, 0, 5)
    page, _ = edits.set_boundary(doc.page, line, Boundary.ARTICLE)
    page, _ = edits.correct_line(page, 3, "动者送温暖慰问活动启动。该活")
    doc.set_state(doc.edited(page))
    assert doc.save()
    again = PageDocument.open(path)
    assert again.status is Status.IN_PROGRESS
    assert articles(again.page) == articles(page)
    assert path.read_text("utf-8") == (DATA / "seed.txt").read_text("utf-8")  # the raw page is never written


def test_an_untouched_page_leaves_no_sidecar(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    shutil.copy(DATA / "seed.txt", path)
    doc = PageDocument.open(path)
    doc.set_state(replace(doc.state))
    assert not doc.save()
    assert not sidecar_path(path).exists()


def test_a_newer_engine_keeps_every_human_decision(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    shutil.copy(DATA / "seed.txt", path)
    doc = PageDocument.open(path)
    line = body_line(doc.page, 0, 2)
    page, _ = edits.set_role(doc.page, line, Role.NOISE)
    page, _ = edits.move_article(page, 0, 1)
    doc.set_state(doc.edited(page))
    doc.save()

    def newer_engine(lines):  # every line body, sure of itself, one paragraph per line
        base = page_from_text("\n".join(x.text for x in lines)).proposal
        return replace(base, roles=tuple(Decision(Role.BODY, 0.99) for _ in lines),
                       breaks={i: Decision(Break.PARAGRAPH, 0.99) for i in range(len(lines))})

    again = PageDocument.open(path, engine=newer_engine)
    d = again.page.decisions
    assert d.role(line) is Role.NOISE and d.roles[line].by_person
    assert d.articles == page.decisions.articles
    assert d.roles[line + 1].confidence == 0.99  # the rest is the new proposal


def test_editing_a_reviewed_page_puts_it_back_in_progress(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    shutil.copy(DATA / "seed.txt", path)
    doc = PageDocument.open(path)
    doc.set_state(doc.with_status(Status.REVIEWED))
    page, _ = edits.set_role(doc.page, body_line(doc.page, 0, 1), Role.NOISE)
    doc.set_state(doc.edited(page))
    assert doc.status is Status.IN_PROGRESS
