"""Unit tests for each signal of the engine, on small real-shaped texts."""

from proofer.core.analysis import propose
from proofer.core.analysis.cohesion import PageBigrams, Shingles, han_bigrams
from proofer.core.analysis.features import (
    is_author_line,
    line_features,
    page_column_widths,
    piece_column_width,
    set_width,
)
from proofer.core.analysis.headlines import Headline, group_headlines, headline_roles
from proofer.core.analysis.paragraphs import THRESHOLD, break_score
from proofer.core.analysis.pieces import End, Start, runs_of, segments_of
from proofer.core.analysis.roles import furniture_lines, propose_roles
from proofer.core.model import Break, Role, lines_from_text
from proofer.core.reconstruct import reconstruct

COLUMN = [
    "日， 密云区总工会新就业形态劳",
    "动者送温暖慰问活动启动。 该活",
    "动将为辖区余名快递员、外卖员",
    "等新就业形态劳动者送去保温杯",
]


def feats(lines):
    return [line_features(t) for t in lines]


# features -------------------------------------------------------------------------------


def test_squeezed_punctuation_counts_less_than_a_character():
    assert set_width("一二三四") == 4
    assert set_width("一，二，") < 4
    assert set_width("ab") == 1


def test_datelines_are_recognised_at_line_start_only():
    assert line_features("本报讯 （记者 王路曼 ） 近").dateline
    assert line_features("本报杭州３月２日电记者李明").dateline
    assert line_features("据新华社开罗５月４日电").dateline
    assert line_features("（记者张华） 持续了一个多月的").dateline
    assert not line_features("他说，本报讯息很快").dateline


def test_author_line_is_a_role_word_and_a_name_without_punctuation():
    assert is_author_line("新华社记者刘伟")
    assert is_author_line("本报驻法国记者王强")
    assert not is_author_line("１９９８年由国家主席张三在")
    assert not is_author_line("记者了解到，活动")


def test_column_width_is_estimated_from_the_lines_not_a_constant():
    narrow = [10.75, 11.0, 10.75, 10.5, 11.0, 8.75, 10.75, 10.5, 4.0]
    wide = [14.75, 15.0, 14.5, 12.75, 15.0, 14.75, 9.5]
    columns = page_column_widths(narrow * 3 + wide * 3)
    assert any(abs(c - 10.75) <= 0.5 for c in columns) and any(abs(c - 14.75) <= 0.5 for c in columns)
    assert abs(piece_column_width(narrow, columns) - 10.75) <= 0.5
    assert abs(piece_column_width(wide, columns) - 14.75) <= 0.5


def test_letter_spaced_lines_are_marked_stretched():
    assert line_features("今 年 ， 市 场 也 不 断 创 新 高 。").stretched
    assert not line_features("日， 密云区总工会新就业形态劳").stretched


# roles ----------------------------------------------------------------------------------


def _roles(text):
    lines = lines_from_text(text)
    f = feats([line.text for line in lines])
    noise = furniture_lines(f)
    runs = runs_of(f, noise)
    roles, heads = propose_roles(f, runs, noise)
    return [d.value for d in roles], f, runs


def test_date_and_section_lines_at_the_page_top_are_furniture():
    roles, _, _ = _roles("2022年10月26日 星期一\n\n经济 2\n\n" + "\n".join(COLUMN))
    assert roles[0] is Role.NOISE and roles[2] is Role.NOISE
    assert roles[4] is Role.BODY


def test_a_lone_unpunctuated_line_above_a_dateline_is_a_headline():
    text = "密云工会慰问新就业形态劳动者代表\n\n本报讯 （记者 王路曼 ） 近\n" + "\n".join(COLUMN)
    roles, _, _ = _roles(text)
    assert roles[0] is Role.TITLE
    assert all(r is Role.BODY for r in roles[2:])


def test_a_column_fragment_ending_mid_sentence_stays_body():
    fragment = "于德力告诉记者， 在感受工会温\n暖的同时， 他也在动员身边的同\n事们积极加入工会组织。"
    text = "\n".join(COLUMN) + "\n\n" + fragment
    roles, _, _ = _roles(text)
    assert Role.TITLE not in roles


def test_an_author_line_above_the_body_is_a_byline_and_a_trailing_credit_line_a_credit():
    text = "小城汇率为何持续走低\n\n新华社记者刘伟\n新年伊始，本市的金融市场\n" + "\n".join(COLUMN) + "\n郝红 摄"
    roles, _, _ = _roles(text)
    assert roles[2] is Role.BYLINE
    assert roles[-1] is Role.CREDIT


# segments and paragraphs --------------------------------------------------------------


def test_segments_know_how_they_start_and_end():
    text = "\n".join(COLUMN) + "\n\n的关爱。\n\n据了解， 为推动健全完善新\n" + "\n".join(COLUMN)
    lines = lines_from_text(text)
    f = feats([line.text for line in lines])
    runs = runs_of(f, set())
    roles, _ = propose_roles(f, runs, set())
    segs = segments_of(runs, f, [d.value for d in roles])
    assert segs[0].start is Start.MIDDLE and segs[0].end is End.OPEN
    assert segs[1].end is End.PARAGRAPH
    assert segs[2].start is Start.PARAGRAPH


def test_a_short_line_ending_a_sentence_ends_its_paragraph():
    short, nxt = line_features("温杯、雨伞等慰问品。"), line_features("据了解， 为推动健全完善新")
    assert break_score(short, 14.0, nxt, 14.0) > THRESHOLD


def test_a_full_line_joins_the_next_even_after_a_sentence_end():
    full = line_features("就业形态劳动者加入工会组织。")
    nxt = line_features("同时， 结合新就业形态劳动者分")
    assert break_score(full, 14.0, nxt, 14.0) < THRESHOLD


def test_a_lost_indent_on_the_next_line_starts_a_paragraph_after_a_full_sentence_end():
    full = line_features("结束，本届城乡文化节正式开幕。")
    indented = line_features("市文化局局长王明、区政府领")
    assert break_score(full, 15.0, indented, 15.0) > THRESHOLD


def test_a_line_ending_mid_sentence_never_ends_a_paragraph():
    assert break_score(line_features("动作用， 密云区总工会开展此次"), 14.0, line_features("暖"), 14.0) < THRESHOLD


# cohesion --------------------------------------------------------------------------------


def test_a_junction_reads_better_when_its_bigram_occurs_on_the_page():
    page = PageBigrams(["预算资金有限，无力继续投入", "无力回天", "继续努力"])
    assert page.junction("有限，无", "力继续") > page.junction("有限，无", "过去了")


def test_shared_rare_bigrams_weigh_more_than_common_ones():
    sh = Shingles(["工会职工慰问活动", "工会职工律师评选", "工会职工热线开通"])
    a, b = han_bigrams("工会职工慰问活动"), han_bigrams("慰问活动")
    assert sh.cosine(a, b) > sh.cosine(a, han_bigrams("工会职工"))


# headlines --------------------------------------------------------------------------------


def test_a_headline_wrapped_over_lines_is_one_headline_and_a_wider_line_starts_another():
    f = feats(["全市春季运动会圆满结束秋季城乡文", "化节隆重启幕市长出席开幕式", "", "雪山之歌", "边防某团巡逻分队"])
    groups = group_headlines({0, 1, 3, 4}, f)
    assert [g.lines for g in groups] == [(0, 1), (3,), (4,)]


def test_a_scene_setting_first_headline_is_a_kicker_otherwise_the_second_is_a_subtitle():
    f = feats(["为辖区快递员送去保温杯", "密云工会慰问劳动者", "怀柔区总工会投入资金", "用于消费扶贫等工作"])
    assert headline_roles([Headline((0,)), Headline((1,))], f) == [Role.KICKER, Role.TITLE]
    assert headline_roles([Headline((2,)), Headline((3,))], f) == [Role.TITLE, Role.SUBTITLE]


# layout ------------------------------------------------------------------------------------


def _articles(text):
    lines = lines_from_text(text)
    page = reconstruct(lines, propose(lines))
    return page


def test_a_continuation_emitted_before_the_piece_it_continues_is_put_after_it():
    first = "本报讯 （记者 甲乙 ） 近日，\n苹果园区总工会开展了送温暖慰\n问活动，为辖区快递员外卖员送"
    other = "本报讯 （记者 丙丁 ） 近日，\n梨花镇举办了冬季长跑比赛，参\n赛选手来自全镇二十个村庄。"
    rest = "去保温杯雨伞等慰问品，苹果园\n区总工会负责人表示将继续开展\n此类活动。"
    page = _articles(rest + "\n\n" + first + "\n\n" + other + "\n")
    texts = sorted(p.text for a in page.articles for p in a.paragraphs)
    assert any(t.startswith("本报讯（记者 甲乙）") and t.endswith("此类活动。") for t in texts)
    assert any(t.startswith("本报讯（记者 丙丁）") and t.endswith("二十个村庄。") for t in texts)


def test_headlines_go_to_the_article_they_share_content_with():
    body1 = "本报讯 （记者 甲乙 ） 近日，\n苹果园区总工会开展了送温暖慰\n问活动，为辖区快递员送去慰问\n品。"
    body2 = "本报讯 （记者 丙丁 ） 近日，\n梨花镇举办了冬季长跑比赛，参\n赛选手来自全镇二十个村庄，场\n面热烈。"
    text = body1 + "\n\n" + body2 + "\n\n梨花镇举办冬季长跑比赛二十村庄选手参赛\n\n苹果园区总工会为快递员外卖员送温暖\n"
    page = _articles(text)
    by_title = {a.title.text: a.paragraphs[0].text for a in page.articles if a.title}
    assert "苹果园区" in by_title["苹果园区总工会为快递员外卖员送温暖"]
    assert "梨花镇" in by_title["梨花镇举办冬季长跑比赛二十村庄选手参赛"]


def test_every_break_the_engine_proposes_has_a_confidence_between_half_and_one():
    lines = lines_from_text("\n".join(COLUMN) + "\n\n据了解， 为推动健全完善新\n" + "\n".join(COLUMN))
    d = propose(lines)
    assert d.breaks and all(0.5 <= b.confidence <= 1.0 for b in d.breaks.values())
    assert all(isinstance(b.value, Break) for b in d.breaks.values())


def test_a_closing_source_bracket_closes_its_article():
    text = (
        "本报讯 （记者 甲乙 ） 近日，\n苹果园区总工会开展了送温暖慰\n问活动，反响热烈。 （新华社北\n京１月９日电）"
        "\n\n梨花镇的冬季长跑比赛吸引了全\n镇二十个村庄的选手参加。\n"
    )
    lines = lines_from_text(text)
    f = feats([line.text for line in lines])
    runs = runs_of(f, set())
    roles, _ = propose_roles(f, runs, set())
    segs = segments_of(runs, f, [d.value for d in roles])
    assert segs[0].end is End.CLOSED
    assert len(propose(lines).articles) == 2


def test_a_bare_name_above_an_indented_first_line_is_a_byline():
    text = "描绘乡村的新画卷\n\n李明华\n山村教师可以走上\n讲台传授新知识新理念\n孩子们却没有足够的书\n本和文具。\n"
    roles, _, _ = _roles(text)
    assert roles[2] is Role.BYLINE and roles[0] is Role.TITLE


def test_a_headless_agency_item_after_a_headlined_article_joins_it_as_a_roundup():
    head = "国际经济简讯\n\n"
    first = "据新华社东京１月９日电日本政\n府今天宣布将采取措施维护金融\n市场的稳定。"
    second = "据新华社曼谷１月９日电泰国股\n市今天继续下跌，汇市也创下新\n低。"
    page = _articles(head + first + "\n\n" + second + "\n")
    assert len(page.articles) == 1
    assert len(page.articles[0].paragraphs) == 2
