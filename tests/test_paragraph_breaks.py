"""Unit tests for the paragraph-break rules along a flow (``paragraphs``).

Invented lines shaped like a 14-character newspaper column whose first lines lost their indent.
"""

from engine_support import column, feats
from proofer.core.analysis import propose
from proofer.core.analysis.features import line_features
from proofer.core.analysis.paragraphs import (
    THRESHOLD,
    break_column,
    break_score,
    first_line_scores,
    indent_scores,
    quote_scores,
)
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


def test_a_signature_the_column_pushed_onto_a_line_of_its_own_ends_the_paragraph_above():
    # the last line stops 1.5 short of the column: no room for the signature's bracket and a
    # character, so the signature, run on at the paragraph's end, went down a line
    last, signature = feats(["居民搬进了宽敞的新家。", "（甲乙丙）"])
    assert last.width == 10.75
    assert break_score(last, 12.25, signature, 12.25) < THRESHOLD
    # under a line that left room for it, a signature on a line of its own was set apart
    assert break_score(last, 13.5, signature, 13.5) > THRESHOLD
    # a photo's credit under its caption is set apart, however full the line above
    (credit,) = feats(["（甲乙丙摄）"])
    assert break_score(last, 12.25, credit, 12.25) > THRESHOLD


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


def test_an_indent_the_extractor_kept_is_read_in_the_raw_line():
    assert line_features("\u3000\u3000新年伊始，").indented
    assert line_features("  新年伊始，").indented and line_features("    新年伊始，").indented
    # a single space is OCR noise, a wide margin a centred line; most lines have neither
    assert not any(line_features(t).indented for t in (" 新年伊始，", "        新年伊始", "新年伊始，"))
    assert line_features("\u3000\u3000新年伊始，").text == "新年伊始，"


_TOPICS = ("冬季送温暖", "职工帮扶", "社区服务", "技能培训", "法律援助", "文化下乡", "医疗义诊", "助学圆梦",
           "节日慰问", "志愿服务")


def _indented_page(indent: str) -> str:
    """A headline over paragraphs in a 12-character column, each first line opened by ``indent``
    (none: lost), the last holding a sentence that ends short of the column inside it (as OCR
    may cut a line): by widths alone, two paragraphs."""
    paragraphs = [f"今年以来，本市各区工会开展了{t}活动，受到广大职工群众的欢迎和好评。" for t in _TOPICS]
    lines = []
    for text in paragraphs:
        set_lines = column([text], 12)
        lines += [indent + set_lines[0], *set_lines[1:]]
    lines += [indent + "活动将持续到春节，市总工", "会表示。",
              "今后还将把送温暖活动与日常", "帮扶结合起来，形成长效机制。"]
    return "全市职工喜迎新春佳节\n\n" + "\n".join(lines) + "\n"


def _paragraphs(text: str) -> list[str]:
    lines = lines_from_text(text)
    return [p.text for a in reconstruct(lines, propose(lines)).articles for p in a.paragraphs]


def test_a_kept_indent_opens_a_paragraph_and_its_absence_goes_on_where_every_indent_was_kept():
    for indent in ("\u3000\u3000", "  "):
        paragraphs = _paragraphs(_indented_page(indent))
        assert len(paragraphs) == len(_TOPICS) + 1, indent
        assert paragraphs[-1].startswith("活动将持续到春节，市总工会表示。今后还将"), indent
    # without indents the widths decide, as on any page
    assert _paragraphs(_indented_page(""))[-1].startswith("今后还将")


def test_a_kept_indent_opens_a_paragraph_the_widths_would_join():
    lines = feats(["一二三四五六七八九十一二。", "\u3000\u3000一二三四五六七八九，十一二"])
    (score,) = indent_scores([-0.2], lines, consistent=False)
    assert score > THRESHOLD
    (score,) = indent_scores([1.8], feats(["一二三。", "一二三四五六七八九十一二"]), consistent=False)
    assert score > THRESHOLD  # some indents were lost: a line without one tells nothing
