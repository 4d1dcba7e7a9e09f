"""Unit tests for the paragraph-break rules along a flow (``paragraphs``).

Invented lines shaped like a 14-character newspaper column whose first lines lost their indent.
"""

from engine_support import column, feats
from proofer.core.analysis import propose
from proofer.core.analysis.paragraphs import THRESHOLD, break_column, break_score, first_line_scores, quote_scores
from proofer.core.model import lines_from_text
from proofer.core.reconstruct import reconstruct


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


def test_a_text_of_short_paragraphs_is_measured_against_the_column_its_full_lines_reach():
    # two-line paragraphs: first lines (12 of 14, the indent lost) outnumber full lines, so the
    # estimate from the upper third of the widths falls on them; the full lines show the column
    paragraphs = [
        "第一条为了规范价格行为发挥价格合理配置资源的作用制定本法。",
        "第二条在本国境内发生的价格行为适用本法。",
        "第三条国家实行并逐步完善宏观经济调控下主要由市场形成价格的机制。",
        "第四条国家支持和促进公平公开合法的市场竞争维护正常的价格秩序。",
        "第五条国务院价格主管部门统一负责全国的价格工作。",
        "第六条商品价格和服务价格除依照本法适用政府指导价外实行市场调节价。",
        "第七条经营者定价应当遵循公平合法和诚实信用的原则。",
        "第八条经营者定价的基本依据是生产经营成本和市场供求状况。",
    ]
    lines = lines_from_text("价格管理办法\n\n" + "\n".join(column(paragraphs, 14)))
    (article,) = reconstruct(lines, propose(lines)).articles
    assert [p.text for p in article.paragraphs] == paragraphs
    assert break_column([12.0, 14.0, 3.0, 12.0, 12.75, 12.0, 14.0], 12.0) == 14.0
    assert break_column([12.0, 14.0, 3.0, 12.0, 12.75], 12.75) == 12.75  # one wide line proves nothing
