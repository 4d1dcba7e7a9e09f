"""Unit tests for the paragraph-break rules along a flow (``paragraphs``).

Invented lines shaped like a 14-character newspaper column whose first lines lost their indent.
"""

from engine_support import feats
from proofer.core.analysis.paragraphs import THRESHOLD, break_score, first_line_scores, quote_scores


def _flow(texts, column=14.0):
    lines = feats(texts)
    scores = [break_score(a, column, b, column) for a, b in zip(lines, lines[1:], strict=False)]
    scores = first_line_scores(scores, lines, [column] * len(lines))
    return quote_scores(scores, lines)


def test_a_sentence_ending_at_the_column_s_edge_inside_an_open_quotation_goes_on():
    opened = ["老人拉着我的手说：“这些年来，", "日子一天比一天好过了。我们", "的心里都踏实多了，也满意了。"]
    after = ["明年还要再多种一些果树，多", "挣一些钱。”"]
    assert _flow(opened + after)[2] < THRESHOLD
    # the quotation closed before the sentence end: the indented line opens a paragraph
    closed = ["老人拉着我的手说：“这些年来，", "日子一天比一天好过了。”我们", "的心里都踏实多了，也满意了。"]
    assert _flow(closed + after)[2] > THRESHOLD
    # a quotation running over paragraphs opens the next one with its mark again
    assert _flow(opened + ["“明年还要再多种一些果树，", "挣一些钱。”"])[2] > THRESHOLD
    # a short last line ends its paragraph, quotation open or not (a lost mark leaves one open)
    assert _flow(["老人拉着我的手说：“这些年来，", "日子好过了。"] + after)[1] > THRESHOLD


def test_a_section_numeral_on_a_line_of_its_own_is_a_paragraph_whatever_stands_above_it():
    numeral = feats(["１"])[0]
    # an author line as wide as the column: alone, it would read on into the line below
    (author,) = feats(["本报记者甲乙丙丁本报通讯员戊"])
    assert break_score(author, 14.0, numeral, 14.0) > THRESHOLD
    (text,) = feats(["世界航空界预测：装备一新的"])
    assert break_score(numeral, 14.0, text, 14.0) > THRESHOLD


def test_a_date_on_a_line_of_its_own_under_a_signature_is_its_own_paragraph():
    signature, date = feats(["本报编辑部", "１９９８年１月７日"])
    assert break_score(signature, 14.0, date, 14.0) > THRESHOLD


def test_a_line_closed_by_a_dash_short_of_the_column_ends_its_paragraph_over_an_indented_line():
    # the two-em dash spelled with three marks is as wide as counted: it has no room to grow, so
    # the line stops short of the column (13 of 14.75), though its marks would fill it if set full
    lead, item = feats(["的业绩，不妨略引述一二———", "有塑造留学生文学的典型形"])
    assert break_score(lead, 14.75, item, 14.75) > THRESHOLD
