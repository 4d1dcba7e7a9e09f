"""Whatever the raw text, the engine and reconstruction lose and invent nothing.

Every non-whitespace character of the input appears exactly once in the output (headlines,
paragraphs, credits, page noise, loose text), in input order within each line. The one change
the spacing rules make, a Latin hyphen rejoined at a line end, cannot occur in the generated
text (no hyphen); it has its own unit test below.
"""

from hypothesis import given, settings
from hypothesis import strategies as st

from proofer.core.analysis import page_lines, propose
from proofer.core.reconstruct import reconstruct
from proofer.core.text import JOIN, normalize

# Han characters, full-width punctuation and digits, Latin letters and digits, spaces: the stuff
# of extracted pages, plus dateline and credit words so that those paths are exercised too.
ALPHABET = st.sampled_from(
    list("本报讯记者通讯员新华社电摄据了解工会职工的一是在不和有") + list("，。、；：？！“”（）《》——１２３")
    + list("abcXYZ0123 ") + ["本报讯", "（记者 王路曼）", "孙妍 摄", "新华社北京１月５日电"]
)
LINE = st.lists(ALPHABET, max_size=20).map("".join)
PAGE = st.lists(LINE, min_size=1, max_size=60).map("\n".join)


def _output_blocks(text: str):
    lines = page_lines(text)  # glued columns parted: each part's characters checked in its line
    page = reconstruct(lines, propose(lines))
    blocks = []
    for article in page.articles:
        for block in (article.kicker, article.title, article.subtitle, *article.paragraphs, article.credit):
            if block is not None:
                blocks.append(block)
    return lines, blocks + list(page.noise) + list(page.loose)


@settings(max_examples=150, deadline=None)
@given(PAGE)
def test_every_character_appears_once_in_input_order(text):
    lines, blocks = _output_blocks(text)
    seen: dict[int, list[int]] = {}
    for block in blocks:
        # the block's text is exactly the source its spans point at
        source = "".join(lines[s.line].text[s.start : s.end] for s in block.spans)
        assert "".join(block.text.split()) == "".join(source.split())
        for span in block.spans:
            seen.setdefault(span.line, []).extend(range(span.start, span.end))
    for i, line in enumerate(lines):
        wanted = [k for k, c in enumerate(line.text) if not c.isspace()]
        got = [k for k in seen.get(i, []) if not line.text[k].isspace()]
        assert sorted(got) == wanted  # each character once
        assert got == wanted  # and in input order within the line


@settings(max_examples=150, deadline=None)
@given(PAGE)
def test_output_holds_exactly_the_input_characters(text):
    _, blocks = _output_blocks(text)
    out = sorted("".join("".join(b.text.split()) for b in blocks))
    assert out == sorted("".join(text.split()))


def test_a_latin_word_hyphenated_at_a_line_end_is_rejoined_dropping_only_the_hyphen():
    assert normalize("inter-" + JOIN + "national") == "international"
    assert normalize("well-" + JOIN + "Known") == "well-Known"  # a capital: a real compound
