"""Unit tests for the layout and paragraph signals: segment shapes, links, breaks, roundups.

Invented text shaped like a narrow newspaper column (about 13-14 characters a line).
"""

from engine_support import COLUMN, column, feats
from proofer.core.analysis import propose
from proofer.core.analysis.cohesion import PageBigrams, han_bigrams
from proofer.core.analysis.features import line_features
from proofer.core.analysis.layout import headed_segments
from proofer.core.analysis.paragraphs import THRESHOLD, break_score, item_scores
from proofer.core.analysis.pieces import End, Segment, Start, runs_of, segments_of
from proofer.core.model import Role, lines_from_text
from proofer.core.reconstruct import reconstruct


def seg(first, last, start, end):
    """A segment of the lines ``first`` to ``last`` in a 14-character column."""
    return Segment(first, last, tuple(range(first, last + 1)), 14.0, start, end)

def _articles(text):
    lines = lines_from_text(text)
    return reconstruct(lines, propose(lines))


def test_a_bracketed_photo_credit_is_no_dateline():
    assert line_features("（本报记者 张明 ） 持续了一个").dateline
    assert not line_features("（本报记者张明摄）").dateline


def test_a_short_unpunctuated_last_line_is_a_heading_not_a_sentence_broken_by_the_column():
    text = "\n".join(COLUMN) + "\n新就业形态劳动者\n\n" + "\n".join(COLUMN) + "\n\n" + "\n".join(COLUMN[:3])
    text += "\n等劳动者送去保温杯和慰问信。\n市总工会将持续开展关爱"
    lines = lines_from_text(text)
    f = feats([line.text for line in lines])
    runs = runs_of(f, set())
    segs = segments_of(runs, f, [Role.BODY] * len(lines))
    assert segs[0].end is End.PARAGRAPH  # short, no punctuation: it cannot go on elsewhere
    assert segs[1].end is End.OPEN  # a full line breaks mid-sentence
    assert segs[2].end is End.OPEN  # the indented first line of a paragraph breaks too


def test_a_dateline_alone_in_its_box_is_open_for_its_text():
    text = "本报讯 （通讯员 甲乙丙）\n\n" + "\n".join(COLUMN)
    lines = lines_from_text(text)
    f = feats([line.text for line in lines])
    segs = segments_of(runs_of(f, set()), f, [Role.BODY] * len(lines))
    assert segs[0].start is Start.ARTICLE and segs[0].end is End.OPEN


def test_a_short_subhead_and_a_list_item_closed_by_a_semicolon_end_their_paragraphs():
    body = line_features("服务职工群众的作用更加明显")
    assert break_score(line_features("职工服务站点建设"), 14.0, body, 14.0) > THRESHOLD
    assert break_score(line_features("落实帮扶资金；"), 14.0, line_features("（二） 开展技能培训"), 14.0) > THRESHOLD
    full = line_features("开展技能培训和就业帮扶活动")
    assert break_score(line_features("落实帮扶资金，"), 14.0, full, 14.0) < THRESHOLD


def test_an_author_line_shaped_like_a_dateline_stands_alone_but_a_wrapped_dateline_reads_on():
    text = line_features("改革开放以来，城乡居民收入大")
    assert break_score(line_features("本报评论员"), 14.0, text, 14.0) > THRESHOLD
    assert break_score(line_features("本报北京１月１日讯记者"), 14.0, text, 14.0) < THRESHOLD


def test_a_bulleted_item_runs_as_one_paragraph_to_the_next_bullet():
    texts = ("△市区暂停新建商品市场。", "近日市政府规定， 今后五年内", "原则上停止审批。", "△郊县新建五座水厂。")
    lines = [line_features(t) for t in texts]
    scores = [break_score(a, 13.0, b, 13.0) for a, b in zip(lines, lines[1:], strict=False)]
    assert scores[0] > THRESHOLD  # shaped like a paragraph end on its own
    held = item_scores(scores, lines)
    assert held[0] < THRESHOLD and held[2] > THRESHOLD


def test_a_bracketed_credit_in_a_box_of_its_own_is_its_own_paragraph():
    full = line_features("受到了居民群众的一致称赞。")
    credit = line_features("（甲乙丙摄影报道）")
    assert break_score(full, 13.0, credit, 13.0, b_boxed=True) > THRESHOLD
    assert break_score(full, 13.0, credit, 13.0) <= THRESHOLD


def test_a_headline_is_not_the_segment_s_own_when_it_names_another_segment_s_subject():
    text = (
        "冬季长跑比赛创新纪录\n\n梨花镇举办了冬季长跑比赛，参\n赛选手来自全镇二十个村庄。\n\n"
        "苹果园区总工会送温暖\n\n女子比赛中，梨花镇选手领先\n\n苹果园区总工会开展送温暖慰\n问活动，为快递员外卖员送去\n温暖。"
    )
    lines = lines_from_text(text)
    f = feats([line.text for line in lines])
    heads = {0, 5}
    segs = segments_of(runs_of(f, set()), f, [Role.TITLE if i in heads else Role.BODY for i in range(len(lines))])
    grams = [han_bigrams(" ".join(f[i].text for i in s.lines)) for s in segs]
    assert headed_segments(segs, f, heads, grams) == [True, False, False]


def test_a_report_of_the_paper_joins_a_wire_roundup_but_not_another_report_of_the_paper():
    head = "国际经济简讯\n\n"
    wire = "据新华社东京１月９日电日本政\n府今天宣布将采取措施维护金融\n市场的稳定。"
    own = "本报北京１月９日电国内股市今\n天继续平稳运行，汇市也创下新\n高。"
    other = "本报上海１月９日电本市股市今\n天交易活跃，成交金额也创下新\n高。"
    assert len(_articles(head + wire + "\n\n" + own + "\n").articles) == 1
    assert len(_articles(head + other + "\n\n" + own + "\n").articles) == 2
    bare = "本报讯 国内股市今天继续平稳\n运行，汇市成交金额也创下新\n高。"
    assert len(_articles(head + wire + "\n\n" + bare + "\n").articles) == 2
    # any paper's and agency's: 晨报 is a paper as 本报 is, 路透社 an agency as 新华社 is
    for paper, agency in (("本报", "新华社"), ("晨报", "新华社"), ("晨报", "路透社")):
        wire2, own2, other2 = (t.replace("新华社", agency).replace("本报", paper) for t in (wire, own, other))
        assert len(_articles(head + wire2 + "\n\n" + own2 + "\n").articles) == 1, (paper, agency)
        assert len(_articles(head + other2 + "\n\n" + own2 + "\n").articles) == 2, (paper, agency)


def test_a_full_line_closing_a_sentence_may_read_on_into_a_line_from_elsewhere():
    from proofer.core.analysis.layout import order_value
    from proofer.core.analysis.pieces import Segment

    def seg(start, end):
        return Segment(0, 0, (0,), 14.0, start, end)

    full, closed = seg(Start.PARAGRAPH, End.FULL), seg(Start.PARAGRAPH, End.PARAGRAPH)
    middle = seg(Start.MIDDLE, End.PARAGRAPH)
    assert order_value(0, 6, full, middle) > order_value(0, 6, closed, middle)


def test_a_colon_announcing_an_enumeration_ends_its_paragraph_but_leads_into_a_quotation():
    lead = line_features("从这次事件中应汲取几点教训：")
    first = line_features("第一，对新业务的风险必须予")
    quote = line_features("“对新业务的风险必须予以")
    assert break_score(lead, 14.0, first, 14.0) > THRESHOLD
    assert break_score(lead, 14.0, quote, 14.0) < THRESHOLD


def test_an_enumeration_set_full_after_a_colon_runs_on_in_the_colon_s_paragraph():
    lead = line_features("记者在这次调查中找出几个特点：")  # the colon at the column's edge
    full_item = line_features("一是对新业务的风险管理不严格")  # no indent lost: the paragraph goes on
    indented_item = line_features("一是对新业务的风险管不严")
    assert break_score(lead, 14.75, full_item, 14.75) < THRESHOLD
    assert break_score(lead, 14.75, indented_item, 14.75) > THRESHOLD


def test_a_bracketed_note_over_the_dateline_in_its_box_opens_the_article():
    text = (
        "老科学家捐出毕生积蓄\n\n"
        "用于资助家乡的贫困学生， 他说\n这是他多年的心愿。\n\n"
        "家乡的小学校长代表全体师生\n向他表示感谢，并请他为学生\n讲一堂课。\n\n"
        "（附图片２张）\n新华社北京１月２日电\n著名物理学家张某某今天把毕\n生积蓄捐给家乡的一所小学，\n"
    )
    (article,) = _articles(text).articles
    assert article.paragraphs[0].text == "（附图片２张）"
    assert article.paragraphs[1].text.startswith("新华社北京１月２日电")
    # a photo's credit over a dateline closes the caption above it: it opens nothing
    lines = lines_from_text("（本报记者甲乙摄）\n新华社北京１月２日电\n著名物理学家张某某今天把毕\n")
    f = feats([line.text for line in lines])
    segs = segments_of(runs_of(f, set()), f, [Role.BODY] * len(lines))
    assert [s.first for s in segs] == [0, 1]


def test_an_item_closed_by_a_semicolon_at_the_column_s_edge_ends_where_the_next_item_is_indented():
    item_end = line_features("象，充当新一代移民的代言人；")  # 13.5 wide: full on a 14-character column
    indented = line_features("有经历了千山万水的跋涉艰")
    full = line_features("有经历了千山万水的跋涉艰苦的")
    assert break_score(item_end, 14.0, indented, 14.0) > THRESHOLD
    assert break_score(item_end, 14.0, full, 14.0) < THRESHOLD  # the sentence goes on
    # the next line in another box: the layout's guess, a semicolon alone does not end the item
    assert break_score(item_end, 14.0, indented, 14.0, b_boxed=True) < THRESHOLD


def test_a_paragraph_s_first_line_as_wide_as_an_indented_full_line_goes_on():
    from proofer.core.analysis.paragraphs import first_line_scores

    lines = feats(["第一要做到产业发展的最大化。", "我国农业比较效益之所以低其中", "原因是农业停留在生产环节。"])
    scores = [break_score(a, 15.0, b, 15.0) for a, b in zip(lines, lines[1:], strict=False)]
    assert scores[0] > THRESHOLD  # alone, a sentence end on a line short of the column
    assert first_line_scores(scores, lines, [15.0] * 3)[0] < THRESHOLD


def test_a_first_line_filling_the_indented_measure_goes_on_though_its_mark_was_squeezed():
    from proofer.core.analysis.paragraphs import first_line_scores

    # twelve characters and a full stop on a 15-character column: the indented measure (13), less
    # the quarter its full stop is counted short
    full_first = feats(["印尼金融市场为何动荡不止？", "经济分析家认为首先国内外投资者", "缺乏信心。"])
    scores = [break_score(a, 15.0, b, 15.0) for a, b in zip(full_first, full_first[1:], strict=False)]
    assert first_line_scores(scores, full_first, [15.0] * 3)[0] < THRESHOLD
    # a character shorter, it is a one-line paragraph
    one_line = feats(["印尼金融市场为何动荡不？", "经济分析家认为首先国内外投资者", "缺乏信心。"])
    scores = [break_score(a, 15.0, b, 15.0) for a, b in zip(one_line, one_line[1:], strict=False)]
    assert first_line_scores(scores, one_line, [15.0] * 3)[0] > THRESHOLD


def test_a_line_stopping_short_with_no_mark_over_an_indented_line_is_a_subhead():
    subhead = line_features("企业拿不出合格的产品证明")  # 12 characters on a 15-character column
    first = line_features("在抽查中，记者发现，相当多")  # 11 characters and 2 marks: indented
    full = line_features("一部分单位对产品要注册的意识淡")
    squeezed = line_features("一部分单位对产品、要注册的意识")  # full, its mark set wide
    spaced = line_features("在 抽 查 中 ， 记 者 发 现 相 当 多")
    assert break_score(subhead, 15.0, first, 15.0) > THRESHOLD
    # the same line over a full line is the first line of a paragraph, cut by the column
    assert break_score(subhead, 15.0, full, 15.0) < THRESHOLD
    assert break_score(subhead, 15.0, squeezed, 15.0) < THRESHOLD
    # a letter-spaced line fills its measure, whatever it is: no sign of an indent
    assert break_score(subhead, 15.0, spaced, 15.0) <= THRESHOLD


def test_a_sentence_ending_a_letter_spaced_line_does_not_end_its_paragraph():
    spaced = line_features("图 为 选 手 们 正 在 比 赛 。")  # justified: the paragraph goes on
    flush = line_features("图为选手们正在比赛。")
    credit, text = line_features("（甲乙丙摄）"), line_features("新的一年里，全市各条战线")
    assert spaced.stretched and not flush.stretched
    assert break_score(spaced, 14.0, credit, 14.0, b_boxed=True) < THRESHOLD
    assert break_score(spaced, 14.0, text, 14.0) < THRESHOLD
    assert break_score(flush, 14.0, credit, 14.0, b_boxed=True) > THRESHOLD


def test_a_heading_set_over_two_unpunctuated_lines_ends_over_an_indented_line():
    from proofer.core.analysis.paragraphs import first_line_scores

    heading = ["认识到直面问题是推", "动矛盾走向转化的前提"]  # no mark in two lines: no running text
    text = ["上级机关听取汇报", "（包括书面和口头） 是", "掌握情况、了解干部。"]
    lines = feats(heading + text)
    scores = [break_score(a, 10.0, b, 10.0) for a, b in zip(lines, lines[1:], strict=False)]
    assert scores[1] < THRESHOLD  # alone, a full line ending no sentence goes on
    assert first_line_scores(scores, lines, [10.0] * 5)[1] > THRESHOLD
    # one mark in the paragraph: a sentence that the column broke
    lines = feats(["认识到直面问题，是推", *heading[1:], *text])
    scores = [break_score(a, 10.0, b, 10.0) for a, b in zip(lines, lines[1:], strict=False)]
    assert first_line_scores(scores, lines, [10.0] * 5)[1] < THRESHOLD


def test_a_postscript_label_opens_a_paragraph():
    full = line_features("长期坚持为群众服务的精神不变")
    assert break_score(full, 14.0, line_features("附记： 记者在采访中了解到，"), 14.0) > THRESHOLD


def test_a_caption_closed_by_a_photo_credit_may_go_on_but_a_source_bracket_closes():
    caption = "图为市民在广场上观看焰火表演。\n（新华社记者甲乙丙摄）"
    source = "市民在广场上观看了焰火表演。\n（新华社北京１月１日电）"
    for text, end in ((caption, End.CAPTION), (source, End.CLOSED)):
        lines = lines_from_text(text)
        f = feats([line.text for line in lines])
        assert segments_of(runs_of(f, set()), f, [Role.BODY] * len(lines))[0].end is end


def test_a_number_cut_by_the_column_reads_on_into_digits_or_a_unit():
    from proofer.core.analysis.layout import number_junction

    assert number_junction("０", "家") > 0 and number_junction("２", "０") > 0
    assert number_junction("０", "空") < 0
    assert number_junction("的", "空") == 0
    assert number_junction("第", "一") > 0 > number_junction("第", "家")


def test_a_section_number_opens_a_paragraph_and_a_han_numeral_reads_on_into_a_unit():
    from proofer.core.analysis.layout import number_junction

    lines = lines_from_text("３")
    f = feats([line.text for line in lines])
    assert segments_of(runs_of(f, set()), f, [Role.BODY])[0].start is Start.PARAGRAPH
    assert number_junction("一", "年") > 0 and number_junction("一", "些") == 0


def test_a_photo_credit_line_closes_the_text_above_it_instead_of_opening_an_article():
    text = "\n".join(COLUMN[:3]) + "\n等劳动者送去保温杯和慰问信。\n通讯员 甲乙 摄"
    lines = lines_from_text(text)
    f = feats([line.text for line in lines])
    roles = [Role.BODY] * (len(lines) - 1) + [Role.BYLINE]
    assert len(segments_of(runs_of(f, set()), f, roles)) == 1


def test_an_author_name_cut_by_the_column_reads_on_and_a_photo_credit_is_no_dateline_bracket():
    name_cut, rest = line_features("本报驻外记者温"), line_features("宪")
    assert break_score(name_cut, 10.0, rest, 10.0) <= THRESHOLD  # joined
    caption = line_features("社记者甲乙丙摄）")
    body = line_features("１９９８年１月１日上午９时，")
    assert break_score(caption, 13.0, body, 13.0) > THRESHOLD


def test_a_stray_scrap_joins_the_article_beside_it():
    from proofer.core.analysis.fragments import attach_fragments

    texts = ["市民在广场上观看焰火表演，", "直到深夜才散去。", "", "３", "", "今年的活动规模更大。"]
    f = feats(texts)
    flows = [[0, 1], [3], [5]]
    attach_fragments(flows, [True, False, False], f)
    assert flows[1] == [] and 3 in flows[0] + flows[2]


def test_a_closing_quote_ends_a_sentence_only_after_a_sentence_mark():
    assert line_features("他说：“我们一定做到。”").ends_sentence
    assert not line_features("据介绍， “党代表”").ends_sentence


def test_a_page_word_read_across_a_junction_weighs_in_exchanges_only():
    from proofer.core.analysis.layout import SURE, UNSEEN_JUNCTION, WORD_JUNCTION, word_junctions
    from proofer.core.analysis.pieces import Segment

    texts = ["日本经济的金融业受到冲击。", "巨额坏账对日本的金", "融业和经济产生影响", "方案由政府负责"]
    segs = [Segment(i, i, (i,), 10.0, Start.PARAGRAPH, End.OPEN) for i in range(4)]
    bonus = word_junctions({(1, 2): SURE, (1, 3): SURE}, segs, texts, PageBigrams(texts))
    assert bonus[(1, 2)] >= WORD_JUNCTION and bonus[(1, 3)] == -UNSEEN_JUNCTION


def test_a_lexicon_word_reads_across_a_junction_only_with_a_character_from_each_side():
    from proofer.core.analysis.lexicon import spanning_word

    # log counts; "" holds the log of the total count
    lexicon = {"": 20.0, "程": 8.0, "序": 8.0, "程序": 9.0, "评估": 8.0, "大": 14.0, "使": 13.0, "大使": 7.0}
    assert spanning_word("评估程", "序。其", lexicon) == 13.0  # rare parts, a common word: sure
    assert spanning_word("重大", "使企业", lexicon) == 0.0  # common parts make a rarer word: no evidence
    assert spanning_word("要求评估", "其他", lexicon) == 0.0  # a word whole on one side decides nothing
    assert spanning_word("", "序", lexicon) == 0.0


def test_the_assignment_re_routes_a_shifted_cycle_of_links_at_once():
    from proofer.core.analysis.assignment import assign

    # each end's best-first choice steals the next end's start; only the whole re-routing pays
    value = {(1, 10): 5.0, (1, 20): 4.0, (2, 20): 5.0, (2, 30): 4.5, (3, 30): 9.0}
    assert assign([1, 2, 3], [10, 20, 30], value) == {1: 10, 2: 20, 3: 30}
    assert assign([1, 2], [10], {(1, 10): -1.0}) == {}  # a link worth nothing is not made
    assert assign([1, 2], [10], {(1, 10): 2.0, (2, 10): 3.0}) == {2: 10}


def test_a_closed_paragraph_next_in_order_yields_a_sentence_s_tail_to_the_sentence_reading_a_word_into_it():
    from proofer.core.analysis.layout import MISFIT_WORD, sure_links

    # segment 1 closes a paragraph and precedes segment 2, a line continuing a sentence;
    # segment 3 leaves a sentence open on a word that segment 2 completes
    base = {(1, 2): 5.0, (3, 2): 4.0}
    assert sure_links(base, {3}, {(3, 2): MISFIT_WORD}, {2}) == [(3, 2)]
    assert sure_links(base, {3}, {(3, 2): 1.0}, {2}) == [(1, 2)]  # weak evidence: order stands


def test_a_misfit_end_that_lost_its_start_takes_over_the_segment_of_the_sentence_that_took_it():
    from proofer.core.analysis.layout import MISFIT_WORD, sure_links

    # 1 closes a paragraph before 2 (a sentence's tail); 5 opens a paragraph, next after 4, and
    # leaves a sentence open on a word that 2 completes: 1 -> 5 -> 2, and 4 ends its article
    base = {(1, 2): 5.0, (5, 2): 4.0, (4, 5): 6.0}
    shared = {(1, 5): 0.3, (4, 5): 0.1}
    links = sure_links(base, {5}, {(5, 2): MISFIT_WORD}, {2}, lambda i, j: shared.get((i, j), 0.0))
    assert sorted(links) == [(1, 5), (5, 2)]
    shared = {(1, 5): 0.1, (4, 5): 0.3}  # 5 shares more with the piece before it: it stays there
    links = sure_links(base, {5}, {(5, 2): MISFIT_WORD}, {2}, lambda i, j: shared.get((i, j), 0.0))
    assert sorted(links) == [(4, 5), (5, 2)]


def test_a_number_cut_by_the_column_weighs_in_exchanges():
    from proofer.core.analysis.layout import SURE, word_junctions
    from proofer.core.analysis.pieces import Segment

    texts = ["全市注册的企业有２", "海上巡逻队成立", "０家。"]
    segs = [Segment(i, i, (i,), 10.0, Start.PARAGRAPH, End.OPEN) for i in range(3)]
    bonus = word_junctions({(0, 1): SURE, (0, 2): SURE}, segs, texts, PageBigrams(texts))
    assert bonus[(0, 2)] > 0 > bonus[(0, 1)]


def test_a_start_nobody_took_joins_the_assignment_when_an_open_sentence_reads_a_word_into_it():
    from proofer.core.analysis.layout import WORD_JUNCTION, sure_links

    # 1 takes the next segment 2 best-first, leaving 3 without a successor; 1 reads a word into 5
    base = {(1, 2): 9.0, (1, 5): 5.0, (3, 2): 4.0}
    assert sorted(sure_links(base, {1, 3}, {(1, 5): WORD_JUNCTION + 2.0})) == [(1, 5), (3, 2)]
    assert sorted(sure_links(base, {1, 3}, {(1, 5): 1.0})) == [(1, 2)]


def test_a_lexicon_word_across_a_junction_counts_only_against_the_words_it_would_break():
    from proofer.core.analysis.lexicon import spanning_word

    lexicon = {"": 20.0, "不": 12.0, "到": 12.0, "不到": 10.0, "一": 14.0, "条": 10.0, "件": 9.0}
    lexicon |= {"一条": 10.0, "条件": 11.0, "年": 12.0}
    assert spanning_word("不到一", "条件。", lexicon) == 0.0  # 不到/一/条件 reads better than 一条/件
    assert spanning_word("不到一", "条消息", lexicon) > 0.0


def test_a_paragraphs_first_line_set_alone_is_laid_out_as_text_not_taken_for_a_headline():
    # an extractor put the indented first line of a paragraph in a box of its own; worded
    # tersely, it looks like a headline over a text that begins mid-sentence
    text = (
        "工会慰问新就业形态劳动者\n\n"
        "本报讯（记者 甲乙）近日，区总工\n会新就业形态劳动者送温暖慰问活\n动启动。该活动将为辖区快递员、\n"
        "外卖员等劳动者送去保温杯、雨伞\n等慰问品。\n\n"
        "区总工会职工服务站点建设\n\n"
        "取得新进展，目前已建成暖心驿站\n四十余个，为职工提供饮水热饭、\n休息充电等服务，尽力解决职工急\n难愁盼问题。\n"
    )
    page = _articles(text)
    assert len(page.articles) == 1
    paragraphs = [p.text for p in page.articles[0].paragraphs]
    assert paragraphs[1].startswith("区总工会职工服务站点建设取得新进展，")


def test_a_headless_text_joins_the_article_after_whose_piece_the_extractor_set_its_own_piece():
    from proofer.core.analysis.article_checks import merge_headless
    from proofer.core.analysis.headlines import Headline

    # raw order: article A (lines 0-3), piece 2 of a headless text (5-7), article B (9-12), then
    # piece 1 of the headless text (14-15), its first paragraph: it went on into lines 5-7
    segs = [
        seg(0, 3, Start.ARTICLE, End.PARAGRAPH),
        seg(5, 7, Start.MIDDLE, End.PARAGRAPH),
        seg(9, 12, Start.ARTICLE, End.PARAGRAPH),
        seg(14, 15, Start.PARAGRAPH, End.OPEN),
    ]
    words = [{"慰问", "工会"}, {"慰问", "驿站"}, {"图书", "开放"}, {"慰问", "街道"}]
    flows = [[0, 1, 2, 3], [9, 10, 11, 12], [14, 15, 5, 6, 7]]
    heads = [[Headline((20,))], [Headline((21,))], []]
    confidence = [0.9, 0.9, 0.8]
    f = feats(["社区工会走访慰问困难职工"] * 22)
    merge_headless(flows, heads, segs, words, confidence, f)
    assert flows == [[0, 1, 2, 3, 14, 15, 5, 6, 7], [9, 10, 11, 12], []]
    assert confidence[0] < 0.9  # a doubtful join, shown for review
    # a headless text that opens with a dateline is an article of its own (its headline was missed)
    flows = [[0, 1, 2, 3], [9, 10, 11, 12], [14, 15, 5, 6, 7]]
    segs[3] = seg(14, 15, Start.ARTICLE, End.OPEN)
    merge_headless(flows, heads, segs, words, [0.9, 0.9, 0.8], f)
    assert flows[2] == [14, 15, 5, 6, 7]


def test_a_headless_text_set_after_an_open_piece_goes_on_where_that_piece_went_on():
    from proofer.core.analysis.article_checks import merge_headless
    from proofer.core.analysis.headlines import Headline

    # raw order: the heads of two columns read with the rows above (0-1, 3-4), the first column's
    # rest (6-10), open: it went on into the second column's head, which ends a sentence; then the
    # second column's rest (12-15), headless, opening a paragraph: it goes on after that head
    segs = [
        seg(0, 1, Start.ARTICLE, End.OPEN),
        seg(3, 4, Start.MIDDLE, End.PARAGRAPH),
        seg(6, 10, Start.MIDDLE, End.OPEN),
        seg(12, 15, Start.PARAGRAPH, End.PARAGRAPH),
    ]
    words = [{"慰问", "工会"}, {"慰问", "驿站"}, {"慰问", "街道"}, {"慰问", "职工"}]
    heads = [[Headline((20,))], []]
    f = feats(["社区工会走访慰问困难职工"] * 22)
    flows = [[0, 1, 6, 7, 8, 9, 10, 3, 4], [12, 13, 14, 15]]
    confidence = [0.9, 0.8]
    merge_headless(flows, heads, segs, words, confidence, f)
    assert flows == [[0, 1, 6, 7, 8, 9, 10, 3, 4, 12, 13, 14, 15], []]
    assert confidence[0] < 0.9  # a doubtful join, shown for review
    # where the article's text goes on past that head, the headless text has no place there
    segs.append(seg(17, 18, Start.PARAGRAPH, End.PARAGRAPH))
    flows = [[0, 1, 6, 7, 8, 9, 10, 3, 4, 17, 18], [12, 13, 14, 15]]
    merge_headless(flows, heads, segs, [*words, {"慰问"}], [0.9, 0.8], f)
    assert flows[1] == [12, 13, 14, 15]


def test_a_headless_text_goes_on_the_article_whose_text_ends_on_a_section_number():
    from proofer.core.analysis.article_checks import merge_headless
    from proofer.core.analysis.headlines import Headline

    # article A (0-3) ends on its section number "２" (line 4); article B (6-9); then a headless
    # text (11-13) opening with a paragraph: section ２ of A, which no text before it reads into
    texts = ["甲乙丙丁戊己庚辛"] * 4 + ["２", ""] + ["子丑寅卯辰巳午未"] * 4 + [""] + ["天地玄黄宇宙洪荒"] * 3
    segs = [
        seg(0, 4, Start.ARTICLE, End.PARAGRAPH),
        seg(6, 9, Start.ARTICLE, End.PARAGRAPH),
        seg(11, 13, Start.PARAGRAPH, End.PARAGRAPH),
    ]
    words = [{"甲乙"}, {"子丑"}, {"天地"}]
    flows = [[0, 1, 2, 3, 4], [6, 7, 8, 9], [11, 12, 13]]
    heads = [[Headline((20,))], [Headline((21,))], []]
    merge_headless(flows, heads, segs, words, [0.9, 0.9, 0.8], feats(texts))
    assert flows == [[0, 1, 2, 3, 4, 11, 12, 13], [6, 7, 8, 9], []]


# a dateline article, then a second article's text set right after it (no dateline of its own)
FIRST_TEXT = (
    "本报讯（记者 甲乙）近日，区总工\n会开展新就业形态劳动者送温暖慰\n问活动，为辖区快递员、外卖员送\n"
    "去保温杯、雨伞等慰问品。\n\n"
)


def _assert_two_articles(text):
    page = _articles(text)
    assert [a.headline(Role.TITLE).text for a in page.articles] == ["区总工会为快递员送温暖", "市图书馆延长开放时间"]
    assert page.articles[1].paragraphs[0].text.startswith("读者反映")


def test_two_bunched_headlines_naming_two_texts_set_one_after_the_other_split_them_into_two_articles():
    second = "读者反映，自本月起，市图书馆\n每天开放至晚上九点，周末照常开\n"
    second += "放，读者可以凭借阅证进馆阅读和\n借还图书。\n"
    _assert_two_articles("区总工会为快递员送温暖\n\n市图书馆延长开放时间\n\n" + FIRST_TEXT + second)


def test_bunched_headlines_in_either_order_split_the_two_texts_even_when_a_word_recurs():
    # the second text names one word of the first headline (工会): a word of its many, it recurs
    second = "读者反映，自本月起，市图书馆\n每天开放至晚上九点，工会会员和\n"
    second += "读者可以凭借阅证进馆阅读和\n借还图书。\n"
    _assert_two_articles("区总工会为快递员送温暖\n\n市图书馆延长开放时间\n\n" + FIRST_TEXT + second)
    # the bunch in the other order: its first headline names the later text
    page = _articles("市图书馆延长开放时间\n\n区总工会为快递员送温暖\n\n" + FIRST_TEXT + second)
    titles = {a.headline(Role.TITLE).text: a.paragraphs[0].text[:4] for a in page.articles}
    assert titles == {"区总工会为快递员送温暖": "本报讯（", "市图书馆延长开放时间": "读者反映"}


def test_a_run_of_pieces_sharing_no_words_with_its_article_moves_to_the_article_it_shares_them_with():
    from proofer.core.analysis.cohesion import Shingles
    from proofer.core.analysis.layout import _move_misplaced

    texts = [
        "区总工会开展送温暖慰问活动，为快递员、外卖员送去保温杯和雨伞。",
        "图书馆延长开放时间，读者可以凭借阅证进馆阅读和借还图书。",
        "市图书馆自本月起每天开放至晚上九点，周末照常开放。",
        "区总工会还为环卫职工送去慰问品，并开展健康体检活动。",
    ]
    shingles = Shingles(texts)
    # segment 1 was read on from the open sentence of segment 0 (next in order, a fair junction);
    # segment 2 was left open with no continuation
    base = {(0, 1): 10.0, (2, 1): 8.0}
    succ = {0: 1}
    assert _move_misplaced(succ, base, {}, {0, 2}, {1}, shingles)
    assert succ == {2: 1}
    # the same junctions, but the run reads as its article's own text: nothing moves
    succ = {0: 1}
    shingles = Shingles([texts[0], texts[3], texts[2], texts[0]])
    assert not _move_misplaced(succ, base, {}, {0, 2}, {1}, shingles)
    assert succ == {0: 1}


def test_a_headless_photo_caption_opens_the_article_printed_right_after_it():
    from proofer.core.analysis.article_checks import merge_captions
    from proofer.core.analysis.headlines import Headline

    # a caption with its photo's credit (lines 0-3), then the report it illustrates (5-9)
    segs = [seg(0, 3, Start.ARTICLE, End.CAPTION), seg(5, 9, Start.ARTICLE, End.PARAGRAPH)]
    flows = [[0, 1, 2, 3], [5, 6, 7, 8, 9]]
    confidence = [0.8, 0.9]
    merge_captions(flows, [[], [Headline((12,))]], segs, confidence)
    assert flows == [[], [0, 1, 2, 3, 5, 6, 7, 8, 9]] and confidence[1] < 0.9
    # a headless text that ends on no credit is left alone
    segs[0] = seg(0, 3, Start.ARTICLE, End.PARAGRAPH)
    flows = [[0, 1, 2, 3], [5, 6, 7, 8, 9]]
    merge_captions(flows, [[], [Headline((12,))]], segs, [0.8, 0.9])
    assert flows[0] == [0, 1, 2, 3]


def test_a_loose_headline_whose_words_only_a_texts_second_part_holds_heads_that_part():
    # the second article's headline was set after its text, far from any start, so no article
    # claimed it: its words are found only in the text from that paragraph start on
    second = "读者反映，图书馆自本月起\n每天延时至晚上九点，周末照常开\n放，读者可以凭借阅证进馆阅读和\n借还读物。\n\n"
    _assert_two_articles("区总工会为快递员送温暖\n\n" + FIRST_TEXT + second + "市图书馆延长开放时间\n")


def test_a_sure_loose_headline_naming_the_first_text_of_an_article_whose_headline_names_the_rest_splits_it():
    from proofer.core.analysis.article_checks import split_by_headlines
    from proofer.core.analysis.headlines import Headline

    texts = ["区总工会为快递员送温暖", "", "市图书馆延长开放时间", "",
             "本报讯（记者甲乙）区总工会为快递员送去慰问品。", "读者反映，市图书馆每天开放至晚上九点。"]
    f = [line_features(t) for t in texts]
    segs = [seg(4, 4, Start.ARTICLE, End.PARAGRAPH), seg(5, 5, Start.PARAGRAPH, End.PARAGRAPH)]
    sets = [han_bigrams(texts[4]), han_bigrams(texts[5])]
    chains, sureness = [[0, 1]], [0.9]
    # the later text's headline claimed the whole text; the earlier text's stayed loose
    heads = [Headline((0,)), Headline((2,))]
    assert split_by_headlines(chains, sureness, heads, [None, 0], [True, False], segs, sets, f)
    assert chains == [[0], [1]]


def test_a_sure_loose_headline_splits_off_the_text_it_names_though_a_word_of_the_other_headline_recurs_there():
    from proofer.core.analysis.article_checks import split_by_headlines
    from proofer.core.analysis.headlines import Headline

    # the report's own headline names the first text; the loose one, the second, where one of the
    # first headline's words (工会) recurs by chance, as its owned headlines' words may
    texts = ["区总工会为快递员送温暖", "", "市图书馆延长开放时间", "",
             "本报讯（记者甲乙）区总工会为快递员送去慰问品，温暖人心。",
             "读者反映，市图书馆每天开放至晚上九点，工会会员也可借阅。"]
    f = [line_features(t) for t in texts]
    segs = [seg(4, 4, Start.ARTICLE, End.PARAGRAPH), seg(5, 5, Start.PARAGRAPH, End.PARAGRAPH)]
    sets = [han_bigrams(texts[4]), han_bigrams(texts[5])]
    chains, sureness = [[0, 1]], [0.9]
    heads = [Headline((0,)), Headline((2,))]
    assert split_by_headlines(chains, sureness, heads, [0, None], [False, True], segs, sets, f)
    assert chains == [[0], [1]]


def test_a_line_closing_a_quotation_it_did_not_open_goes_on_from_elsewhere():
    from proofer.core.analysis.pieces import Start, runs_of, segments_of

    texts = ["时 报 》 创 刊 五 周 年 ， 并 在", "题词中说：“祝贵报越办越好，越", "办越有特色。”", "",
             "《环球时报》创刊五", "年来，发行量连年递增，影响", "不断扩大。"]
    f = [line_features(t) for t in texts]
    segs = segments_of(runs_of(f, set()), f, [Role.BODY] * len(texts))
    assert [s.start for s in segs] == [Start.MIDDLE, Start.PARAGRAPH]


def test_a_paragraph_set_after_its_own_articles_headline_is_not_a_text_of_its_own():
    # the extractor put the headline between the report's two boxes: the second, opening a
    # paragraph under a headline that went to the first by its words, goes on from the first
    report = column([
        "本报讯（记者 王明）近日，市老字号餐饮企业在前门举办技能展示活动，二十多家老字号的厨师现场制作传统菜品。"
    ])
    rest = column(["据协会负责人介绍，此次活动的菜品都由二十多家企业的厨师现场制作，活动将持续三天。"])
    other = column([
        "本报讯（记者 李华）近日，区图书馆在社区开设了十个图书借阅点，居民在家门口就能借到新书和报刊。",
        "区图书馆负责人说，社区借阅点的图书每月更新一次，方便居民借阅。",
    ])
    text = "\n".join(["社区开设图书借阅点", "", *other, "", *report, "", "老字号厨师展示传统菜品", "", *rest])
    page = _articles(text)
    assert [(a.title.text, len(a.paragraphs)) for a in page.articles] == [
        ("社区开设图书借阅点", 2),
        ("老字号厨师展示传统菜品", 2),
    ]
    assert page.articles[1].paragraphs[1].text.startswith("据协会负责人介绍")


def test_a_piece_set_right_before_the_piece_it_continues_is_read_after_it():
    # the extractor swapped two boxes of one paragraph: its tail (full first line, closing the
    # paragraph) comes before its head (indented, left open); read the other way round, every
    # junction fits
    head, *paragraph, tail = (
        column(["本报讯（记者王明）近日，城南社区图书馆宣布延长开放时间，每天开放到晚上九点。"]),
        column(
            [
                "图书馆负责人介绍，很多读者白天要上班，只有晚上才有时间来看书和借书，延长开放"
                "时间正是为了方便这些读者，也让社区的孩子们放学以后有一个安静的地方写作业。"
            ]
        ),
        column(["此外，图书馆还增加了一批新书，涉及文学、历史、科技等多个门类，读者可以在网上预约借阅。"]),
    )
    (body,) = paragraph
    boxes = [["社区图书馆延长开放时间"], head, body[3:], body[:3], tail]
    (article,) = _articles("\n\n".join("\n".join(box) for box in boxes) + "\n").articles
    assert [p.text[:6] for p in article.paragraphs] == ["本报讯（记者", "图书馆负责人", "此外，图书馆"]
    assert article.paragraphs[1].text.endswith("写作业。")
    # in print order, the same boxes read straight through
    boxes = [["社区图书馆延长开放时间"], head, body[:3], body[3:], tail]
    (article,) = _articles("\n\n".join("\n".join(box) for box in boxes) + "\n").articles
    assert article.paragraphs[1].text.endswith("写作业。")


def test_of_two_overlapping_swaps_of_neighbouring_pieces_the_one_gaining_more_is_made():
    from proofer.core.analysis.layout import _swap_neighbours
    from proofer.core.analysis.pieces import Segment

    # 0 opens the article and leaves a sentence open; 1 closes a paragraph; 2 and 3 are two
    # pieces of the next paragraph set the wrong way round (3 opens it, 2 goes on from it), 4 its
    # tail. Read 0 1 2 3 4, both 1<->2 and 2<->3 make every junction fit; 3 reads a word into 2
    shapes = [(Start.ARTICLE, End.OPEN), (Start.MIDDLE, End.PARAGRAPH), (Start.MIDDLE, End.OPEN)]
    shapes += [(Start.PARAGRAPH, End.OPEN), (Start.MIDDLE, End.PARAGRAPH)]
    segs = [Segment(3 * k, 3 * k + 1, (3 * k, 3 * k + 1), 13.0, s, e) for k, (s, e) in enumerate(shapes)]
    base = {(0, 1): 15.0, (1, 2): 6.2, (2, 3): 9.0, (3, 4): 15.0}
    base |= {(0, 2): 8.0, (2, 1): 8.0, (1, 3): -1.0, (3, 2): 8.0, (2, 4): 8.0}
    bonus = {(0, 1): 0.0, (2, 3): -1.5, (3, 4): 0.0, (0, 2): -1.5, (2, 1): -1.5, (3, 2): 6.5, (2, 4): -1.5}
    succ = {0: 1, 1: 2, 2: 3, 3: 4}
    _swap_neighbours(succ, segs, {}, base, bonus, PageBigrams([]), [False] * 5)
    assert succ == {0: 1, 1: 3, 3: 2, 2: 4}


def test_a_lone_line_swapped_with_its_neighbour_is_read_back_only_on_strong_junctions():
    from proofer.core.analysis.layout import _swap_neighbours
    from proofer.core.analysis.pieces import Segment

    # 0 closes a paragraph; 1, a lone line, closes the sentence 2 leaves open; 3 opens the next
    # paragraph. The extractor set 1 before 2: read 0 2 1 3, every junction fits
    shapes = [(Start.ARTICLE, End.PARAGRAPH), (Start.MIDDLE, End.PARAGRAPH), (Start.PARAGRAPH, End.OPEN)]
    shapes += [(Start.PARAGRAPH, End.PARAGRAPH)]

    def swapped(word: float, lone: bool) -> dict[int, int]:
        # word: the words read across 2 -> 1 (without them, 2 -> 1 reads no better than 1 -> 2)
        segs = [Segment(3 * k, 3 * k + 1, (3 * k, 3 * k + 1), 13.0, s, e) for k, (s, e) in enumerate(shapes)]
        if lone:
            segs[1] = Segment(3, 3, (3,), 13.0, *shapes[1])
        base = {(0, 1): 6.0, (1, 2): 8.0, (2, 3): 6.0, (0, 2): -1.0, (2, 1): 9.0 if word else 1.0, (1, 3): -1.0}
        bonus = {(2, 3): -1.5, (2, 1): word}
        succ = {0: 1, 1: 2, 2: 3}
        _swap_neighbours(succ, segs, {}, base, bonus, PageBigrams([]), [False] * 4)
        return succ

    # a word read across the lone line's junction carries the swap
    assert swapped(6.5, lone=True) == {0: 2, 2: 1, 1: 3}
    # without it, the shapes alone swap two pieces of several lines, but not a lone line
    assert swapped(0.0, lone=False) == {0: 2, 2: 1, 1: 3}
    assert swapped(0.0, lone=True) == {0: 1, 1: 2, 2: 3}


def test_a_dateline_paragraph_set_a_box_away_from_its_place_under_the_headline_is_read_first():
    dateline = column(["本报讯（记者王明）近日，城南社区图书馆宣布延长开放时间，每天开放到晚上九点。"])
    body = column(
        [
            "图书馆负责人介绍，很多读者白天要上班，只有晚上才有时间来看书和借书，延长开放"
            "时间正是为了方便这些读者，也让社区的孩子们放学以后有一个安静的地方写作业。"
        ]
    )
    other = [
        ["老街早市重新开张"],
        column(["本报讯（记者李华）昨天，老街早市在整修以后重新开张，摊位比过去多了一倍。"]),
        column(["市民张女士说，早市离家近，蔬菜水果新鲜便宜，她每天早上都来买菜，顺便和老邻居聊聊天。"]),
    ]
    headline = ["社区图书馆延长开放时间"]
    # in print order, set a box lower, set a box higher (before the headline, after another article)
    pages = [other + [headline, dateline, body], other + [headline, body, dateline], other + [dateline, headline, body]]
    for boxes in pages:
        first, second = _articles("\n\n".join("\n".join(box) for box in boxes) + "\n").articles
        assert [p.text[:6] for p in first.paragraphs] == ["本报讯（记者", "市民张女士说"]
        assert second.title is not None and second.title.text == "社区图书馆延长开放时间"
        assert [p.text[:6] for p in second.paragraphs] == ["本报讯（记者", "图书馆负责人"]


def test_a_last_line_short_only_by_its_squeezed_marks_breaks_mid_sentence():
    def end_of(last):
        lines = lines_from_text("\n".join(COLUMN) + "\n" + last)  # a column of 13.75
        f = feats([line.text for line in lines])
        (seg,) = segments_of(runs_of(f, set()), f, [Role.BODY] * len(lines))
        return seg.end

    # measured with its marks squeezed, the line falls short of the column; set full, as a
    # justified line sets them, it reaches it: a sentence broken by the column, not a heading
    last = "还给大家送去 “新春礼包 ” 和"
    assert line_features(last).width < 13.75 - 1.0
    assert end_of(last) is End.OPEN
    assert end_of("还给大家送去新春礼包和") is End.PARAGRAPH  # as short with no mark: a heading


def test_a_run_read_on_into_by_order_alone_goes_to_the_open_sentence_sharing_its_words():
    from proofer.core.analysis.cohesion import Shingles
    from proofer.core.analysis.layout import _reread_intruders

    texts = [
        "市图书馆自本月起延长开放时间，读者可以在晚上",
        "区总工会开展送温暖慰问活动，为快递员送去",
        "凭借阅证进馆阅读和借还图书，市图书馆周末照常开放时间不变。",
        "保温杯和雨伞，区总工会还为快递员开展慰问活动。",
    ]
    # segment 1's open sentence read on into the next box (2), which read on into 3 by order;
    # segment 0's open sentence found no continuation
    base = {(1, 2): 16.0, (2, 3): 6.0, (1, 3): 7.8, (0, 2): 7.4}
    succ = {1: 2, 2: 3}
    _reread_intruders(succ, base, {}, {0, 1}, {2, 3}, Shingles(texts))
    assert succ == {0: 2, 1: 3}
    # the same junctions, but the run reads as its own article's text: nothing moves
    succ = {1: 2, 2: 3}
    texts[2] = "区总工会慰问快递员，还为环卫职工送温暖，开展健康体检活动。"
    _reread_intruders(succ, base, {}, {0, 1}, {2, 3}, Shingles(texts))
    assert succ == {1: 2, 2: 3}


def test_a_datelined_item_after_a_headlined_text_that_reads_on_from_elsewhere_opens_it():
    from types import SimpleNamespace

    from proofer.core.analysis.article_checks import merge_roundup_items
    from proofer.core.analysis.pieces import End, Segment, Start

    lines = ["府今天宣布将采取措施维护金融", "市场的稳定。", "据新华社东京１月９日电日本政", "策调整引起关注。"]
    feats = [SimpleNamespace(text=t) for t in lines]

    def laid_out(start: Start) -> list[list[int]]:
        segs = [
            Segment(0, 1, (0, 1), 14.0, start, End.PARAGRAPH),
            Segment(2, 3, (2, 3), 14.0, Start.ARTICLE, End.PARAGRAPH),
        ]
        flows = [[0, 1], [2, 3]]
        merge_roundup_items([[0], [1]], segs, flows, [["headline"], []], feats)
        return flows

    # the headlined text opens with a paragraph: the datelined item is the roundup's next item
    assert laid_out(Start.PARAGRAPH) == [[0, 1, 2, 3], []]
    # it reads on from elsewhere (its start is missing): the datelined item opens it
    assert laid_out(Start.MIDDLE) == [[2, 3, 0, 1], []]
