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
import struct
import sys
import time
import zipfile
import zlib
from dataclasses import dataclass
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
    paragraphs = [(style, xml_text(text)) for article in page.articles for style, text in _article_paragraphs(article)]
    if all(_fast_ok(text) for _, text in paragraphs) and _fast_ok(source) and xml_text(source) == source:
        return _fast_docx(paragraphs, source, lang)
    return _build(paragraphs, source, lang)


def _build(paragraphs: list[tuple[str, str]], source: str, lang: str) -> bytes:
    """The .docx made through python-docx (the reference the fast path is cut from)."""
    document = docx.Document(io.BytesIO(_template(lang)))
    document.core_properties.title = source
    body = document.element.body
    sect = body.sectPr  # the template's one empty paragraph goes; the section settings stay
    for child in list(body):
        if child is not sect:
            body.remove(child)
    protos = _prototypes(lang)
    for style, text in paragraphs:
        p = copy.deepcopy(protos[style])
        p[-1][-1].text = text  # w:p/w:r/w:t
        sect.addprevious(p)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# The fast path: every page's .docx holds the same parts but for the document body and the title,
# so those two are cut once from python-docx's own output (around a marker) and the other parts
# are compressed once; a page then costs its text's escaping and one zip of two small parts.
_MARK = "\ue000"  # a private-use character: in no page text given the fast path
_DOCUMENT, _CORE = "word/document.xml", "docProps/core.xml"


def _fast_ok(text: str) -> bool:
    """Texts the fast path escapes exactly as lxml does (an empty text serialises as ``<w:t/>``)."""
    return bool(text) and "\r" not in text and _MARK not in text


def _escape(text: str) -> bytes:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").encode("utf-8")


@dataclass(frozen=True)
class _Skeleton:
    members: tuple[tuple[str, bytes | None], ...]  # in archive order; None: the page's own part
    packed: dict[str, tuple[bytes, int, int]]  # static part -> (deflated, crc, size)
    head: bytes  # document.xml up to the first paragraph
    tail: bytes  # document.xml from the section settings on
    paragraph: dict[str, tuple[bytes, bytes]]  # style -> the paragraph's XML before / after its text
    core: tuple[bytes, bytes]  # core.xml before / after the title


@lru_cache(maxsize=4)
def _skeleton(lang: str) -> _Skeleton:
    def parts(paragraphs: list[tuple[str, str]]) -> dict[str, bytes]:
        with zipfile.ZipFile(io.BytesIO(_build(paragraphs, _MARK, lang))) as z:
            return {info.filename: z.read(info) for info in z.infolist()}

    base = parts([])
    mark = _MARK.encode("utf-8")
    doc = base[_DOCUMENT]
    cut = doc.index(b"<w:sectPr")
    head, tail = doc[:cut], doc[cut:]
    paragraph = {}
    for style in (KICKER, TITLE, SUBTITLE, BODY, BYLINE, CREDIT):
        one = parts([(style, _MARK)])
        assert one.keys() == base.keys() and all(one[k] == base[k] for k in base if k != _DOCUMENT)
        xml = one[_DOCUMENT]
        assert xml.startswith(head) and xml.endswith(tail)
        before, after = xml[len(head) : len(xml) - len(tail)].split(mark)
        paragraph[style] = (before, after)
    before, after = base[_CORE].split(mark)
    packed = {name: _deflate(data) for name, data in base.items() if name not in (_DOCUMENT, _CORE)}
    members = tuple((name, None if name in (_DOCUMENT, _CORE) else data) for name, data in base.items())
    return _Skeleton(members, packed, head, tail, paragraph, (before, after))


def _fast_docx(paragraphs: list[tuple[str, str]], source: str, lang: str) -> bytes:
    sk = _skeleton(lang)
    chunks = [sk.head]
    for style, text in paragraphs:
        before, after = sk.paragraph[style]
        chunks += (before, _escape(text), after)
    chunks.append(sk.tail)
    own = {_DOCUMENT: b"".join(chunks), _CORE: sk.core[0] + _escape(source) + sk.core[1]}
    return _zip([(name, sk.packed[name] if data is not None else _deflate(own[name])) for name, data in sk.members])


def _deflate(data: bytes) -> tuple[bytes, int, int]:
    """A part as zipfile stores it with ZIP_DEFLATED at the default level."""
    c = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush(), zlib.crc32(data), len(data)


def _zip(members: list[tuple[str, tuple[bytes, int, int]]]) -> bytes:
    """A zip archive of deflated members, with the headers zipfile.writestr gives them."""
    t = time.localtime(time.time())
    dostime = t.tm_hour << 11 | t.tm_min << 5 | t.tm_sec // 2
    dosdate = (t.tm_year - 1980) << 9 | t.tm_mon << 5 | t.tm_mday
    system = 0 if sys.platform == "win32" else 3
    out = bytearray()
    central = bytearray()
    for name, (data, crc, size) in members:
        fn = name.encode("ascii")
        offset = len(out)
        out += struct.pack(
            "<4s2B4HL2L2H", b"PK\003\004", 20, 0, 0, 8, dostime, dosdate, crc, len(data), size, len(fn), 0
        )
        out += fn
        out += data
        central += struct.pack(
            "<4s4B4HL2L5H2L", b"PK\001\002", 20, system, 20, 0, 0, 8, dostime, dosdate, crc, len(data), size,
            len(fn), 0, 0, 0, 0, 0o600 << 16, offset,
        )
        central += fn
    start = len(out)
    out += central
    out += struct.pack("<4s4H2LH", b"PK\005\006", 0, 0, len(members), len(members), len(central), start, 0)
    return bytes(out)


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
