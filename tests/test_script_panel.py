import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QStyleOptionViewItem

from proofer.gui.proposal_list import HighlightDelegate, ProposalListModel
from proofer.gui.script_panel import ScriptCheckPanel
from tools_support import MIXED_KEY, SEED_KEY, FakeSource, mixed_lines, seed_lines


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(current=MIXED_KEY)


@pytest.fixture
def panel(qtbot, source) -> ScriptCheckPanel:
    widget = ScriptCheckPanel(source)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def rows(panel: ScriptCheckPanel) -> list[tuple[int, str, str, str]]:
    model = panel.hits.model()
    return [
        tuple(model.index(r, c).data() for c in range(4))  # type: ignore[misc]
        for r in range(model.rowCount())
    ]


def test_the_current_page_is_checked_on_opening_and_each_stray_character_listed(panel):
    assert rows(panel) == [
        ("mixed.txt", 11, "充分发挥工会組織送温暖示范带", "组"),
        ("mixed.txt", 11, "充分发挥工会組織送温暖示范带", "织"),
        ("mixed.txt", 23, "把這份温暖融入到工作当中，努", "这"),
        ("mixed.txt", 227, "…平安所做的贡献， 全区各級", "级"),
    ]
    assert "4" in panel.status_label.text()


def test_the_stray_character_is_highlighted_in_its_context(panel):
    view = panel.hits
    delegate = view.itemDelegateForColumn(ProposalListModel.FOUND)
    assert isinstance(delegate, HighlightDelegate)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    doc = delegate._document(option, view.model().index(2, ProposalListModel.FOUND))
    assert doc.toPlainText() == "把這份温暖融入到工作当中，努"
    assert bold_text(doc) == "這"


def bold_text(doc) -> str:
    out = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().fontWeight() >= QFont.Weight.Bold:
                out.append(fragment.text())
            it += 1
        block = block.next()
    return "".join(out)


def test_fix_all_corrects_every_character_in_one_step(qtbot, panel, source):
    qtbot.mouseClick(panel.fix_all_button, Qt.MouseButton.LeftButton)
    assert len(source.applied) == 1
    plan, label = source.applied[0]
    assert plan == {MIXED_KEY: {10: seed_lines()[10], 22: seed_lines()[22], 226: seed_lines()[226]}}
    assert source.page_texts(MIXED_KEY) == seed_lines()
    assert rows(panel) == []
    assert not panel.fix_all_button.isEnabled()


def test_fix_selected_corrects_only_the_chosen_characters(qtbot, panel, source):
    view = panel.hits
    rect = view.visualRect(view.model().index(2, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(panel.fix_button, Qt.MouseButton.LeftButton)
    (plan, _), = source.applied
    assert plan == {MIXED_KEY: {22: seed_lines()[22]}}
    assert [r[3] for r in rows(panel)] == ["组", "织", "级"]


def test_fixing_two_characters_of_one_line_makes_one_correction_of_that_line(qtbot, panel, source):
    view = panel.hits
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().clearSelection()
    view.selectionModel().select(view.model().index(0, 0), flags)
    view.selectionModel().select(view.model().index(1, 0), flags)
    qtbot.mouseClick(panel.fix_button, Qt.MouseButton.LeftButton)
    (plan, _), = source.applied
    assert plan == {MIXED_KEY: {10: "充分发挥工会组织送温暖示范带"}}


def test_enter_on_a_character_goes_to_it(qtbot, panel, source):
    panel.hits.setFocus()
    qtbot.keyClick(panel.hits, Qt.Key.Key_End)
    qtbot.keyClick(panel.hits, Qt.Key.Key_Return)
    line = mixed_lines()[226]
    assert source.visits == [(MIXED_KEY, 226, line.index("級"), line.index("級") + 1)]


def test_next_and_previous_step_through_the_hits(panel, source):
    panel.hits.step(+1)
    panel.hits.step(-1)
    assert [v[1] for v in source.visits] == [10, 10]
    assert [v[2] for v in source.visits] == [7, 6]


def test_issue_scope_lists_the_hits_of_every_page(panel, source):
    source.current = SEED_KEY
    panel.refresh()
    assert rows(panel) == []
    assert "No" in panel.status_label.text()
    panel.scope_combo.setCurrentIndex(panel.scope_combo.findData("issue"))
    assert {r[0] for r in rows(panel)} == {"mixed.txt"}
    assert len(rows(panel)) == 4


def test_a_chosen_script_overrides_the_pages_own(panel):
    panel.script_combo.setCurrentIndex(panel.script_combo.findData("traditional"))
    assert len(rows(panel)) > 100  # a simplified page read as traditional: nearly every line


def test_sorting_by_the_replacement_column_reorders_the_list(panel):
    panel.hits.sortByColumn(ProposalListModel.SUGGESTION, Qt.SortOrder.AscendingOrder)
    shown = [p.suggestion for p in panel.hits.proposals()]
    assert shown == sorted(shown)
