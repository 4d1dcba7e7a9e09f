from proofer.core.chinese import convert, dominant_script, simplified_view, stray_characters


def test_stray_traditional_characters_in_a_simplified_page_are_found_in_context():
    text = "新就业形态劳动者加入工会組織，著名作家"
    hits = stray_characters(text)
    assert [(h.char, h.suggestion) for h in hits] == [("組", "组"), ("織", "织")]
    assert text[hits[0].pos] == "組"


def test_dominant_script_and_conversion():
    assert dominant_script("这个级别") == "simplified"
    assert dominant_script("這個級別後來") == "traditional"
    assert convert("级别", "s2t") == "級別"
    assert convert("級別", "t2s") == "级别"
    assert convert("级别", None) == "级别"


def test_a_traditional_page_is_viewed_in_simplified_characters_each_line_as_long_as_its_own():
    lines = ["本報訊 （記者 王明）", "近日，區總工會開展了", "", "送溫暖活動。 孫妍 攝"]
    view = simplified_view(lines)
    assert view == ["本报讯 （记者 王明）", "近日，区总工会开展了", "", "送温暖活动。 孙妍 摄"]
    assert [len(v) for v in view] == [len(t) for t in lines]


def test_a_simplified_page_has_no_view_even_with_a_few_stray_traditional_characters():
    lines = ["本报讯 （记者 王明） 近日，区总工会开展了送温暖活动，为一线职工送去慰问品。"] * 20
    assert simplified_view(lines) is None
    lines[3] = "近日，區總工會開展了"  # OCR read a few characters in the other script
    assert simplified_view(lines) is None


def test_character_by_character_view_keeps_each_place():
    from proofer.core.chinese import _by_character

    assert _by_character("本報訊 （記者 ab") == "本报讯 （记者 ab"
