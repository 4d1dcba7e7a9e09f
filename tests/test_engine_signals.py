"""Unit tests for each signal of the engine, on small real-shaped texts."""

from engine_support import COLUMN, column, feats
from proofer.core.analysis import propose
from proofer.core.analysis.cohesion import PageBigrams, Shingles, han_bigrams
from proofer.core.analysis.engine import announced_by, text_reads_into
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


def test_other_papers_sites_and_agencies_datelines_are_recognised():
    for opener in ("京华时报讯 （记者 王明） 近", "北京青年报讯 昨天", "本刊讯 近日，", "千龙网讯 记者",
                   "人民网北京1月3日电 （记者", "中央社台北3日电 行政院", "央广网北京１月３日消息",
                   "据路透社伦敦1月3日电", "新 民 晚 报 讯 （ 记 者"):
        assert line_features(opener).dateline, opener
    # a dateline cut by the column after its date
    for opener in ("晨报伊斯兰堡１月", "晨报北京１月１４", "晨报北京１月６日", "晨报北京一月二日讯"):
        assert line_features(opener).dateline, opener
    # a quoted agency's place with no date; any source's reporters, cut by the column or not
    for opener in ("据美联社开罗电", "据路透社曼谷电（记者", "晨报记者甲乙丙丁戊己庚", "东方日报驻沪记者甲",
                   "美联社记者甲乙丙美联社通讯"):
        assert line_features(opener).dateline, opener
    # a source's name opening body text is no dateline without 讯 at once or a date
    for text in ("报社收到了来电，", "网上购物的讯息很多", "电视台的记者说，", "社区３号楼停电了",
                 "侨华人社团联合会已召开了５", "受国际文传电讯社记者采访时", "晨报记者了解到这一情况",
                 "据说社区停电了"):
        assert not line_features(text).dateline, text


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


def test_a_text_box_opening_a_paragraph_between_a_headline_and_a_dateline_stays_body():
    # an indented first line holding a clause over a line that fills the column: a paragraph's
    # opening, given by the extractor right above another box's dateline
    box = "入冬以来， 全镇各村各企业\n及所属防控一线的全体工作人员"
    text = "梨花镇工会为一线职工送温暖\n\n" + box + "\n\n本报讯 （记者 丙丁 ） 近\n" + "\n".join(COLUMN)
    roles, _, _ = _roles(text)
    assert roles[0] is Role.TITLE
    assert all(r is Role.BODY for r in roles[2:])


def test_a_headline_wrapped_onto_a_short_line_set_into_a_paragraphs_gap_is_a_headline():
    # between an open sentence and a text going on mid-sentence, a telegraphic run wrapped onto a
    # short last line ending no clause: no paragraph ends so, no column fragment either
    before = ["据了解， 为推动健全完善新", "就业形态劳动者权益保障机制，", "充分发挥工会组织送温暖示范带"]
    after = ["开。 全镇选手都对这次比赛表示", "非常满意， 都说明年还要再来", "参加。"]

    def heads(run: str) -> list[int]:
        text = "\n".join([*COLUMN, "", *before, "", *run.split("/"), "", *after])
        f = feats([line.text for line in lines_from_text(text)])
        _, found = propose_roles(f, runs_of(f, set()), set(), PageBigrams(x.text for x in f if not x.blank))
        return sorted(found)

    assert heads("梨花镇苹果园区联合举办冬季长/跑比赛") == [9, 10]
    assert heads("梨花镇的选手们都参加了冬季长/跑比赛") == []  # worded as text


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
    roles, _, _ = _roles(text.replace("郝红 摄", "郝红／摄"))
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


def test_a_scene_setting_headline_in_its_own_box_after_the_title_is_its_kicker_but_under_it_in_one_box_a_subtitle():
    f = feats(["梨花镇冬季长跑比赛开跑", "", "随着全民健身热潮兴起", "梨花镇冬季长跑比赛开跑", "随着全民健身热潮兴起"])
    # the boxes given out of print order: the wording tells the kicker
    assert headline_roles([Headline((0,)), Headline((2,))], f) == [Role.TITLE, Role.KICKER]
    # the same lines touching, one box: the line under the title is its subtitle
    assert headline_roles([Headline((3,)), Headline((4,))], f) == [Role.TITLE, Role.SUBTITLE]


def test_of_two_headlines_apart_the_one_listing_details_with_commas_is_the_subtitle_whatever_their_order():
    sub, title = "用于修缮校舍、添置图书等工作", "河东中学添置了一批新图书"
    f = feats([sub, "", "镇卫生院日前新添两台救护车，", "", title, "", title, "", sub])
    # the subtitle's box given first, another's text between them: the wording tells the roles
    assert headline_roles([Headline((0,)), Headline((4,))], f) == [Role.SUBTITLE, Role.TITLE]
    # one set right over the other: the order tells them
    assert headline_roles([Headline((6,)), Headline((8,))], f) == [Role.TITLE, Role.SUBTITLE]


def test_of_two_headlines_apart_the_one_in_a_bunch_of_headlines_is_the_title():
    sub, title = "工会委员值守热线倾听心声", "市政协职工热线开通"
    f = feats([sub, "", "本报讯（记者甲乙）近日，", "", "区图书馆延长开放时间", "", title, "", "社区举办联欢会"])
    # the title's box given after its subtitle's, among other articles' titles
    assert headline_roles([Headline((0,)), Headline((6,))], f, {4, 6, 8}) == [Role.SUBTITLE, Role.TITLE]
    assert headline_roles([Headline((0,)), Headline((6,))], f) == [Role.TITLE, Role.SUBTITLE]


def test_a_lone_headline_the_text_above_reads_on_into_is_text():
    def reads(above: str, line: str, in_text: bool = True) -> bool:
        texts = ["甲乙丙丁戊己庚辛", above, "", line]
        flows = [[0, 1]] if in_text else [[0]]
        return text_reads_into(Headline((3,)), flows, feats(texts), PageBigrams(texts))

    assert reads("县教育局副局长助", "理王明")  # 助|理: a word across the box end
    assert not reads("县教育局副局长。", "理王明")  # a sentence ended above it
    assert not reads("县教育局副局长", "王明来访")  # 长|王: no word across
    assert not reads("县教育局副局长助", "理王明", in_text=False)  # the line above is no article's text


def test_a_lone_headline_a_colon_announces_is_text():
    def above(line_above: str, in_text: bool = True) -> int | None:
        texts = ["甲乙丙丁戊己庚辛", line_above, "", "一是街道要办好夜校"]
        flows = [[0, 1]] if in_text else [[0]]
        return announced_by(Headline((3,)), flows, feats(texts))

    assert above("它给我们的启示有两点：") == 1  # the colon announces the items: the text goes on
    assert above("居民们的意见如下:") == 1
    assert above("它给我们的启示有两点。") is None  # a sentence ended above it
    assert above("它给我们的启示有两点：", in_text=False) is None  # the line above is no article's text


def test_a_figurative_title_over_the_news_subtitle_heads_its_article():
    # set apart from the body (another article's text below the block), sharing no words with it
    news = column([
        "本报讯老街改造完工以后，商户陆续回到老街开门迎客，老街的人气渐渐旺了起来，周末游客也多了。",
        "商户们说，老街改造以后路面平整了，老街的店铺也更整齐了，回流的商户越来越多。",
    ])
    other = column(["本报讯区图书馆在社区开设了十个图书借阅点，居民在家门口就能借到新书和报刊，借阅点的图书每月更新。"])
    text = "\n".join(["春风又绿江南岸", "", "老街改造完工商户回流", "", "社区开设图书借阅点", "", *other, "", *news])
    lines = lines_from_text(text)
    page = reconstruct(lines, propose(lines))
    heads = {a.paragraphs[0].text[:6]: (a.title.text, a.subtitle and a.subtitle.text) for a in page.articles}
    assert heads == {
        "本报讯老街改": ("春风又绿江南岸", "老街改造完工商户回流"),
        "本报讯区图书": ("社区开设图书借阅点", None),
    }
    assert not page.loose


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


def test_the_last_character_of_an_author_s_name_cut_into_its_own_box_stays_with_the_author():
    text = (
        "山村学校迎来新教师\n\n本报记者王立\n\n华\n\n"
        "新学期开学第一天， 山村小\n学迎来了三位从城里来的年轻\n教师，孩子们都很高兴。\n"
    )
    page = _articles(text)
    author, first = page.articles[0].paragraphs[:2]
    assert author.text == "本报记者王立华"
    assert first.text.startswith("新学期开学第一天")


def test_an_author_line_cut_inside_the_name_is_a_byline_whatever_paper_it_names():
    for paper in ("本报", "晨报", "东方早报", "本刊"):
        text = (
            f"山村学校迎来新教师\n\n{paper}驻云南记者王\n\n华\n\n"
            "新学期开学第一天， 山村小\n学迎来了三位从城里来的年轻\n教师，孩子们都很高兴。\n"
        )
        roles = [d.value for d in propose(lines_from_text(text)).roles]
        assert roles[0] is Role.TITLE and roles[2] is roles[4] is Role.BYLINE, paper
        page = _articles(text)
        assert page.articles[0].paragraphs[0].text == f"{paper}驻云南记者王华", paper


def test_a_source_s_department_signing_a_letter_stays_with_the_letter():
    for line in ("本报读者服务部", "晨报读者服务部", "东方电视台新闻部", "晚报调查组"):
        assert line_features(line).dateline, line
    assert not line_features("受国际文传电讯社采访的外交部，").dateline
    # the page is read as it is with this paper's own name in the signature
    def decided(source):
        letter = (
            "山村学校迎来新教师\n\n本报讯 （记者 甲乙 ） 新学\n期开学第一天， 山村小学迎来\n"
            "了三位从城里来的年轻教师，\n"
            "孩子们都很高兴。\n\n致读者\n\n新年伊始，我们的版面作了一\n些调整，增加了读者来信和社\n"
            "会调查的内容，欢迎广大读者\n对我们的工作提出意见。\n\n" + source + "读者服务部\n\n２０２０年１月１日\n"
        )
        lines = lines_from_text(letter)
        page = reconstruct(lines, propose(lines))
        return [[p.text.replace(source + "读者", "读者") for p in a.paragraphs] for a in page.articles]

    assert decided("晨报") == decided("本报")


def test_a_headless_agency_item_after_a_headlined_article_joins_it_as_a_roundup():
    head = "国际经济简讯\n\n"
    first = "据新华社东京１月９日电日本政\n府今天宣布将采取措施维护金融\n市场的稳定。"
    second = "据新华社曼谷１月９日电泰国股\n市今天继续下跌，汇市也创下新\n低。"
    page = _articles(head + first + "\n\n" + second + "\n")
    assert len(page.articles) == 1
    assert len(page.articles[0].paragraphs) == 2


# headline style --------------------------------------------------------------------------


def test_telegraphic_wording_is_told_from_a_cut_body_line():
    from proofer.core.analysis.headline_style import telegraphic

    assert telegraphic("市长走访社区慰问独居老人")
    assert telegraphic("“菜篮子”货足价稳")
    assert not telegraphic("他们为社区送去了温暖的")  # particles, ends binding to the next word
    assert not telegraphic("在这里他们可以看到")  # function characters of running text
    assert not telegraphic("市长走访社区， 慰问老人")  # punctuation


def test_a_body_line_that_reads_on_into_the_next_run_is_not_headline_wording():
    from proofer.core.analysis.cohesion import PageBigrams
    from proofer.core.analysis.headline_style import reads_on

    bigrams = PageBigrams(["今年市场供应充足", "价格稳定供应充足"])
    assert reads_on("今年市场供", "应充足", bigrams)
    assert not reads_on("市长慰问独居老人", "本报讯今年", bigrams)


def test_a_column_wide_telegraphic_line_after_a_finished_paragraph_is_a_headline():
    head = "市长走访社区慰问独居老人"  # as wide as the column, no punctuation, no particle
    finished = [*COLUMN[:3], "等劳动者送去保温杯和雨伞。"]
    text = "\n".join(finished) + "\n\n" + head + "\n\n" + "\n".join(COLUMN)
    roles, _, _ = _roles(text)
    assert roles[len(finished) + 1] is Role.TITLE


def test_a_one_character_run_is_a_word_cut_off_not_a_headline():
    text = "\n".join(COLUMN) + "\n\n意识\n\n" + "\n".join(COLUMN)
    roles, _, _ = _roles(text)
    assert roles[len(COLUMN) + 1] is Role.BODY


def test_a_photo_news_marker_does_not_make_a_headline_a_bracketed_credit():
    from proofer.core.analysis.headline_style import telegraphic

    assert telegraphic("市民踏雪赏梅（图片）")
    finished = "\n".join(COLUMN[:3]) + "\n等劳动者送去保温杯和雨伞。"
    text = finished + "\n\n市民踏雪赏梅\n（图片）\n\n本报讯 （记者 王路曼 ） 近\n" + "\n".join(COLUMN)
    roles, _, _ = _roles(text)
    assert roles[5] is Role.TITLE and roles[6] is Role.TITLE


def test_a_name_like_line_above_a_dateline_ends_a_wrapped_headline():
    text = "全市工会联合会举\n行会议\n本报讯 （记者 王路曼 ） 近\n" + "\n".join(COLUMN)
    roles, _, _ = _roles(text)
    assert roles[:2] == [Role.TITLE, Role.TITLE]
    assert roles[2] is Role.BODY


def test_a_short_line_over_a_one_character_stub_is_a_wrapped_headline_not_an_author():
    finished = "\n".join(COLUMN[:3]) + "\n等劳动者送去保温杯和雨伞。"
    text = finished + "\n\n湖畔看\n菊\n\n席小平\n" + "\n".join(COLUMN)
    roles, _, _ = _roles(text)
    assert roles[5] is not Role.BYLINE


def test_a_short_line_whose_last_word_goes_on_in_the_next_run_looks_less_like_a_headline():
    from proofer.core.analysis.cohesion import PageBigrams
    from proofer.core.analysis.roles import _context

    finished = "\n".join(COLUMN[:3]) + "\n等劳动者送去保温杯和雨伞。"
    lines = lines_from_text(finished + "\n\n国家部门虽然三令\n\n五申， 禁止乱收费\n" + "\n".join(COLUMN))
    f = feats([line.text for line in lines])
    runs = runs_of(f, furniture_lines(f))
    texts = [x.text for x in f if not x.blank]
    cut = _context(runs[0], runs[2], f, runs[1], PageBigrams([*texts, "三令五申"]))
    whole = _context(runs[0], runs[2], f, runs[1], PageBigrams(texts))
    assert cut < whole


def test_a_role_word_and_name_inside_a_line_wider_than_the_columns_is_a_headline_not_an_author():
    finished = "\n".join(COLUMN[:3]) + "\n等劳动者送去保温杯和雨伞。"
    wide = "市人代会选出新一届常委会主任王建国"  # wider than the column: spans columns
    text = finished + "\n\n" + wide + "\n\n本报讯 （记者 王路曼 ） 近\n" + "\n".join(COLUMN)
    roles, _, _ = _roles(text)
    assert roles[5] is Role.TITLE


def test_a_short_line_above_an_author_line_is_a_headline_even_when_indented_like_a_paragraph():
    text = "\n".join(COLUMN) + "\n\n难忘的那个时刻\n\n本报驻南非记者温宪\n" + "\n".join(COLUMN)
    roles, _, _ = _roles(text)
    assert roles[len(COLUMN) + 1] is Role.TITLE


def test_a_topic_colon_is_headline_form():
    from proofer.core.analysis.headline_style import telegraphic

    assert telegraphic("某市：强化街道管理职能")
    assert not telegraphic("他说：")


def test_a_headline_below_a_title_sharing_none_of_its_words_is_no_subtitle_of_it():
    from proofer.core.analysis.headlines import assign_headlines

    texts = ["苹果园区总工会为快递员送温暖", "", "编者补白", ""]
    texts += ["苹果园区总工会开展送温暖活动", "梨花镇举办冬季长跑比赛"]
    f = feats(texts)
    heads = [Headline((0,)), Headline((2,))]
    bodies = [texts[4], texts[5]]
    _, owners = assign_headlines(heads, bodies, [frozenset({4}), frozenset({5})], [4, 5], f)
    assert owners[0] == 0
    assert owners[1] != 0  # not the first article's subtitle: it goes to the headless one


def test_a_headline_worded_as_one_right_on_an_indented_paragraph_is_found_when_the_page_glues_headlines():
    from proofer.core.analysis.roles import worded_heading_inside

    text = "新兵入营第一天\n分别来自山东、四川等地\n" + "\n".join(COLUMN)
    lines = lines_from_text(text)
    f = feats([line.text for line in lines])
    run = runs_of(f, set())[0]
    assert worded_heading_inside(run, f, None) == 1
    body = "新兵们到了营地之后\n分别来自山东、四川等地\n" + "\n".join(COLUMN)  # a particle: body wording
    f = feats([line.text for line in lines_from_text(body)])
    assert worded_heading_inside(runs_of(f, set())[0], f, None) == 0
    # a short headline right above a full line that goes on with a sentence begun elsewhere,
    # even where the text before this run was left open
    f = feats(["新兵入营第一天", *COLUMN])
    assert worded_heading_inside(runs_of(f, set())[0], f, None, after_text=False) == 1
    f = feats(["新兵们到了营地", *COLUMN])  # a particle: body wording
    assert worded_heading_inside(runs_of(f, set())[0], f, None, after_text=False) == 0
    f = feats(["致读者", *COLUMN])  # three characters are enough there
    assert worded_heading_inside(runs_of(f, set())[0], f, None, after_text=False) == 1


def test_a_title_and_the_subtitle_on_the_next_line_go_to_one_article():
    from proofer.core.analysis.headlines import assign_headlines

    # the title shares no words, it only stands above the first body; the subtitle's words are the
    # second body's: one text box, one article, the one they share words with
    texts = ["蓝天芭蕾", "飞行表演队十年练就绝技", "", "机场上空观众喝彩", "表演队飞行员十年练就绝技"]
    f = feats(texts)
    heads = [Headline((0,)), Headline((1,))]
    _, owners = assign_headlines(heads, texts[3:], [frozenset({3}), frozenset({4})], [3, 4], f)
    assert owners == [1, 1]


def test_a_subtitle_printed_over_another_articles_box_stays_with_the_article_its_words_name():
    from proofer.core.analysis.headlines import assign_headlines

    # the title apart, its subtitle set right above a headless text it shares no words with: the
    # box below does not make it that text's headline, nor leave the title to it
    texts = ["苹果园区工会慰问快递员", "", "为快递员送去保温杯雨伞等慰问品", "", "梨花镇的冬季长跑比赛昨日开跑"]
    texts += ["", "近日苹果园区工会为辖区快递员送去保温杯雨伞等慰问品"]
    f = feats(texts)
    heads = [Headline((0,)), Headline((2,))]
    _, owners = assign_headlines(heads, [texts[6], texts[4]], [frozenset({6}), frozenset({4})], [6, 4], f)
    assert owners == [0, 0]


def test_a_headline_worded_as_other_bodies_is_not_the_headline_of_the_box_below_by_position_alone():
    from proofer.core.analysis.headlines import assign_headlines

    # its words are the two reports' (neither clearly), none the text right under it
    texts = ["苹果园区工会慰问快递员", "", "梨花镇举办冬季长跑比赛", "", "快递员冬季长跑比赛", ""]
    texts += ["柳树村修通了一条水泥路", "", "苹果园区工会近日慰问快递员", "", "梨花镇近日举办冬季长跑比赛"]
    f = feats(texts)
    heads = [Headline((0,)), Headline((2,)), Headline((4,))]
    lines = [frozenset({8}), frozenset({10}), frozenset({6})]
    _, owners = assign_headlines(heads, [texts[8], texts[10], texts[6]], lines, [8, 10, 6], f)
    assert owners[:2] == [0, 1] and owners[2] != 2


def test_a_line_reading_on_into_an_author_like_line_is_a_wrapped_sentence_not_a_headline():
    from proofer.core.analysis.cohesion import PageBigrams
    from proofer.core.analysis.roles import heading_lines_inside

    texts = ["市长在会谈结束后接", "受本市电视台记者采访时", *COLUMN]
    f = feats(texts)
    run = runs_of(f, set())[0]
    assert f[1].author  # shaped like an author line: role word, then three characters
    assert heading_lines_inside(run, f) == 1
    assert heading_lines_inside(run, f, PageBigrams([*texts, "他接受了邀请"])) == 0


def test_an_author_like_line_filling_the_column_is_body_not_the_end_of_a_headline():
    from proofer.core.analysis.roles import heading_lines_inside

    texts = ["市长在会谈结束后", "回答本市电视台及报社记者提问时", *COLUMN]  # role word + name, full width
    f = feats(texts)
    run = runs_of(f, set())[0]
    assert f[1].author and f[1].width >= run.column - 1.0
    assert heading_lines_inside(run, f) == 0


def test_a_run_ending_on_a_short_unpunctuated_line_reads_as_a_wrapped_headline():
    finished = "\n".join(COLUMN[:3]) + "\n等劳动者送去保温杯和雨伞。"
    head = "全市总工会为新就业形态劳动\n者代表送去慰问品的活动\n圆满结束"  # the last line short, no stop
    text = finished + "\n\n" + head + "\n\n" + "\n".join(COLUMN)
    roles, _, _ = _roles(text)
    assert roles[5:8] == [Role.TITLE] * 3


def test_of_two_name_like_lines_under_a_headline_the_lower_is_the_author():
    text = "驾车奔驰在高速\n公路上\n李明华\n山村教师可以走上\n讲台传授新知识新理念\n孩子们却没有足够的书\n本和文具。\n"
    roles, _, _ = _roles(text)
    assert roles[:3] == [Role.TITLE, Role.TITLE, Role.BYLINE]


def test_a_doubtful_headline_no_body_claims_goes_back_into_the_text_it_reads_on_into():
    from proofer.core.analysis.cohesion import PageBigrams
    from proofer.core.analysis.engine import _place_loose
    from proofer.core.analysis.pieces import segments_of

    texts = ["本报讯 （记者 甲乙 ） 近日，", "国家部门虽然三令", "", "五申， 禁止乱收费的规定", "又一次得到落实。"]
    f = feats(texts)
    runs = runs_of(f, set())
    segs = segments_of(runs, f, [Role.BODY] * len(f))
    flows = [[0, 3, 4]]
    column = {i: s.column for s in segs for i in s.lines}
    placed = _place_loose([Headline((1,))], flows, column, f, PageBigrams([*texts, "三令五申"]))
    assert flows == [[0, 1, 3, 4]] and set(placed) == {1}


def test_a_headline_set_into_a_paragraphs_gap_is_bridged_by_the_text_around_it():
    from proofer.core.analysis.cohesion import PageBigrams
    from proofer.core.analysis.roles import _bridged

    texts = ["管理体制改革使街", "", "某市：强化社区管理职能", "", "道办事处的功能不断加强"]
    f = feats(texts)
    runs = runs_of(f, set())
    bigrams = PageBigrams([*texts, "街道"])
    assert _bridged(runs[0], runs[2], runs[1], f, bigrams)
    assert not _bridged(runs[0], runs[2], runs[1], f, PageBigrams(texts))


def test_a_long_headline_sharing_no_words_apart_above_a_title_heads_a_headless_article():
    from proofer.core.analysis.headlines import assign_headlines

    texts = ["别让老人独守空房过年", "", "苹果园区总工会为快递员送温暖", "", "苹果园区总工会开展送温暖活动"]
    texts += ["", "腊月里村里的子女们纷纷返乡团聚"]
    f = feats(texts)
    heads = [Headline((0,)), Headline((2,))]
    bodies = [texts[4], texts[6]]
    _, owners = assign_headlines(heads, bodies, [frozenset({4}), frozenset({6})], [4, 6], f)
    assert owners == [1, 0]


def test_a_short_column_label_apart_above_a_title_stays_with_it():
    from proofer.core.analysis.headlines import assign_headlines

    texts = ["经济传真", "", "苹果园区总工会为快递员送温暖", "", "苹果园区总工会开展送温暖活动"]
    texts += ["", "腊月里村里的子女们纷纷返乡团聚"]
    f = feats(texts)
    heads = [Headline((0,)), Headline((2,))]
    bodies = [texts[4], texts[6]]
    _, owners = assign_headlines(heads, bodies, [frozenset({4}), frozenset({6})], [4, 6], f)
    assert owners == [0, 0]


def test_a_name_over_a_caption_opening_with_that_name_is_the_headline_of_a_profile():
    from proofer.core.analysis.roles import heading_lines_inside

    texts = ["王红梅", "王红梅 （右二） 在柜台前为", "顾客服务。 （李明摄）", *COLUMN]
    f = feats(texts)
    assert heading_lines_inside(runs_of(f, set())[0], f) == 1


def test_a_letter_spaced_line_is_justified_text_not_a_headline():
    finished = "\n".join(COLUMN[:3]) + "\n等劳动者送去保温杯和雨伞。"
    text = finished + "\n\n市 长 在 社 区 门 前 留\n\n" + "\n".join(COLUMN)
    roles, _, _ = _roles(text)
    assert roles[5] is Role.BODY


def test_a_commentary_signed_by_the_papers_commentator_has_that_line_as_its_byline():
    text = "论艰苦奋斗\n\n本报评论员\n山村教师可以走上\n讲台传授新知识新理念\n孩子们却没有足够的书\n本和文具。\n"
    roles, _, _ = _roles(text)
    assert roles[2] is Role.BYLINE


def test_a_line_giving_its_source_is_running_text_not_headline_wording():
    from proofer.core.analysis.headline_style import telegraphic

    assert not telegraphic("据《吉林日报》")
    assert not telegraphic("截至去年年底")


def test_a_bare_name_set_alone_between_text_lines_is_an_author_not_a_headline():
    text = "描绘乡村的新画卷\n\n市教育局教研室\n\n李明华\n\n"
    text += "山村教师可以走上\n讲台传授新知识新理念\n孩子们却没有足够的书\n本和文具。\n"
    roles, _, _ = _roles(text)
    assert roles[4] is Role.BYLINE and roles[0] is Role.TITLE
    before = "山村教师可以走上讲台\n传授新知识新理念，孩子\n们却没有足够的书本和文\n具。\n\n"
    # a name with the rest of its headline below it heads its article
    text = before + "李明华\n\n描绘乡村的新画卷\n\n本报讯 （记者 王红）山村\n教师可以走上讲台传授新\n知识新理念。\n"
    roles, _, _ = _roles(text)
    assert roles[5] is Role.TITLE
    # a name over a caption that opens with it is whom the caption is about
    text = before + "李明华\n\n李明华在讲台上为孩\n子们讲课。（王红摄）\n"
    roles, _, _ = _roles(text)
    assert roles[5] is Role.TITLE


def test_headlines_bunched_in_boxes_of_their_own_are_sure_headlines_not_text_reading_on():
    # three headlines wider than the column, stacked apart from their texts: the ones beside a
    # headline are neither text it continues nor text that continues it
    heads = [
        "区总工会开展新就业形态劳动者送温暖活动",
        "市图书馆自本月起延长开放时间至晚上九点",
        "社区举办迎新春联欢会居民自编自演节目",
    ]
    texts = [
        "本报讯（记者 甲乙）近日，区总工\n会开展新就业形态劳动者送温暖慰\n"
        "问活动，为辖区快递员、外卖员送\n去保温杯等慰问品。\n",
        "本报讯（记者 丙丁）市图书馆自本\n月起延长开放时间，每天开放至晚\n"
        "上九点，周末照常开放，读者可以\n凭借阅证借还图书。\n",
        "本报讯（记者 戊己）某社区日前举\n办迎新春联欢会，居民自编自演节\n"
        "目二十余个，社区还为老人送上春\n联和福字。\n",
    ]
    lines = lines_from_text("\n\n".join(heads) + "\n\n" + "\n".join(texts))
    roles = propose(lines).roles
    for i in (0, 2, 4):
        assert roles[i].value is Role.TITLE and roles[i].confidence >= 0.9, (i, roles[i])


# two reports in a column eleven characters wide (the second quoted from an agency with 据)
NARROW_REPORTS = [
    column(
        [
            "本报讯（记者甲乙）近日，区总工会开展新就业形态劳动者送温暖慰问活动，为辖区快递员、外卖员送去保温杯等慰问品。",
            "活动还为环卫工人送去了手套和围巾，受到大家的欢迎。",
        ],
        11,
    ),
    column(
        [
            "据新华社某地１月４日电一项研究发现，人在睡眠中做的梦大多与白天的经历有关，并无神秘之处。",
            "研究人员说，这项研究有助于了解大脑的工作方式。",
        ],
        11,
    ),
]


def test_a_headline_set_on_the_column_grid_amid_a_bunch_of_headlines_is_one_of_them():
    body = "\n\n".join("\n".join(b) for b in NARROW_REPORTS)
    # two lines as wide as the column, between two lines set like headlines: no column fragment
    heads = ["小城的骨气", "某国总统在记者见面会说\n地方事务不要“指手画脚”", "市图书馆延长开放时间"]
    lines = lines_from_text(body + "\n\n" + "\n\n".join(heads) + "\n")
    roles = propose(lines).roles
    middle = [i for i, line in enumerate(lines) if line.text.startswith(("某国", "地方事务"))]
    assert [roles[i].value for i in middle] == [Role.TITLE, Role.TITLE]


def test_a_bunched_headline_no_text_shares_words_with_heads_the_quoted_report_left_without_one():
    third = column(["本报讯（记者戊己）市图书馆自本月起延长开放时间，每天开放至晚上九点，周末照常开放。"], 11)
    body = "\n\n".join("\n".join(b) for b in [*NARROW_REPORTS, third])
    page = _articles(body + "\n\n区总工会为快递员送温暖\n\n科学家解释梦境来由\n\n市图书馆延长开放时间\n")
    titles = [(a.title.text if a.title else None, a.paragraphs[0].text[:2]) for a in page.articles]
    assert titles == [
        ("区总工会为快递员送温暖", "本报"),
        ("科学家解释梦境来由", "据新"),
        ("市图书馆延长开放时间", "本报"),
    ]


def test_a_headline_high_in_a_bunch_sharing_no_words_with_the_text_under_the_bunch_does_not_head_it_by_position():
    texts = [
        "本报讯（记者甲乙）近日，区总工会开展新就业形态劳动者送温暖慰问活动，为辖区快递员、外卖员送去保温杯等慰问品。",
        "本报讯（记者丙丁）昨天，一批青年人的书画在市里展出，回顾了十年来的探索，吸引了众多市民前来观看。",
        "本报讯（记者戊己）市图书馆自本月起延长开放时间，每天开放至晚上九点，周末照常开放。",
        "本报讯（记者庚辛）某社区日前举办迎新春联欢会，居民自编自演节目二十余个。",
    ]
    # the first text's headline is lost; the bunch's first headline shares a few words with the second
    heads = ["王某书画作品回顾展举办", "社区举办迎新春联欢会", "市图书馆延长开放时间"]
    body = "\n\n".join("\n".join(column([t], 14)) for t in texts)
    page = _articles("\n\n".join(heads) + "\n\n" + body + "\n")
    titles = {a.paragraphs[0].text[:8]: a.title.text if a.title else None for a in page.articles}
    assert titles["本报讯（记者丙丁"] == "王某书画作品回顾展举办" and titles["本报讯（记者甲乙"] is None


def test_a_headline_naming_a_post_and_a_person_amid_a_bunch_is_measured_against_the_page_columns():
    texts = [
        "本报讯（记者甲乙）近日，区总工会开展新就业形态劳动者送温暖慰问活动，为辖区快递员、外卖员送去保温杯等慰问品。",
        "新华社某地１月１３日电某省人民代表大会今天闭幕，会议选举王某为省人大常委会主任，选举李某某为省长。",
        "本报讯（记者戊己）市图书馆自本月起延长开放时间，每天开放至晚上九点，周末照常开放。",
        "本报讯（记者庚辛）某社区日前举办迎新春联欢会，居民自编自演节目二十余个。",
        "本报讯（记者壬癸）河东中学日前添置了一批新图书，供学生课余借阅。",
    ]
    # its first line reads like an author line (a post, a name), but is wider than any column
    elected = "王某当选某省人大主任李某某\n当选某省省长"
    heads = ["区总工会为快递员送温暖", "社区举办迎新春联欢会", elected, "市图书馆延长开放时间", "河东中学添置新图书"]
    body = "\n\n".join("\n".join(column([t], 11)) for t in texts)
    page = _articles("\n\n".join(heads) + "\n\n" + body + "\n")
    titles = {a.paragraphs[0].text[:4]: a.title.text if a.title else None for a in page.articles}
    assert titles["新华社某"] == elected.replace("\n", "")


def test_headlines_of_a_bunch_sharing_no_words_with_any_text_head_the_headless_texts_in_their_order():
    texts = [
        "本报讯（记者甲乙）近日，区总工会开展新就业形态劳动者送温暖慰问活动，为辖区快递员、外卖员送去保温杯等慰问品。",
        "本报讯（记者戊己）市图书馆自本月起延长开放时间，每天开放至晚上九点，周末照常开放。",
        "本报讯（记者庚辛）某社区日前举办迎新春联欢会，居民自编自演节目二十余个。",
    ]
    # figurative headlines, in the order of their texts: nearness to the bunch tells nothing
    heads = ["夜读有了好去处", "欢歌笑语迎春来", "区总工会为快递员送温暖"]
    body = "\n\n".join("\n".join(column([t], 14)) for t in texts)
    page = _articles("\n\n".join(heads) + "\n\n" + body + "\n")
    titles = {a.paragraphs[0].text[:8]: a.title.text if a.title else None for a in page.articles}
    assert titles == {"本报讯（记者甲乙": heads[2], "本报讯（记者戊己": heads[0], "本报讯（记者庚辛": heads[1]}


def test_item_numbers_are_read_from_digits_and_numerals_but_not_from_decimals_or_dates():
    from proofer.core.analysis.features import item_number

    assert item_number("２、 河北遵化市") == 2
    assert item_number("12. Items") == 12
    assert item_number("（三）制定属于") == 3
    assert item_number("十二、附则") == 12
    assert item_number("二十三、其他") == 23
    assert item_number("１．５米高的钟") is None
    assert item_number("1月6日") is None
    assert item_number("一些人认为") is None


def test_numbered_captions_emitted_out_of_order_are_read_from_the_first_item():
    text = (
        "图片新闻\n\n（新华社记者甲乙摄）\n２、梨花镇的小学生与全镇一百多\n名孤寡老人结对子，帮他们做家\n"
        "务。图为少先队员在老人家中。\n\n（丙丁摄）\n\n１、日前，苹果园区的慰问团来到\n柳树镇。图为农民在服务台前听\n"
        "取农技专家的讲座。\n"
    )
    page = _articles(text)
    assert len(page.articles) == 1 and page.articles[0].title.text == "图片新闻"
    starts = [p.text[:2] for p in page.articles[0].paragraphs]
    assert starts == ["１、", "（新", "２、", "（丙"]


def test_a_headline_glued_on_top_of_its_articles_last_box_is_found_and_the_text_rejoined():
    top = "苹果园区总工会开展送温暖活动\n快递员外卖员喜领保温杯雨伞\n名快递员领到了慰问品。他们\n纷纷表示心里很温暖。\n"
    body = (
        "本报讯 （记者 甲乙 ） 近日，\n苹果园区总工会开展了送温暖慰\n问活动，为辖区快递员外卖员送\n"
        "去保温杯雨伞等慰问品，共有上千\n"
    )
    other = (
        "梨花镇举办冬季长跑比赛\n\n本报讯 （记者 丙丁 ） 近日，\n梨花镇举办了冬季长跑比赛，参\n"
        "赛选手来自全镇二十个村庄，场\n面热烈。\n"
    )
    page = _articles(top + "\n" + body + "\n" + other)
    glued = next(a for a in page.articles if "甲乙" in a.paragraphs[0].text)
    assert glued.title.text == "苹果园区总工会开展送温暖活动快递员外卖员喜领保温杯雨伞"
    assert glued.paragraphs[0].text.endswith("共有上千名快递员领到了慰问品。他们纷纷表示心里很温暖。")


def test_a_short_line_over_the_first_numbered_item_heads_the_items_as_their_own_article():
    report = "本报讯 （记者 丙丁 ） 近日，\n梨花镇电视台迎来开播十周年，\n台里的节目最受观众喜爱。\n\n"
    items = "图片新闻\n１、日前，苹果园区慰问团\n来到柳树镇。图为农民在服务台\n前听取农技专家的讲座。\n"
    page = _articles("梨花镇电视台开播十周年\n\n" + report + items)
    assert [a.title.text for a in page.articles] == ["梨花镇电视台开播十周年", "图片新闻"]
    assert page.articles[1].paragraphs[0].text.startswith("１、日前")


def test_a_label_set_alone_above_an_article_is_its_headline_though_another_report_shares_its_words():
    # the report under the first title shares none of its words but holds 图片新闻 twice
    report = (
        "荧屏走来好汉歌\n\n本报讯 （记者 丙丁 ） 近日，\n梨花镇电视台迎来开播十周年，\n台里的图片新闻栏目最受观众喜\n"
        "爱，每天播出全镇的图片新闻。\n\n"
    )
    items = (
        "图片新闻\n１、日前，苹果园区慰问团\n来到柳树镇。图为农民在服务台\n前听取农技专家的讲座。\n\n"
        "２、柳树镇的小学生与孤寡\n老人结对子，帮他们做家务。\n"
    )
    page = _articles(report + items)
    by_title = {a.title.text: a.paragraphs[0].text for a in page.articles}
    assert by_title["荧屏走来好汉歌"].startswith("本报讯")
    assert by_title["图片新闻"].startswith("１、日前")


def test_a_subhead_inside_a_feature_is_a_paragraph_of_it_not_the_headline_of_another_article():
    feature = (
        "苹果园区的新变化\n\n本报记者 甲乙\n\n"
        "苹果园区地处山区，过去农民种\n植苹果收入不高。近年来，苹果\n园区大力发展苹果深加工产业，\n"
        "苹果园区的农民收入逐年提高。\n\n科技助农，拓宽销路\n\n"
        "苹果园区请来农业专家，指\n导农民科学种植苹果。苹果园区\n还建起了电商平台，苹果销往全\n"
        "国各地，苹果园区的农民收入大\n幅提高。\n\n"
    )
    other = "梨花镇举办冬季长跑比赛\n\n本报讯 （记者 丙丁 ） 近日，\n梨花镇举办了冬季长跑比赛，参\n赛选手来自全镇。\n"
    page = _articles(feature + other)
    assert [a.title.text for a in page.articles] == ["苹果园区的新变化", "梨花镇举办冬季长跑比赛"]
    texts = [p.text for p in page.articles[0].paragraphs]
    assert texts[2] == "科技助农，拓宽销路" and texts[3].startswith("苹果园区请来")


def test_a_headless_text_goes_on_the_article_above_past_a_headline_whose_article_opened_before():
    from proofer.core.analysis.article_checks import merge_headless

    # a subtitle of an article whose dateline came earlier stands between a text's box and the
    # box it goes on with: that text cannot open under it
    b = column(["本报讯（记者丙丁）昨日，苹果园区千余名选手参加了越野赛，赛道穿过果园。"])
    a = column(["本报讯（记者甲乙）近日，梨花镇举办了冬季长跑比赛，选手来自全镇各村。"])
    c = column(["比赛全程十公里，选手们沿着河边跑道奔跑，沿途村民为选手加油。"])
    texts = [*b, "", *a, "", "千余名选手参赛越野", "", *c, "", "梨花镇长跑比赛开跑"]
    f = feats(texts)
    sub, title = texts.index("千余名选手参赛越野"), len(texts) - 1
    roles = [Role.TITLE if k in (sub, title) else Role.BODY for k in range(len(texts))]
    segs = segments_of(runs_of(f, set()), f, roles)
    seg_sets = [han_bigrams("".join(texts[i] for i in s.lines)) for s in segs]
    flows = [list(segs[1].lines), list(segs[0].lines), list(segs[2].lines)]
    merge_headless(flows, [[Headline((title,))], [Headline((sub,))], []], segs, seg_sets, [1.0, 1.0, 1.0], f)
    assert flows == [[*segs[1].lines, *segs[2].lines], list(segs[0].lines), []]


def test_a_title_given_between_two_boxes_of_its_text_stays_the_title_not_a_subhead():
    from proofer.core.analysis.article_checks import merge_subheads
    from proofer.core.analysis.headlines import Headline

    # the extractor gave the title's box between two of the text's boxes, its subtitle after them
    texts = ["", "", "新年伊始，从南中国海畔的核电", "站传来喜讯。", "", "大亚湾核电站运行管理自主化", "",
             "１９９７年７月１日，核电站", "比原计划提前两年由中国专家接", "", "自主运行十年结硕果"]
    f = feats(texts)
    runs = runs_of(f, set())
    segs = segments_of(runs, f, [Role.TITLE if t in (texts[5], texts[10]) else Role.BODY for t in texts])
    column = {i: s.column for s in segs for i in s.lines}
    flows, heads = [[2, 3, 7, 8]], [[Headline((5,)), Headline((10,))]]
    assert merge_subheads(flows, heads, segs, f, [1.0], column) == {}
    assert flows == [[2, 3, 7, 8]] and len(heads[0]) == 2


def test_an_articles_second_headline_set_between_two_lines_of_its_text_is_a_subhead():
    from proofer.core.analysis.article_checks import merge_subheads
    from proofer.core.analysis.headlines import Headline

    texts = ["大亚湾之光", "", "新年伊始，从南中国海畔的核电", "站传来喜讯。", "", "运行管理自主化", "",
             "１９９７年７月１日，核电站", "比原计划提前两年由中国专家接"]
    f = feats(texts)
    runs = runs_of(f, set())
    segs = segments_of(runs, f, [Role.TITLE if t in (texts[0], texts[5]) else Role.BODY for t in texts])
    column = {i: s.column for s in segs for i in s.lines}
    flows, heads = [[2, 3, 7, 8]], [[Headline((0,)), Headline((5,))]]
    assert set(merge_subheads(flows, heads, segs, f, [1.0], column)) == {5}
    assert flows == [[2, 3, 5, 7, 8]] and heads == [[Headline((0,))]]
    # the same headline above the article's text is its own (a subtitle by its title)
    flows, heads = [[7, 8]], [[Headline((0,)), Headline((5,))]]
    assert merge_subheads(flows, heads, segs, f, [1.0], column) == {}
    assert flows == [[7, 8]] and len(heads[0]) == 2


def test_a_paragraph_opening_on_a_named_speaker_goes_to_the_article_that_names_that_person():
    report = (
        "全国训练工作会议闭幕\n\n本报济南１月９日电记者甲乙\n报道：全国训练工作会议今天闭幕\n"
        "，国家体委副主任徐明在会上讲话\n。\n\n"
        "徐明说，运动员交流迈出\n了较大步伐，全国有上千名运动员\n进行了交流。\n\n"
    )
    other = (
        "梨花镇举办冬季长跑比赛\n\n本报讯 （记者 丙丁 ） 近日，\n梨花镇举办了冬季长跑比赛，参\n"
        "赛选手来自全镇二十个村庄。\n\n徐明指出，要进一步扩大\n运动员交流的范围，坚持以自己培\n"
        "养为主，引进为辅。\n\n比赛结束后，镇政府为获奖选手\n颁发了奖品。\n"
    )
    page = _articles(report + other)
    by_title = {a.title.text: [p.text for p in a.paragraphs] for a in page.articles}
    assert any(t.startswith("徐明指出") for t in by_title["全国训练工作会议闭幕"])
    assert not any("徐明" in t for t in by_title["梨花镇举办冬季长跑比赛"])


def test_the_editors_line_and_its_box_end_the_text_printed_right_above_them():
    from proofer.core.analysis.article_checks import close_with_editor

    texts = ["苹果园区的农民收入逐年提高，", "欢迎读者来信来稿。", "", "本版热线：", "", "０１０—１２３４５", "",
             "责任编辑： 王小明", "", "梨花镇举办了冬季长跑比赛，参", "赛选手来自全镇。"]
    f = feats(texts)
    # the layout linked the box into the other article, between two of its lines
    flows, confidence = [[0, 1, 3], [9, 5, 7, 10]], [1.0, 1.0]
    close_with_editor(flows, f, confidence)
    assert flows == [[0, 1, 3, 5, 7], [9, 10]] and confidence[0] < 1.0
    # the text above goes on elsewhere: the box is not known to close it
    flows = [[0, 3, 1], [9, 5, 7, 10]]
    close_with_editor(flows, f, [1.0, 1.0])
    assert flows == [[0, 3, 1], [9, 5, 7, 10]]


def test_an_author_line_cut_short_is_completed_by_the_rest_of_the_name_set_in_a_box_before_it():
    text = (
        "梨花镇喜迎丰收年\n\n明华\n\n本报驻法国记者李\n\n今年梨花镇的苹果喜获丰收，\n"
        "果农们的收入比去年增加了三\n成，家家户户喜气洋洋。\n"
    )
    page = _articles(text)
    assert len(page.articles) == 1
    article = page.articles[0]
    assert article.title.text == "梨花镇喜迎丰收年"
    texts = [p.text for p in article.paragraphs]
    assert texts == [
        "本报驻法国记者李明华",
        "今年梨花镇的苹果喜获丰收，果农们的收入比去年增加了三成，家家户户喜气洋洋。",
    ]
    assert article.byline is not None and article.byline.text == "本报驻法国记者李明华"


def test_an_outside_authors_unit_printed_over_the_name_is_part_of_the_byline():
    text = "描绘乡村的新画卷\n\n市教育局教研室\n\n李明华\n\n"
    text += "山村教师可以走上\n讲台传授新知识新理念\n孩子们却没有足够的书\n本和文具。\n"
    roles, _, _ = _roles(text)
    assert roles[0] is Role.TITLE and roles[2] is Role.BYLINE and roles[4] is Role.BYLINE
    article = _articles(text).articles[0]
    assert article.byline is not None and article.byline.text == "市教育局教研室李明华"
    assert article.paragraphs[1].text.startswith("山村教师")


def test_a_text_ending_on_a_byline_goes_on_with_the_byline_of_the_next_box():
    from proofer.core.analysis.article_checks import merge_byline_boxes

    texts = ["描绘乡村的新画卷", "", "市教育局教研室", "", "李明华", "", "山村教师可以走上", "讲台传授新知识。"]
    roles = [Role.TITLE, Role.BODY, Role.BYLINE, Role.BODY, Role.BYLINE, Role.BODY, Role.BODY, Role.BODY]
    flows, heads = [[2], [4, 6, 7]], [[Headline((0,))], []]
    merge_byline_boxes(flows, heads, roles, feats(texts), [1.0, 1.0])
    assert flows == [[2, 4, 6, 7], []] and heads == [[Headline((0,))], []]
    # two articles, each under its own headline, stay apart
    flows, heads = [[2], [4, 6, 7]], [[Headline((0,))], [Headline((5,))]]
    merge_byline_boxes(flows, heads, roles, feats(texts), [1.0, 1.0])
    assert flows == [[2], [4, 6, 7]]


def test_a_subtitle_set_right_over_its_articles_text_away_from_the_title_is_that_articles():
    # the title stands apart (over another article's box); the subtitle, sharing a few of the
    # text's words, sits right over the text's first line
    text = (
        "梨花镇冬季长跑比赛开跑\n\n苹果园区果农喜获丰收\n\n"
        "本报讯 （记者 丙丁 ） 今年苹果园\n区的苹果喜获丰收，果农们的收入\n比去年增加了三成，家家户户喜气\n洋洋。\n\n"
        "赛事趋势分析\n\n"
        "本报讯 （记者 甲乙 ） 近日，梨花\n镇举办了冬季长跑比赛，参赛选手\n来自全镇二十个村庄，沿途村民为\n"
        "选手加油，赛事分析人士认为今年\n的成绩比去年更好。\n"
    )
    race = next(a for a in _articles(text).articles if a.title.text == "梨花镇冬季长跑比赛开跑")
    assert race.subtitle is not None and race.subtitle.text == "赛事趋势分析"
    assert race.paragraphs[0].text.startswith("本报讯")


def _two_articles_and_a_tail(text_a: str, tail_text: str, headline_b: str):
    """A page of two headlined articles (a race, a library) with ``tail_text`` read right after
    the race's text: its features, segments, their bigrams and the two headlines."""
    a, tail = column([text_a]), column([tail_text])
    b = column(["本报讯（记者丙丁）区图书馆在社区开设了十个借阅点，每月更新图书。"])
    texts = ["梨花镇举办冬季长跑比赛", "", *a, "", *tail, "", headline_b, "", *b]
    f = feats(texts)
    heads = (0, len(a) + len(tail) + 4)
    roles = [Role.TITLE if k in heads else Role.BODY for k in range(len(texts))]
    segs = segments_of(runs_of(f, set()), f, roles)
    seg_sets = [han_bigrams("".join(texts[i] for i in s.lines)) for s in segs]
    return f, segs, seg_sets, [Headline((heads[0],)), Headline((heads[1],))]


def test_a_texts_tail_naming_another_articles_headline_goes_to_that_articles_end():
    from proofer.core.analysis.article_checks import move_named_tails

    f, segs, seg_sets, headlines = _two_articles_and_a_tail(
        "本报讯（记者甲乙）近日，梨花镇举办了冬季长跑比赛，选手来自全镇各村。",
        "区图书馆的借阅点设在社区服务中心，居民凭借阅证就能借到新书。",
        "区图书馆开设社区借阅点",
    )
    assert [s.start for s in segs] == [Start.ARTICLE, Start.PARAGRAPH, Start.ARTICLE]
    chains, sureness = [[0, 1], [2]], [1.0, 1.0]
    assert move_named_tails(chains, sureness, headlines, [0, 1], segs, seg_sets, f)
    assert chains == [[0], [2, 1]] and sureness[1] < 1.0
    # a tail that names its own headline too stays
    chains = [[0, 1], [2]]
    tail_sets = [*seg_sets[:1], seg_sets[1] | han_bigrams("冬季长跑"), seg_sets[2]]
    assert not move_named_tails(chains, [1.0, 1.0], headlines, [0, 1], segs, tail_sets, f)
    assert chains == [[0, 1], [2]]


def test_a_tail_moves_though_its_text_shares_a_word_with_the_other_headline_by_chance():
    from proofer.core.analysis.article_checks import move_named_tails

    # the long text holds 开设 once (开设了长跑训练营); the tail names the library's headline
    # over and over, its words read within the marks of the headline (《区图书馆》 makes no 设区)
    f, segs, seg_sets, headlines = _two_articles_and_a_tail(
        "本报讯（记者甲乙）近日，梨花镇举办了冬季长跑比赛，还开设了长跑训练营。",
        "区图书馆的借阅点设在社区服务中心，区图书馆社区借阅点每周开放六天。",
        "《区图书馆》开设社区借阅点",
    )
    chains, sureness = [[0, 1], [2]], [1.0, 1.0]
    assert move_named_tails(chains, sureness, headlines, [0, 1], segs, seg_sets, f)
    assert chains == [[0], [2, 1]]


def test_a_glued_headline_heads_its_text_though_a_bunchs_bottom_headline_sharing_no_word_stands_over_it():
    # headlines first: the box with the glued headline on top, then a bunch of headlines, the
    # bottom one (sharing no word with the text under it) right above that article's first box
    top = "苹果园区总工会开展送温暖活动\n快递员外卖员喜领保温杯雨伞\n名快递员领到了慰问品。他们\n纷纷表示心里很温暖。\n"
    bunch = "梨花镇举办冬季长跑比赛\n\n柳树镇农民喜获丰收\n\n山村寒冬暖意浓\n"
    body = (
        "本报讯 （记者 甲乙 ） 近日，\n苹果园区总工会开展了送温暖慰\n问活动，为辖区快递员外卖员送\n"
        "去保温杯雨伞等慰问品，共有上千\n"
    )
    race = "本报讯 （记者 丙丁 ） 近日，\n梨花镇举办了冬季长跑比赛，参\n赛选手来自全镇二十个村庄。\n"
    harvest = "本报讯 （记者 庚辛 ） 今年，\n柳树镇农民种植的玉米喜获丰收，\n亩产比去年提高了一成。\n"
    volunteers = "本报讯 （记者 戊己 ） 日前，\n一群志愿者为老人送去棉衣，\n老人们笑得合不拢嘴。\n"
    page = _articles("\n".join([top, bunch, body, race, harvest, volunteers]))
    by_first = {a.paragraphs[0].text[:12]: a.title.text if a.title else None for a in page.articles}
    glued = next(a for a in page.articles if "甲乙" in a.paragraphs[0].text)
    assert glued.title.text == "苹果园区总工会开展送温暖活动快递员外卖员喜领保温杯雨伞", by_first
    assert glued.paragraphs[0].text.endswith("共有上千名快递员领到了慰问品。他们纷纷表示心里很温暖。")
    assert next(a for a in page.articles if "戊己" in a.paragraphs[0].text).title.text == "山村寒冬暖意浓"


def test_a_short_name_set_apart_between_two_headlines_of_a_bunch_is_a_headline_not_an_author():
    bunch = "梨花镇举办冬季长跑比赛\n\n李明华\n\n柳树镇农民种植的玉米今年喜获丰收\n\n"
    text = bunch + "山村教师可以走上\n讲台传授新知识新理念\n孩子们却没有足够的书\n本和文具。\n"
    roles, _, _ = _roles(text)
    assert roles[2] is Role.TITLE and roles[0] is roles[4] is Role.TITLE
    # right under a headline, over the text: the author
    roles, _, _ = _roles("梨花镇举办冬季长跑比赛\n\n李明华\n\n" + text[len(bunch) :])
    assert roles[2] is Role.BYLINE


def test_a_photo_headlines_bracketed_mark_closes_no_clause_it_is_set_like_a_headline():
    from proofer.core.analysis.roles import Run, _set_like_headline

    for text, set_like in (("河东新桥通车（图片）", True), ("河东新桥通车（附图）", True),
                           ("（新华社稿）", False), ("新桥昨天通车。（图片）", False)):
        assert _set_like_headline(Run(0, 0, 14.0), feats([text])) is set_like, text


def test_a_bunch_of_headlines_after_a_text_cut_mid_sentence_is_headlines_from_its_top():
    # headlines last: the last text box ends mid-sentence, the bunch follows it; its top headline
    # (a photo mark at its end, as the third's) neither goes on with that sentence nor opens a paragraph
    texts = [
        "本报讯（记者甲乙）近日，区总工会开展新就业形态劳动者送温暖慰问活动，为辖区快递员、外卖员送去保温杯等慰问品。",
        "本报讯（记者戊己）市图书馆自本月起延长开放时间，每天开放至晚上九点，周末照常开放，读者可以凭借阅证借还图书",
    ]
    heads = ["快递小哥暖在心头（图片）", "市图书馆延长开放时间", "河东新桥通车（图片）", "社区举办迎新春联欢会"]
    body = "\n\n".join("\n".join(column([t], 14)) for t in texts)
    lines = lines_from_text(body + "\n\n" + "\n\n".join(heads) + "\n")
    roles = propose(lines).roles
    tops = [i for i, line in enumerate(lines) if line.text in heads[:3]]
    assert all(roles[i].value is not Role.BODY for i in tops), [roles[i] for i in tops]


def test_a_question_atop_a_bunch_of_headlines_is_one_of_them_not_a_line_of_text():
    # headlines first or last: a headline asking a question (with quote marks), given over the
    # other headlines, stands over no author or dateline; no line of text asks alone over headlines
    texts = [
        "本报讯（记者甲乙）近日，区总工会开展新就业形态劳动者送温暖慰问活动，为辖区快递员、外卖员送去保温杯等慰问品。",
        "本报讯（记者戊己）市图书馆自本月起延长开放时间，每天开放至晚上九点，周末照常开放，读者可以凭借阅证借还图书。",
        "张某\n年前，友人送我一本新年历，印得十分精美，翻开一看却满是宜忌的字样，让人倒了胃口。",
    ]
    heads = ["『万事皆忌』？", "区总工会为快递员送温暖", "市图书馆延长开放时间"]
    body = "\n\n".join("\n".join(column([t], 14)) for t in texts)
    for text in ("\n\n".join(heads) + "\n\n" + body + "\n", body + "\n\n" + "\n\n".join(heads) + "\n"):
        lines = lines_from_text(text)
        roles = propose(lines).roles
        asks = next(i for i, line in enumerate(lines) if line.text == heads[0])
        assert roles[asks].value is not Role.BODY, roles[asks]


def test_a_pair_of_characters_seen_on_the_page_across_two_bunched_headlines_reads_no_text_on():
    # headlines last: 又一年 | 多所…: the page prints 一年多 in a text, but after a headline such a
    # pair is chance (a word would tell); the second headline is no line of text read on into
    texts = [
        "本报讯（记者壬癸）河东新桥昨天通车，两岸居民往来不再绕道，出行时间缩短了一半。",
        "本报讯（记者甲乙）市图书馆延长开放时间已有一年多，每天开放至晚上九点，周末照常开放。",
        "本报讯（记者丙丁）近日，城东多所学校添置了一批新图书，供学生课余借阅，受到欢迎。",
        "本报讯（记者戊己）近日，区总工会开展新就业形态劳动者送温暖慰问活动，为快递员送去慰问品。",
    ]
    heads = ["河东新桥通车", "市图书馆夜间开放又一年", "多所学校添置新图书了！", "区总工会为快递员送温暖"]
    body = "\n\n".join("\n".join(column([t], 14)) for t in texts)
    lines = lines_from_text(body + "\n\n" + "\n\n".join(heads) + "\n")
    roles = propose(lines).roles
    second = next(i for i, line in enumerate(lines) if line.text == heads[2])
    assert roles[second].value is Role.TITLE, roles[second]
