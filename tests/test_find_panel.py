import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from proofer.app.find import Query, find_in_lines
from proofer.gui.find_panel import FindPanel
from tools_support import MIXED_KEY, SEED_KEY, SHORT_KEY, FakeSource, seed_lines, type_text


@pytest.fixture
def source() -> FakeSource:
    return FakeSource()


@pytest.fixture
def panel(qtbot, source) -> FindPanel:
    widget = FindPanel(source)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def search(qtbot, panel: FindPanel, text: str, replacement: str = "") -> None:
    type_text(qtbot, panel.replace_edit, replacement)
    type_text(qtbot, panel.find_edit, text)
    qtbot.keyClick(panel.find_edit, Qt.Key.Key_Return)


def test_typing_a_query_and_pressing_enter_previews_every_hit_before_replacing(qtbot, panel, source):
    search(qtbot, panel, "工会组织", "工会")
    shown = panel.hits.proposals()
    expected = find_in_lines(SEED_KEY, seed_lines(), Query("工会组织"))
    assert [(h.line, h.start) for h in shown] == [(h.line, h.start) for h in expected]
    assert all(h.suggestion == "工会" for h in shown)
    assert source.applied == []
    assert str(len(expected)) in panel.status_label.text()


def test_replace_all_is_one_correction_step_with_every_hit(qtbot, panel, source):
    search(qtbot, panel, "工会组织", "工会團體")
    count = len(panel.hits.proposals())
    qtbot.mouseClick(panel.replace_all_button, Qt.MouseButton.LeftButton)
    assert len(source.applied) == 1
    plan, label = source.applied[0]
    lines = seed_lines()
    assert plan == {SEED_KEY: {i: t.replace("工会组织", "工会團體") for i, t in enumerate(lines) if "工会组织" in t}}
    assert sum(len(v) for v in plan.values()) == count
    assert "工会组织" in label and "工会團體" in label
    assert panel.hits.proposals() == []  # searched again: nothing left to replace


def test_replace_selected_changes_only_the_chosen_hits(qtbot, panel, source):
    search(qtbot, panel, "工会组织", "X")
    hits = panel.hits.proposals()
    view = panel.hits
    view.selectionModel().clearSelection()
    for row in (0, 2):
        index = view.model().index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        view.selectionModel().select(index, flags)
    qtbot.mouseClick(panel.replace_selected_button, Qt.MouseButton.LeftButton)
    (plan, _), = source.applied
    lines = seed_lines()
    assert plan == {SEED_KEY: {h.line: lines[h.line].replace("工会组织", "X") for h in (hits[0], hits[2])}}


def test_clicking_rows_with_control_selects_several_hits(qtbot, panel, source):
    search(qtbot, panel, "工会组织", "X")
    view = panel.hits
    hits = view.proposals()
    for row, modifier in ((1, Qt.KeyboardModifier.NoModifier), (3, Qt.KeyboardModifier.ControlModifier)):
        rect = view.visualRect(view.model().index(row, 1))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    assert view.selected_proposals() == [hits[1], hits[3]]


def test_regex_replacement_with_groups_through_the_widgets(qtbot, panel, source):
    qtbot.mouseClick(panel.regex_box, Qt.MouseButton.LeftButton)
    search(qtbot, panel, r"辖区(\d+)余名", r"辖区约\1名")
    assert [h.suggestion for h in panel.hits.proposals()] == ["辖区约2000名"]
    qtbot.mouseClick(panel.replace_all_button, Qt.MouseButton.LeftButton)
    (plan, _), = source.applied
    (line,) = plan[SEED_KEY]
    assert plan[SEED_KEY][line] == seed_lines()[line].replace("辖区2000余名", "辖区约2000名")


def test_a_bad_regular_expression_shows_a_message_and_no_hits(qtbot, panel, source):
    qtbot.mouseClick(panel.regex_box, Qt.MouseButton.LeftButton)
    search(qtbot, panel, "(工会")
    assert panel.hits.proposals() == []
    assert "missing )" in panel.status_label.text()
    assert not panel.replace_all_button.isEnabled()


def test_enter_on_a_hit_goes_to_it_in_the_page(qtbot, panel, source):
    search(qtbot, panel, "工会组织")
    hits = panel.hits.proposals()
    panel.hits.setFocus()
    qtbot.keyClick(panel.hits, Qt.Key.Key_Down)
    qtbot.keyClick(panel.hits, Qt.Key.Key_Return)
    assert source.visits == [(SEED_KEY, hits[1].line, hits[1].start, hits[1].end)]


def test_double_click_on_a_hit_goes_to_it(qtbot, panel, source):
    search(qtbot, panel, "工会组织")
    hit = panel.hits.proposals()[2]
    rect = panel.hits.visualRect(panel.hits.model().index(2, 1))
    # a real double-click is a click, then the double-click event
    qtbot.mouseClick(panel.hits.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.hits.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert source.visits == [(SEED_KEY, hit.line, hit.start, hit.end)]


def test_whole_issue_scope_finds_hits_on_every_page(qtbot, panel, source):
    panel.scope_combo.setCurrentIndex(panel.scope_combo.findData("issue"))
    search(qtbot, panel, "密云区总工会")
    assert {h.page_key for h in panel.hits.proposals()} == {SEED_KEY, MIXED_KEY, SHORT_KEY}


def test_this_page_scope_follows_the_current_page(qtbot, source):
    source.current = MIXED_KEY
    panel = FindPanel(source)
    qtbot.addWidget(panel)
    search(qtbot, panel, "組織")
    assert [(h.page_key, h.line) for h in panel.hits.proposals()] == [(MIXED_KEY, 10)]


def test_changing_the_replacement_updates_the_preview(qtbot, panel):
    search(qtbot, panel, "密云区", "A")
    type_text(qtbot, panel.replace_edit, "B")
    assert {h.suggestion for h in panel.hits.proposals()} == {"AB"}


def test_hits_that_went_stale_are_not_replaced_and_the_list_is_refreshed(qtbot, panel, source):
    search(qtbot, panel, "工会组织", "X")
    first = panel.hits.proposals()[0]
    source.apply_line_corrections({SEED_KEY: {first.line: "改过了"}}, "edit elsewhere")
    qtbot.mouseClick(panel.replace_all_button, Qt.MouseButton.LeftButton)
    assert len(source.applied) == 1  # only the edit made elsewhere
    assert first.line not in {h.line for h in panel.hits.proposals()}
    assert "changed" in panel.status_label.text()


def test_replace_selected_with_nothing_chosen_changes_nothing_and_says_why(qtbot, panel, source):
    search(qtbot, panel, "工会组织", "X")
    qtbot.mouseClick(panel.replace_selected_button, Qt.MouseButton.LeftButton)
    assert source.applied == []
    assert "Select" in panel.status_label.text()


def test_the_test_source_satisfies_the_page_source_protocol(source):
    from proofer.gui.sources import PageSource

    assert isinstance(source, PageSource)


def test_focus_find_puts_the_selection_in_the_field_ready_to_search(qtbot, panel):
    panel.focus_find("密云区")
    qtbot.keyClick(panel.find_edit, Qt.Key.Key_Return)
    assert panel.hits.proposals() and all(h.text == "密云区" for h in panel.hits.proposals())
    panel.focus_find()
    assert panel.find_edit.selectedText() == "密云区"
