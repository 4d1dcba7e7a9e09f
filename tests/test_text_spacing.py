from proofer.core.text import JOIN, display_width, join_lines, normalize, split_credit


def test_spaces_between_han_and_around_fullwidth_punctuation_go():
    assert normalize("日， 密云区") == "日，密云区"
    assert normalize("意见建议 和 政 协") == "意见建议和政协"
    assert normalize("积极作用 ，2022") == "积极作用，2022"
    assert normalize("“夏送清凉”  “健康体检”") == "“夏送清凉”“健康体检”"


def test_dateline_bracket_keeps_space_between_role_and_name():
    assert normalize("本报讯 （记者 王路曼 ） 近" + JOIN + "日") == "本报讯（记者 王路曼）近日"
    assert normalize("本报讯 （记者 崔欣 通讯员" + JOIN + "宋雅欣）近日") == "本报讯（记者 崔欣 通讯员 宋雅欣）近日"
    assert normalize("（记者陈鹤高） 持续") == "（记者陈鹤高）持续"


def test_a_letter_spaced_dateline_keeps_only_the_space_wider_than_its_letter_spacing():
    assert normalize(f"本 报 讯 （ 记 者   李{JOIN}娜 ） 一") == "本报讯（记者 李娜）一"
    assert normalize("本 报 讯 （ 记 者 李 娜 ） 一") == "本报讯（记者李娜）一"  # evenly spaced: no space printed
    assert normalize(f"本 报 讯 （ 通 讯 员{JOIN}贺秀娟） 江") == "本报讯（通讯员 贺秀娟）江"  # a line end parts them
    # a stray OCR space inside a word set solid is no letter spacing: the role's space stays
    assert normalize("本报讯 （记者 崔 欣 通讯员 宋雅欣）") == "本报讯（记者 崔欣 通讯员 宋雅欣）"
    assert normalize("本报讯 （记 者 崔欣）") == "本报讯（记者 崔欣）"
    # a name opening a line is not letter-spaced: the space after it is the role's
    assert normalize(f"本报讯 （记者 方妍{JOIN}杰 通讯员 贺刚平）") == "本报讯（记者 方妍杰 通讯员 贺刚平）"


def test_joining_lines_adds_space_only_between_latin_words_and_rejoins_hyphenated_words():
    assert normalize("北京 i" + JOIN + "会员") == "北京i会员"
    assert normalize("New" + JOIN + "York") == "New York"
    assert normalize("inter-" + JOIN + "national") == "international"
    assert normalize("１９９" + JOIN + "７年") == "１９９７年"


def test_join_lines_provenance_points_back_to_source_columns():
    text, spans = join_lines([(4, "近 日，", 0), (5, "密云", 0)])
    assert text == "近日，密云"
    assert [(s.line, s.start, s.end, s.out_start, s.out_end) for s in spans] == [
        (4, 0, 1, 0, 1),
        (4, 2, 4, 1, 3),
        (5, 0, 2, 3, 5),
    ]


def test_trailing_photo_credit_is_split_off():
    assert split_credit("交流业务和学习的平台。 孙妍 摄") == ("交流业务和学习的平台。", "孙妍 摄", 12)
    assert split_credit("院院长。 本报记者 史思颖 摄")[1] == "本报记者 史思颖 摄"
    assert split_credit("（新华社记者刘前刚摄）")[1] is None
    assert split_credit("学习的平台。 孙 妍 摄")[:2] == ("学习的平台。", "孙妍 摄")  # OCR letter-spaced the name
    assert split_credit("院院长。 本报记者 史 思 颖 摄")[1] == "本报记者 史思颖 摄"
    assert split_credit("他说这是 一 摄")[1] is None  # one letter before 摄 names nobody
    # other papers' ways of setting it: a slash, traditional characters
    assert split_credit("学习的平台。 孙妍/摄")[:2] == ("学习的平台。", "孙妍/摄")
    assert split_credit("學習的平臺。 孫妍 攝")[:2] == ("學習的平臺。", "孫妍 攝")


def test_display_width_counts_ascii_as_half():
    assert display_width("密云2000") == 4.0
    assert display_width("１９９７年") == 5.0
