"""The editor window driven as a person drives it: clicks, keys, menus, drops, undo."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QSettings, Qt
from PySide6.QtGui import QAction, QDropEvent
from PySide6.QtWidgets import QLineEdit, QMenu

from proofer.app import edits
from proofer.app.export import export_page
from proofer.app.issue import Issue
from proofer.core.formats.sidecar import Status, sidecar_path
from proofer.core.model import Break, Role
from proofer.core.reconstruct import PageText, reconstruct
from proofer.gui.lines import LINE_NO
from proofer.gui.window import MainWindow
from truth_plan import plan

DATA = Path(__file__).parent / "data"
SCORE = Path(__file__).resolve().parents[1].parent / "shared" / "tools" / "score.py"


def open_window(qtbot, folder: Path, autosave_ms: int = 60_000) -> MainWindow:
    settings = QSettings(str(folder.parent / f"{folder.name}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Issue.open(folder), autosave_ms=autosave_ms, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # shortcuts only reach the active window
    qtbot.waitUntil(window.isActiveWindow)
    window.lines.setFocus()
    return window


@pytest.fixture
def page_path(tmp_path: Path) -> Path:
    folder = tmp_path / "issue"
    folder.mkdir()
    shutil.copy(DATA / "seed.txt", folder / "page.txt")
    return folder / "page.txt"


@pytest.fixture
def window(qtbot, page_path: Path) -> MainWindow:
    return open_window(qtbot, page_path)


def text_of(window: MainWindow) -> PageText:
    page = window.doc.page
    return reconstruct(page.lines, page.decisions)


def click_line(qtbot, window: MainWindow, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    index = window.line_model.index(row)
    window.lines.scrollTo(index)
    rect = window.lines.visualRect(index)
    qtbot.mouseClick(window.lines.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    assert window.current_line() == row


def key(qtbot, window: MainWindow, sequence: str) -> None:
    from PySide6.QtGui import QKeySequence

    combo = QKeySequence(sequence)[0]
    qtbot.keyClick(window.lines, combo.key(), combo.keyboardModifiers())


def body_line(window: MainWindow, article: int, nth: int) -> int:
    page = window.doc.page
    d = page.decisions
    rows = [i for i in d.articles[article].line_indexes() if not page.lines[i].is_blank and d.role(i) is Role.BODY]
    return rows[nth]


def context_menu_action(window: MainWindow, name: str) -> QAction:
    """An action of the line context menu, searching its submenus too."""
    menu = window.line_context_menu()
    # submenus are children of the menu (QAction.menu() is avoided: PySide6 mis-counts its None)
    for m in [menu, *menu.findChildren(QMenu)]:
        for a in m.actions():
            if a.objectName() == name:
                return a
    raise LookupError(name)


# -- boundaries ---------------------------------------------------------------------------------


def test_key_a_splits_the_article_after_the_line_and_undo_redo_restore_it(qtbot, window: MainWindow) -> None:
    before = text_of(window)
    row = body_line(window, 0, 4)
    click_line(qtbot, window, row)
    key(qtbot, window, "A")
    after = text_of(window)
    assert len(after.articles) == len(before.articles) + 1
    # the first article's flow now ends with that line (its headline lines may lie anywhere)
    flow = [i for p in after.articles[0].pieces for i in p.indexes() if not window.doc.page.lines[i].is_blank]
    assert flow[-1] == row
    key(qtbot, window, "Ctrl+Z")
    assert text_of(window) == before
    key(qtbot, window, "Ctrl+Shift+Z")
    assert text_of(window) == after


def test_context_menu_new_paragraph_then_join(qtbot, window: MainWindow) -> None:
    row = body_line(window, 0, 1)
    click_line(qtbot, window, row)
    key(qtbot, window, "J")
    count = len(text_of(window).articles[0].paragraphs)
    context_menu_action(window, "boundary_paragraph").trigger()
    assert len(text_of(window).articles[0].paragraphs) == count + 1
    assert window.doc.page.decisions.break_after(row) is Break.PARAGRAPH
    key(qtbot, window, "J")
    assert len(text_of(window).articles[0].paragraphs) == count


# -- roles --------------------------------------------------------------------------------------


def test_role_keys_and_menu_set_the_role_of_the_selected_lines(qtbot, window: MainWindow) -> None:
    row = body_line(window, 1, 2)
    click_line(qtbot, window, row)
    click_line(qtbot, window, row + 1, Qt.KeyboardModifier.ShiftModifier)
    key(qtbot, window, "N")
    d = window.doc.page.decisions
    assert d.role(row) is Role.NOISE and d.role(row + 1) is Role.NOISE
    assert "".join(window.doc.page.texts[row].split()) in ["".join(b.text.split()) for b in text_of(window).noise]
    context_menu_action(window, "role_title").trigger()
    assert window.doc.page.decisions.role(row) is Role.TITLE


def test_headline_role_changes_kicker_title_subtitle(qtbot, window: MainWindow) -> None:
    row = window.doc.page.texts.index("为辖区快递员、外卖员送去保温杯、雨伞等慰问品")
    click_line(qtbot, window, row)
    for k, role in (("K", Role.KICKER), ("T", Role.TITLE), ("S", Role.SUBTITLE)):
        key(qtbot, window, k)
        a = window.doc.page.decisions.article_of()[row]
        assert "为辖区快递员、外卖员送去保温杯、雨伞等慰问品" in text_of(window).articles[a].headline(role).text


# -- moving headlines and pieces ----------------------------------------------------------------


def test_dragging_a_headline_line_onto_an_article_assigns_it_there(qtbot, window: MainWindow) -> None:
    row = window.doc.page.texts.index("密云工会慰问2000余名新就业形态劳动者")
    click_line(qtbot, window, row)
    key(qtbot, window, "T")
    home = window.doc.page.decisions.article_of()[row]
    target = 0 if home != 0 else 1
    mime = window.line_model.mimeData([window.line_model.index(row)])
    view = window.articles
    point = view.point_of(view.rendered()[[r.article for r in view.rendered()].index(target)].start + 2)
    drop = QDropEvent(QPointF(point), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    view.dropEvent(drop)
    assert window.doc.page.decisions.article_of()[row] == target
    title = text_of(window).articles[target].title
    assert title is not None and "密云工会慰问2000余名新就业形态劳动者" in title.text
    key(qtbot, window, "Ctrl+Z")
    assert window.doc.page.decisions.article_of()[row] == home


def test_move_to_article_menu_moves_a_column_piece(qtbot, window: MainWindow) -> None:
    d = window.doc.page.decisions
    piece = d.articles[1].pieces[-1]
    click_line(qtbot, window, piece.first)
    click_line(qtbot, window, piece.last, Qt.KeyboardModifier.ShiftModifier)
    context_menu_action(window, "moveTo_0").trigger()
    after = window.doc.page.decisions
    assert all(after.article_of()[i] == 0 for i in piece.indexes())
    assert list(after.articles[0].line_indexes())[-len(piece.indexes()):] == list(piece.indexes())


def test_alt_up_moves_a_piece_earlier_in_its_article(qtbot, window: MainWindow) -> None:
    pieces = window.doc.page.decisions.articles[0].pieces
    click_line(qtbot, window, pieces[1].first)
    key(qtbot, window, "Alt+Up")
    assert window.doc.page.decisions.articles[0].pieces[:2] == (pieces[1], pieces[0])
    key(qtbot, window, "Alt+Down")
    assert window.doc.page.decisions.articles[0].pieces[:2] == pieces[:2]


# -- articles -----------------------------------------------------------------------------------


def test_split_merge_and_move_articles_by_keys(qtbot, window: MainWindow) -> None:
    before = text_of(window)
    n = len(before.articles)
    row = body_line(window, 0, 6)
    click_line(qtbot, window, row)
    key(qtbot, window, "Ctrl+Shift+S")
    assert len(text_of(window).articles) == n + 1
    assert min(text_of(window).articles[1].line_indexes) == row
    click_line(qtbot, window, body_line(window, 0, 0))
    key(qtbot, window, "Ctrl+M")
    assert len(text_of(window).articles) == n
    key(qtbot, window, "Ctrl+Shift+Down")
    moved = text_of(window)
    assert moved.articles[1].paragraphs == before.articles[0].paragraphs
    assert moved.articles[0].paragraphs == before.articles[1].paragraphs


def test_article_pane_context_menu_moves_an_article_up(qtbot, window: MainWindow) -> None:
    before = text_of(window)
    pos = window.articles.article_start(1) + 1
    menu = window.article_context_menu(pos)
    next(a for a in menu.actions() if a.text() == "Move Article Up").trigger()
    assert text_of(window).articles[0].paragraphs == before.articles[1].paragraphs


# -- line text ----------------------------------------------------------------------------------


def test_f2_corrects_a_line_in_place_and_restore_brings_back_the_raw(qtbot, window: MainWindow) -> None:
    row = body_line(window, 0, 0)
    raw = window.doc.page.lines[row].raw
    click_line(qtbot, window, row)
    key(qtbot, window, "F2")
    editor = window.lines.findChild(QLineEdit, "lineEditor")
    assert editor is not None and editor.text() == raw
    editor.setText("本报讯（记者 王路曼）近")  # QTest cannot type CJK; the key that commits it is real
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.doc.page.lines[row].corrected is not None)  # Qt commits queued
    line = window.doc.page.lines[row]
    assert line.raw == raw and line.corrected == "本报讯（记者 王路曼）近"
    assert text_of(window).articles[0].paragraphs[0].text.startswith("本报讯（记者 王路曼）近日")
    click_line(qtbot, window, row)
    key(qtbot, window, "Ctrl+Shift+R")
    assert window.doc.page.lines[row].corrected is None


def test_ctrl_return_while_correcting_splits_the_line_at_the_cursor(qtbot, window: MainWindow) -> None:
    row = body_line(window, 1, 1)
    text = window.doc.page.lines[row].text
    count = len(window.doc.page.lines)
    click_line(qtbot, window, row)
    key(qtbot, window, "F2")
    editor = window.lines.findChild(QLineEdit, "lineEditor")
    editor.setCursorPosition(4)
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    lines = window.doc.page.lines
    assert len(lines) == count + 1
    assert (lines[row].text, lines[row + 1].text) == (text[:4], text[4:])
    assert window.doc.state.splits == ((lines[row].key, 4),)
    # the gutter numbers the raw file's lines: both parts are that line, the second marked
    model = window.line_model
    assert [model.index(r).data(LINE_NO) for r in (row, row + 1, row + 2)] == [
        str(lines[row].no), f"{lines[row].no}′", str(lines[row].no + 1)
    ]
    assert model.index(row + 1).data(Qt.ItemDataRole.ToolTipRole).endswith(("from column 5", "第 5 列起"))
    key(qtbot, window, "Ctrl+Z")
    assert len(window.doc.page.lines) == count


# -- doubtful decisions -------------------------------------------------------------------------


def test_f8_walks_doubts_and_f9_accepts_one_as_a_person(qtbot, window: MainWindow) -> None:
    found = edits.doubts(window.doc.page)
    if not found:
        pytest.skip("the engine is sure of everything on this page")
    click_line(qtbot, window, 0)
    key(qtbot, window, "F8")
    row = window.current_line()
    assert row == min(d.line for d in found if d.line > 0)
    key(qtbot, window, "F9")
    assert all(d.line != row for d in edits.doubts(window.doc.page))
    d = window.doc.page.decisions
    assert d.roles[row].by_person or row in window.doc.page.overrides.breaks
    key(qtbot, window, "F8")
    assert window.current_line() > row
    key(qtbot, window, "Shift+F8")
    assert window.current_line() < window.doc.page.lines.__len__()


def test_accept_all_is_one_undoable_step(qtbot, window: MainWindow) -> None:
    before = len(edits.doubts(window.doc.page))
    key(qtbot, window, "Ctrl+F9")
    assert edits.doubts(window.doc.page) == []
    key(qtbot, window, "Ctrl+Z")
    assert len(edits.doubts(window.doc.page)) == before


# -- the panes point at each other --------------------------------------------------------------


def test_selecting_a_line_highlights_the_text_it_feeds(qtbot, window: MainWindow) -> None:
    row = body_line(window, 1, 2)
    click_line(qtbot, window, row)
    marked = "".join(window.articles.highlighted_text())
    assert "".join(window.doc.page.lines[row].text.split()) in "".join(marked.split())


def test_selecting_article_text_highlights_and_shows_its_source_lines(qtbot, window: MainWindow) -> None:
    row = body_line(window, 2, 3)
    rendered = next(r for r in window.articles.rendered() if any(s.line == row for s in r.block.spans))
    span = next(s for s in rendered.block.spans if s.line == row)
    window.articles.select_text(rendered.start + span.out_start, rendered.start + span.out_end)
    assert row in window.line_model.linked()
    assert window.lines.viewport().rect().intersects(window.lines.visualRect(window.line_model.index(row)))


# -- the lead's wiring points, pages, status, saving --------------------------------------------


def test_line_corrections_on_two_pages_are_one_undo_step(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "issue2"
    folder.mkdir()
    for name in ("p1.txt", "p2.txt"):
        shutil.copy(DATA / "seed.txt", folder / name)
    window = open_window(qtbot, folder)
    assert window.page_keys() == ["p1.txt", "p2.txt"]
    window.apply_line_corrections({"p1.txt": {1: "本报讯"}, "p2.txt": {2: "日，"}}, "Replace all")
    assert window.page_texts("p1.txt")[1] == "本报讯" and window.page_texts("p2.txt")[2] == "日，"
    window.undo_stack.undo()
    assert window.page("p1.txt").lines[1].corrected is None and window.page("p2.txt").lines[2].corrected is None
    window.go_to("p2.txt", 5, 1, 3)
    assert window.current_page_key() == "p2.txt" and window.current_line() == 5
    editor = window.lines.findChild(QLineEdit, "lineEditor")
    assert editor is not None and editor.selectedText() == window.page_texts("p2.txt")[5][1:3]


def test_ctrl_pgdown_goes_to_the_next_page_and_saves_the_one_left(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "issue3"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        shutil.copy(DATA / "seed.txt", folder / name)
    window = open_window(qtbot, folder)
    click_line(qtbot, window, body_line(window, 0, 1))
    key(qtbot, window, "N")
    key(qtbot, window, "Ctrl+PgDown")
    assert window.current_page_key() == "b.txt"
    assert sidecar_path(folder / "a.txt").exists()
    assert window.issue.status("a.txt") is Status.IN_PROGRESS
    assert window.page_list.item(0).text().startswith("◐")
    key(qtbot, window, "Ctrl+PgUp")
    assert window.current_page_key() == "a.txt"


def test_marking_a_page_reviewed_is_saved(qtbot, window: MainWindow, page_path: Path) -> None:
    window.status_actions[Status.REVIEWED].trigger()
    assert window.doc.status is Status.REVIEWED
    window.save_all()
    assert json.loads(sidecar_path(page_path).read_text("utf-8"))["status"] == "reviewed"


def test_autosave_writes_the_sidecar_after_idle(qtbot, page_path: Path) -> None:
    window = open_window(qtbot, page_path, autosave_ms=50)
    click_line(qtbot, window, body_line(window, 0, 2))
    key(qtbot, window, "A")
    qtbot.waitUntil(lambda: sidecar_path(page_path).exists())


def test_save_and_reopen_gives_the_same_articles(qtbot, window: MainWindow, page_path: Path) -> None:
    click_line(qtbot, window, body_line(window, 0, 3))
    key(qtbot, window, "A")
    click_line(qtbot, window, body_line(window, 1, 1))
    key(qtbot, window, "N")
    expected = text_of(window)
    window.close()
    again = open_window(qtbot, page_path)
    assert text_of(again) == expected


def test_window_geometry_and_splitter_are_remembered(qtbot, window: MainWindow, page_path: Path) -> None:
    window.resize(700, 500)  # inside the offscreen screen, which clamps restored geometry
    window.splitter.setSizes([0, 200, 480])
    size, sizes = window.size(), window.splitter.sizes()
    window.close()
    again = open_window(qtbot, page_path)
    assert again.size() == size
    assert again.splitter.sizes() == sizes


# -- from the engine's proposal to the truth, by the window's actions only ----------------------


def test_editing_the_seed_page_to_its_truth_scores_perfect(qtbot, window: MainWindow, seed_truth: dict) -> None:
    if not SCORE.exists():
        pytest.skip("shared/tools/score.py not present")
    spec = importlib.util.spec_from_file_location("score", SCORE)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    target = plan(window.doc.page.texts, seed_truth)
    rows = len(window.doc.page.lines)

    # 1. every line body, so that moved lines append in reading order
    window.lines.selectAll()
    key(qtbot, window, "B")
    # 2. one article holding everything
    click_line(qtbot, window, next(window.doc.page.decisions.articles[0].line_indexes()))
    while len(window.doc.page.decisions.articles) > 1:
        key(qtbot, window, "Ctrl+M")
    # 3. the truth articles' runs appended in reading order
    for run in target.runs():
        click_line(qtbot, window, run[0])
        if len(run) > 1:
            click_line(qtbot, window, run[-1], Qt.KeyboardModifier.ShiftModifier)
        context_menu_action(window, "moveTo_0").trigger()
    # 4. a new article where each truth article begins
    for flow in target.flows[1:]:
        click_line(qtbot, window, flow[0])
        key(qtbot, window, "Ctrl+Shift+S")
    # 5. roles, then the breaks inside paragraphs
    keys = {Role.KICKER: "K", Role.TITLE: "T", Role.SUBTITLE: "S", Role.NOISE: "N", Role.CREDIT: "C"}
    for row, role in target.roles.items():
        if role in keys:
            click_line(qtbot, window, row)
            key(qtbot, window, keys[role])
    for row, value in target.breaks.items():
        page = window.doc.page
        if edits.boundary_after(page, page.decisions, row) is edits.Boundary.ARTICLE:
            continue
        if page.decisions.break_after(row) is not value:
            click_line(qtbot, window, row)
            key(qtbot, window, "P" if value is Break.PARAGRAPH else "J")

    assert len(window.doc.page.lines) == rows
    pred = json.loads(export_page(window.doc.page, "json"))
    summary = score.summarize([score.score_page(seed_truth, pred)])
    assert summary["pages_perfect"] == 1.0, summary


def test_repainting_only_changed_articles_shows_what_a_full_render_shows(qtbot, window: MainWindow) -> None:
    click_line(qtbot, window, body_line(window, 1, 2))
    key(qtbot, window, "P")
    key(qtbot, window, "N")
    click_line(qtbot, window, body_line(window, 0, 3))
    key(qtbot, window, "T")
    click_line(qtbot, window, body_line(window, 2, 1))
    key(qtbot, window, "Alt+Down")
    window.correct_line(body_line(window, 2, 0), "更正的一行")
    incremental = window.articles.toPlainText()
    spans = [(r.start, r.end, r.article, r.block) for r in window.articles.rendered()]
    window.articles.show_page(window.doc.text())
    assert window.articles.toPlainText() == incremental
    assert [(r.start, r.end, r.article, r.block) for r in window.articles.rendered()] == spans


def test_dropping_a_piece_on_a_paragraph_puts_it_after_the_piece_feeding_that_paragraph(
    qtbot, window: MainWindow
) -> None:
    d = window.doc.page.decisions
    moving = d.articles[1].pieces[-1]
    before = text_of(window).articles[0]
    para = next(r for r in window.articles.rendered() if r.article == 0 and r.block == before.paragraphs[0])
    k = next(k for k, p in enumerate(before.pieces) if para.block.spans[-1].line in p)
    mime = window.line_model.mimeData([window.line_model.index(i) for i in moving.indexes()])
    point = window.articles.point_of(para.start + 1)
    drop = QDropEvent(QPointF(point), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    window.articles.dropEvent(drop)
    head = [i for p in before.pieces[: k + 1] for i in p.indexes()]
    tail = [i for p in before.pieces[k + 1 :] for i in p.indexes()]
    assert list(window.doc.page.decisions.articles[0].line_indexes()) == head + list(moving.indexes()) + tail


def test_reopening_with_a_newer_engine_keeps_what_the_person_decided(qtbot, window: MainWindow,
                                                                     page_path: Path) -> None:
    from dataclasses import replace as dc_replace

    from proofer.app.pages import page_from_text
    from proofer.core.model import Decision

    row = body_line(window, 0, 3)
    click_line(qtbot, window, row)
    key(qtbot, window, "A")
    click_line(qtbot, window, body_line(window, 1, 1))
    key(qtbot, window, "N")
    noise = window.current_line()
    layout = window.doc.page.decisions.articles
    window.close()

    def newer_engine(lines):  # sure of itself, and different: every line a paragraph of its own
        base = page_from_text("\n".join(x.text for x in lines)).proposal
        return dc_replace(base, breaks={i: Decision(Break.PARAGRAPH, 0.95) for i in range(len(lines))})

    settings = QSettings(str(page_path.parent / "again.ini"), QSettings.Format.IniFormat)
    again = MainWindow(Issue.open(page_path, newer_engine), autosave_ms=60_000, settings=settings)
    qtbot.addWidget(again)
    d = again.doc.page.decisions
    assert d.articles == layout
    assert d.role(noise) is Role.NOISE and d.roles[noise].by_person
    assert d.breaks[row + 1].confidence == 0.95  # everything else is the newer proposal
