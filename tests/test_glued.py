"""Lines holding two columns side by side are parted, losslessly, and read column by column.

Invented text: body columns of 12 characters a line.
"""

from hypothesis import given, settings
from hypothesis import strategies as st

from engine_support import column
from proofer.core.analysis import page_lines, propose
from proofer.core.analysis.glued import unglue
from proofer.core.model import lines_from_text
from proofer.core.reconstruct import reconstruct

A = column([
    "本报讯山区小学新添图书角，孩子们课余读书的热情一天比一天高。图书角的书由县图书馆和志愿者捐赠，",
    "校长说，山区小学的孩子过去很少能读到课外书，如今每天午休都有孩子来图书角看书，读书热情很高。",
])
B = column([
    "本报讯老街改造完工以后，商户陆续回到老街开门迎客，老街的人气渐渐旺了起来，周末游客也多了。",
    "商户们说，老街改造以后路面平整了，老街的店铺也更整齐了，回流的商户越来越多，人气一天天旺起来。",
])


def parts(text: str) -> list[tuple[int, int, str]]:
    return [(line.no, line.start, line.raw) for line in unglue(lines_from_text(text))]


def test_two_headlines_side_by_side_are_read_box_by_box():
    text = "山区小学新添图书角 老街改造完工迎客\n孩子课余读书热情高 商户回流人气渐旺\n" + "\n".join(A)
    got = parts(text)
    assert got[:5] == [
        (1, 0, "山区小学新添图书角 "),
        (2, 0, "孩子课余读书热情高"),
        (2, 9, " "),  # the space between the two boxes' last lines stands alone, as a column end
        (1, 10, "老街改造完工迎客"),
        (2, 10, "商户回流人气渐旺"),
    ]
    assert got[5:] == [(n, 0, raw) for n, raw in enumerate(A, start=3)]


def test_the_last_lines_of_three_columns_run_into_one_are_parted_at_the_column_gaps():
    glued = "甲乙丙 丁戊己庚辛壬癸子丑 寅卯辰巳午未申酉戌， 天地 日月星辰山川河海。"
    text = "\n".join(A) + "\n" + glued + "\n\n" + "\n".join(B)
    got = [raw for no, _, raw in parts(text) if no == len(A) + 1]
    # the spaces after 丙 and after the comma are OCR's: the column's line runs on over them
    assert got == ["甲乙丙 丁戊己庚辛壬癸子丑", " ", "寅卯辰巳午未申酉戌， 天地", " ", "日月星辰山川河海。"]


def test_lines_that_fit_a_column_or_have_no_column_gap_are_kept_whole():
    wide_title = "坚持人民至上守护万家灯火 奋力谱写民生新篇章"  # one headline of two phrases
    ocr_spaces = "和 政 协委员们一道，为 民"  # spurious spaces inside a column line
    after_punctuation = "区里的志愿者们说， 今年冬天要为辖区里的老人们送去棉衣和热饭， 让他们"
    latin = "Beijing Workers Daily publishes its weekly union page in both print and online"
    items = "●社区借阅点开到家门口 ●老街商户回流人气旺 ●山区小学添了图书角"  # a subtitle's list
    text = "\n".join([wide_title, *A, ocr_spaces, after_punctuation, latin, items, *B])
    assert unglue(lines_from_text(text)) == lines_from_text(text)


def test_a_glued_pair_of_headlines_goes_to_the_two_articles_below_them():
    text = "山区小学新添图书角 老街改造完工迎客\n孩子课余读书热情高 商户回流人气渐旺\n\n" + "\n".join(A)
    text += "\n\n" + "\n".join(B) + "\n"
    lines = page_lines(text)
    page = reconstruct(lines, propose(lines))
    titles = {a.paragraphs[0].text[:6]: a.title.text for a in page.articles}
    assert titles == {
        "本报讯山区小": "山区小学新添图书角孩子课余读书热情高",
        "本报讯老街改": "老街改造完工迎客商户回流人气渐旺",
    }


GLUED_PAGE = st.lists(
    st.lists(st.sampled_from(list("甲乙丙丁戊己庚辛壬癸，。“（ ") + ["  "]), max_size=40).map("".join),
    min_size=1,
    max_size=30,
).map("\n".join)


@settings(max_examples=200, deadline=None)
@given(GLUED_PAGE)
def test_parts_put_back_together_are_the_raw_lines(text):
    raw = lines_from_text(text)
    out = unglue(raw)
    for line in raw:
        mine = sorted((p for p in out if p.no == line.no), key=lambda p: p.start)
        assert "".join(p.raw for p in mine) == line.raw
        assert all(p.raw == line.raw[p.start : p.start + len(p.raw)] for p in mine)
    assert len({p.key for p in out}) == len(out)  # every part keeps its own address


def test_headlines_side_by_side_are_read_each_whole_over_the_rows_between_their_lines():
    # the left headline has three lines, the right one two; their further lines come as rows of
    # their own, interleaved with the first rows of three text columns under the right headline
    text = "\n".join([
        "山区小学新添图书角 老街改造完工以后商户回流人气渐",
        "孩子们课余读书热情",
        "旺",
        "本报讯县里新建的文化 站今天开门迎客，村民 们看了一场地方戏曲",
        "高涨",
        "活动室和阅览室明 天一早就来排队参观的 演出。",
        "",
        *A,
        "",
        "读书热情高涨，老街人气渐旺。",
        *B,
    ])
    got = [raw for _, _, raw in parts(text)]
    assert got[:11] == [
        "山区小学新添图书角", "孩子们课余读书热情", "高涨", " ",
        "老街改造完工以后商户回流人气渐", "旺",
        "本报讯县里新建的文化 ", "活动室和阅览室明", " ",
        "站今天开门迎客，村民 ", "天一早就来排队参观的",
    ]
    rebuilt: dict[int, str] = {}
    for no, _, raw in sorted(parts(text)):
        rebuilt[no] = rebuilt.get(no, "") + raw
    assert [rebuilt[no] for no in sorted(rebuilt)] == text.split("\n")  # every character kept, in its line


def test_two_phrases_of_one_headline_are_not_parted_by_the_line_below():
    text = "坚持人民至上守护 万家灯火照亮千家万户\n" + "\n".join(A)
    assert parts(text)[0] == (1, 0, "坚持人民至上守护 万家灯火照亮千家万户")
