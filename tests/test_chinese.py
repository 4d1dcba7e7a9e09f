from proofer.core.chinese import convert, dominant_script, stray_characters


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
