"""The engine reads a page in the characters its rules are written in, one for each."""

from proofer.core.analysis.reading import reading_view


def test_a_mainland_page_is_read_as_it_is():
    texts = ["本报讯 （记者 王明） 近日，", "增长了4.5%，网址www.people.cn。"]
    assert reading_view(texts) is texts


def test_half_width_marks_after_han_text_are_read_full_width_but_not_after_digits_or_latin():
    texts = ["今年增长了4.5成.他说,", "“好!”去年:", "Beijing, China. 3:15", "增长５％.到2022.", "共1,000人,2022年,"]
    assert reading_view(texts) == [
        "今年增长了4.5成。他说，", "“好！”去年：", "Beijing, China. 3:15", "增长５％。到2022。", "共1,000人，2022年，"
    ]


def test_a_traditional_page_with_half_width_marks_is_read_in_simplified_characters_and_full_width_marks():
    texts = ["本報訊 （記者 王明） 近日,區總工會開展了", "送溫暖活動. 孫妍 攝"] * 3
    view = reading_view(texts)
    assert view[:2] == ["本报讯 （记者 王明） 近日，区总工会开展了", "送温暖活动。 孙妍 摄"]
    assert [len(v) for v in view] == [len(t) for t in texts]


def test_a_half_width_mark_after_an_ocr_space_or_set_at_the_next_line_s_start_is_read_full_width():
    texts = ["积极作用 ,2022年", "传遍三湘大地", ".上至省委书记"]
    assert reading_view(texts) == ["积极作用 ，2022年", "传遍三湘大地", "。上至省委书记"]
