"""Every export format on the seed page, with a person's decisions for two articles."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from lxml import etree

from proofer.app.export import ALL_FORMATS, BINARY_FORMATS, TEXT_FORMATS, export_bytes, export_text
from proofer.app.pages import open_page
from proofer.core.analysis import propose
from proofer.core.formats.docx_export import BODY, CREDIT, KICKER, SUBTITLE, TITLE
from proofer.core.formats.tei import TEI_NS
from proofer.core.model import ArticlePlan, Line, Overrides, Page, Piece, Role, _frozen
from seed_decisions import truth, write_seed_page

MIYUN_TITLE = "密云工会慰问2000余名新就业形态劳动者"
LZH_TITLE = "北京老字号餐饮职工展技能比才艺"
T = f"{{{TEI_NS}}}"


def _truth(title: str) -> dict:
    return next(a for a in truth()["articles"] if a["title"] == title)


@pytest.fixture
def seed_page(tmp_path: Path) -> Page:
    return open_page(write_seed_page(tmp_path)).page


def test_formats_are_listed_text_and_binary() -> None:
    assert set(TEXT_FORMATS) >= {"json", "txt", "md", "tei"}
    assert BINARY_FORMATS == ("docx",)
    assert set(ALL_FORMATS) == set(TEXT_FORMATS) | set(BINARY_FORMATS)


def test_txt_puts_headlines_before_indented_paragraphs_in_reading_order(seed_page: Page) -> None:
    out = export_bytes(seed_page, "txt").decode("utf-8").split("\n")
    miyun = _truth(MIYUN_TITLE)
    assert out[:3] == [miyun["kicker"], MIYUN_TITLE, ""]
    assert out[3:7] == ["\u3000\u3000" + p for p in miyun["paragraphs"]]
    assert out.index(LZH_TITLE) > out.index(MIYUN_TITLE)
    assert out[-2] == "孙妍 摄"


def test_markdown_marks_kicker_and_title(seed_page: Page) -> None:
    md = export_bytes(seed_page, "md").decode("utf-8")
    assert md.startswith(f"*{_truth(MIYUN_TITLE)['kicker']}*\n\n## {MIYUN_TITLE}\n")
    assert f"## {LZH_TITLE}" in md


def test_json_keeps_headline_roles_paragraphs_and_provenance(seed_page: Page) -> None:
    data = json.loads(export_bytes(seed_page, "json"))
    first, last = data["articles"][0], data["articles"][-1]
    miyun = _truth(MIYUN_TITLE)
    assert (first["kicker"], first["title"], first["paragraphs"]) == (miyun["kicker"], MIYUN_TITLE, miyun["paragraphs"])
    assert first["lines"] == [[199, 199], [201, 201], [2, 54]]
    assert first["provenance"]["title"][0][0] == 201
    assert (last["title"], last["credit"]) == (LZH_TITLE, "孙妍 摄")


def test_docx_styles_each_paragraph_by_its_role(seed_page: Page) -> None:
    document = docx.Document(io.BytesIO(export_bytes(seed_page, "docx")))
    paras = [(p.style.name, p.text) for p in document.paragraphs]
    miyun = _truth(MIYUN_TITLE)
    assert paras[:6] == [(KICKER, miyun["kicker"]), (TITLE, MIYUN_TITLE)] + [(BODY, p) for p in miyun["paragraphs"]]
    lzh = _truth(LZH_TITLE)
    assert paras[-4:] == [(TITLE, LZH_TITLE)] + [(BODY, p) for p in lzh["paragraphs"]] + [(CREDIT, "孙妍 摄")]
    assert KICKER != TITLE != SUBTITLE


def test_docx_body_style_indents_two_characters_and_sets_east_asian_font(seed_page: Page) -> None:
    document = docx.Document(io.BytesIO(export_bytes(seed_page, "docx")))
    body = document.styles[BODY]
    ind = body.element.pPr.find(docx.oxml.ns.qn("w:ind"))
    assert ind.get(docx.oxml.ns.qn("w:firstLineChars")) == "200"
    assert body.paragraph_format.first_line_indent.pt == pytest.approx(21.0)
    fonts = document.styles["Normal"].element.rPr.rFonts
    assert fonts.get(docx.oxml.ns.qn("w:eastAsia")) == "宋体"
    title_fonts = document.styles[TITLE].element.rPr.rFonts
    assert title_fonts.get(docx.oxml.ns.qn("w:eastAsia")) == "黑体"


def test_tei_has_header_and_one_div_per_article_with_line_numbers(seed_page: Page) -> None:
    root = etree.fromstring(export_bytes(seed_page, "tei"))
    assert root.tag == f"{T}TEI"
    assert root.findtext(f"{T}teiHeader/{T}fileDesc/{T}titleStmt/{T}title") == "seed.txt"
    assert root.findtext(f"{T}teiHeader/{T}fileDesc/{T}sourceDesc/{T}bibl/{T}idno") == "seed.txt"
    divs = root.findall(f"{T}text/{T}body/{T}div[@type='article']")
    first = divs[0]
    assert first.get("n") == "199 201 2-54"
    children = [(el.tag.removeprefix(T), el.get("type"), el.text) for el in first]
    miyun = _truth(MIYUN_TITLE)
    assert children == [("head", "kicker", miyun["kicker"]), ("head", "main", MIYUN_TITLE)] + [
        ("p", None, p) for p in miyun["paragraphs"]
    ]
    assert [el.get("n") for el in first][:3] == ["199", "201", "2-7"]
    last = divs[-1]
    assert last.find(f"{T}head").get("type") == "main"
    assert last[-1].tag == f"{T}note" and last[-1].get("type") == "credit" and last[-1].text == "孙妍 摄"


def test_tei_marks_byline_and_subtitle() -> None:
    lines = tuple(Line(n, t) for n, t in enumerate(["要闻", "主标题", "副标题", "余宏伟", "正文第一句。"], start=1))
    roles = {0: Role.KICKER, 1: Role.TITLE, 2: Role.SUBTITLE, 3: Role.BYLINE, 4: Role.BODY}
    overrides = Overrides(roles=_frozen(roles)).with_articles((ArticlePlan((Piece(0, 4),)),))
    page = Page("p.txt", lines, propose(lines), overrides)
    div = etree.fromstring(export_bytes(page, "tei")).find(f"{T}text/{T}body/{T}div")
    assert [(el.tag.removeprefix(T), el.get("type"), el.text) for el in div] == [
        ("head", "kicker", "要闻"), ("head", "main", "主标题"), ("head", "sub", "副标题"),
        ("byline", None, "余宏伟"), ("p", None, "正文第一句。"),
    ]
    paras = [(p.style.name, p.text) for p in docx.Document(io.BytesIO(export_bytes(page, "docx"))).paragraphs]
    assert paras == [
        (KICKER, "要闻"), (TITLE, "主标题"), (SUBTITLE, "副标题"), ("Byline", "余宏伟"), (BODY, "正文第一句。"),
    ]


@pytest.mark.parametrize("fmt", ALL_FORMATS)
def test_s2t_conversion_reaches_every_format(seed_page: Page, fmt: str) -> None:
    data = export_bytes(seed_page, fmt, "s2t")
    if fmt == "docx":
        text = "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
    else:
        text = data.decode("utf-8")
    assert "密雲工會慰問" in text and "勞動者" in text
    assert "密云工会" not in text


def test_export_text_and_bytes_agree_for_text_formats(seed_page: Page) -> None:
    from proofer.core.reconstruct import reconstruct

    result = reconstruct(seed_page.lines, seed_page.decisions)
    for fmt in TEXT_FORMATS:
        assert export_text(result, seed_page, fmt, "s2t").encode("utf-8") == export_bytes(seed_page, fmt, "s2t")


def test_control_characters_do_not_break_xml_formats() -> None:
    lines = (Line(1, "标题"), Line(2, "正文\x01有一个控制字符。"))
    page = Page("p.txt", lines, propose(lines))
    assert b"\x01" not in export_bytes(page, "tei")
    docx.Document(io.BytesIO(export_bytes(page, "docx")))


def test_tei_keeps_page_furniture_and_unplaced_lines() -> None:
    texts = ["2023年1月12日 第3版", "标题", "正文第一句。", "", "没有归入文章的一行。"]
    lines = tuple(Line(n, t) for n, t in enumerate(texts, start=1))
    roles = {0: Role.NOISE, 1: Role.TITLE, 2: Role.BODY, 4: Role.BODY}
    overrides = Overrides(roles=_frozen(roles)).with_articles((ArticlePlan((Piece(1, 2),)),))
    proposal = propose(lines)
    page = Page("p.txt", lines, replace(proposal, articles=()), overrides)
    body = etree.fromstring(export_bytes(page, "tei")).find(f"{T}text/{T}body")
    assert [(el.tag.removeprefix(T), el.get("type"), el.get("n")) for el in body] == [
        ("fw", None, "1"), ("div", "article", "2-3"), ("div", "unplaced", None),
    ]
    assert body[2][0].text == "没有归入文章的一行。" and body[2][0].get("n") == "5"
