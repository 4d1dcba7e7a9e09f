"""DOCX export through python-docx: articles in reading order with distinct headline styles.

Styles (named so a reader can restyle a whole issue at once):

* ``Kicker`` (custom, small bold), ``Heading 1`` for the title, ``Heading 2`` for the subtitle;
* ``Article Body`` (custom) for paragraphs: first-line indent of two characters
  (``w:firstLineChars="200"``, with an equivalent twip indent for readers that ignore it);
* ``Byline`` and ``Credit`` (custom) for the author line and the photo credit.

Every style carries an East-Asian font (``w:eastAsia``) and language, so Word does not fall
back to a Latin theme font for Han text.

python-docx's default template holds ~800 kB of style XML that every save would compress again;
the template is slimmed once per process (unused styles, latent styles and parts dropped) and
each page starts from that small template. Paragraphs are copies of one python-docx paragraph
per style (see ``_prototypes``).
"""

from __future__ import annotations

import copy
import io
from functools import lru_cache

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Pt
from docx.styles.style import ParagraphStyle

from ..reconstruct import Article, PageText
from .tei import xml_text

KICKER, TITLE, SUBTITLE, BODY, BYLINE, CREDIT = (
    "Kicker", "Heading 1", "Heading 2", "Article Body", "Byline", "Credit"
)
BODY_SIZE = Pt(10.5)  # 五号, the usual body size of Chinese print
# Fonts per script: simplified pages in 宋体/黑体, traditional ones in 新細明體/微軟正黑體.
FONTS = {"zh-CN": ("宋体", "黑体"), "zh-TW": ("新細明體", "微軟正黑體"), "zh-HK": ("新細明體", "微軟正黑體")}
_KEEP_STYLES = {"Normal", "heading 1", "heading 2", "Default Paragraph Font", "Normal Table", "No List"}
_DROP_PARTS = ("stylesWithEffects", "webSettings", "customXml", "thumbnail")


def to_docx(page: PageText, source: str, lang: str = "zh-CN") -> bytes:
    """The page's articles as a .docx file; ``lang`` is zh-CN, zh-TW or zh-HK."""
    document = docx.Document(io.BytesIO(_template(lang)))
    document.core_properties.title = source
    body = document.element.body
    sect = body.sectPr  # the template's one empty paragraph goes; the section settings stay
    for child in list(body):
        if child is not sect:
            body.remove(child)
    protos = _prototypes(lang)
    for article in page.articles:
        for style, text in _article_paragraphs(article):
            p = copy.deepcopy(protos[style])
            p[-1][-1].text = xml_text(text)  # w:p/w:r/w:t
            sect.addprevious(p)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _article_paragraphs(article: Article) -> list[tuple[str, str]]:
    """(style name, text) of each paragraph of an article, in print order."""
    out = [
        (style, block.text)
        for style, block in ((KICKER, article.kicker), (TITLE, article.title), (SUBTITLE, article.subtitle))
        if block is not None
    ]
    out.extend((BYLINE if block is article.byline else BODY, block.text) for block in article.paragraphs)
    if article.credit is not None:
        out.append((CREDIT, article.credit.text))
    return out


@lru_cache(maxsize=4)
def _prototypes(lang: str) -> dict[str, BaseOxmlElement]:
    """One paragraph per style made through python-docx, copied for each paragraph of a page:
    python-docx's add_paragraph resolves the style name and builds the XML each time, which
    made DOCX the slowest format by far. A single space makes w:t keep xml:space="preserve"."""
    document = docx.Document(io.BytesIO(_template(lang)))
    names = (KICKER, TITLE, SUBTITLE, BODY, BYLINE, CREDIT)
    return {name: document.add_paragraph(" ", style=name)._p for name in names}


@lru_cache(maxsize=4)
def _template(lang: str) -> bytes:
    """python-docx's default template, slimmed to the styles we use, plus ours."""
    body_font, head_font = FONTS.get(lang, FONTS["zh-CN"])
    document = docx.Document()
    for rels in (document.part.rels, document.part.package.rels):
        for r_id, rel in list(rels.items()):
            if rel.reltype.endswith(_DROP_PARTS):
                del rels[r_id]
    root = document.styles.element
    for style in root.findall(qn("w:style")):
        name = style.find(qn("w:name"))
        if name is None or name.get(qn("w:val")) not in _KEEP_STYLES:
            root.remove(style)
    latent = root.find(qn("w:latentStyles"))
    if latent is not None:
        root.remove(latent)
    styles = document.styles
    normal = styles["Normal"]
    assert isinstance(normal, ParagraphStyle)
    normal.font.size = BODY_SIZE
    _east_asian(normal, body_font, lang)
    for name in (TITLE, SUBTITLE):
        head = styles[name]
        assert isinstance(head, ParagraphStyle)
        _east_asian(head, head_font, lang)
    kicker = _custom(document, KICKER, "Normal")
    kicker.font.bold = True
    kicker.font.size = Pt(12)
    kicker.paragraph_format.space_after = Pt(2)
    _east_asian(kicker, head_font, lang)
    body = _custom(document, BODY, "Normal")
    body.paragraph_format.first_line_indent = BODY_SIZE * 2
    body.paragraph_format.space_after = Pt(0)
    ind = body.element.get_or_add_pPr().get_or_add_ind()
    ind.set(qn("w:firstLineChars"), "200")  # two characters, whatever the font size
    byline = _custom(document, BYLINE, BODY)
    byline.font.italic = False
    credit = _custom(document, CREDIT, "Normal")
    credit.font.size = Pt(9)
    _east_asian(credit, body_font, lang)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _custom(document: docx.document.Document, name: str, base: str) -> ParagraphStyle:
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    assert isinstance(style, ParagraphStyle)
    base_style = document.styles[base]
    assert isinstance(base_style, ParagraphStyle)
    style.base_style = base_style
    style.quick_style = True
    return style


def _east_asian(style: ParagraphStyle, font: str, lang: str) -> None:
    """Set the East-Asian font and language of a style (theme fonts would override a plain name)."""
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    fonts.attrib.pop(qn("w:eastAsiaTheme"), None)
    fonts.set(qn("w:eastAsia"), font)
    lang_el = rpr.find(qn("w:lang"))
    if lang_el is None:
        lang_el = OxmlElement("w:lang")
        rpr.append(lang_el)
    lang_el.set(qn("w:eastAsia"), lang)
