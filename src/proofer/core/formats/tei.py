"""TEI P5 export: one ``<div type="article">`` per article, built with lxml (never by strings).

Provenance: every text element (``head``, ``byline``, ``p``, ``note``) and every article ``div``
carries the raw-file line numbers it came from in the global attribute ``@n`` (``teidata.text``,
valid on any TEI element), as ranges separated by spaces: ``n="12-30"``, ``n="4 40-44"`` for an
article whose headline sits far from its body. The ``teiHeader`` names the source file and says
so in ``encodingDesc``.

Mapping: kicker/title/subtitle -> ``<head type="kicker|main|sub">``; the author line ->
``<byline>`` (in place of the first paragraph it also is; elsewhere it stays a ``<p>``);
paragraphs -> ``<p>``; the photo credit -> ``<note type="credit">``; page furniture -> ``<fw>``
before the articles; content lines in no article -> ``<div type="unplaced">``, so nothing of the
page is lost.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex
from lxml import etree

from ..model import Line
from ..reconstruct import Article, Block, PageText

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
# Characters XML 1.0 cannot hold; a raw page may carry a stray one from extraction.
_NOT_XML = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\p{Cs}]")
HEAD_TYPES = (("kicker", "kicker"), ("title", "main"), ("subtitle", "sub"))


def to_tei(page: PageText, lines: Sequence[Line], source: str, lang: str = "zh-CN", producer: str = "proofer") -> bytes:
    """The page as a TEI P5 document (UTF-8 bytes with an XML declaration)."""
    root = _el("TEI", nsmap={None: TEI_NS})
    root.set(f"{{{XML_NS}}}lang", lang)
    root.append(_header(source, producer))
    body = _sub(_sub(root, "text"), "body")
    for block in page.noise:
        _sub(body, "fw", block.text, n=_block_ranges(block, lines))
    for article in page.articles:
        body.append(_article(article, lines))
    if page.loose:
        unplaced = _sub(body, "div", type="unplaced")
        for block in page.loose:
            _sub(unplaced, "p", block.text, n=_block_ranges(block, lines))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _header(source: str, producer: str) -> etree._Element:
    header = _el("teiHeader")
    desc = _sub(header, "fileDesc")
    _sub(_sub(desc, "titleStmt"), "title", source)
    _sub(_sub(desc, "publicationStmt"), "p", f"Articles reconstructed by {producer} from an extracted newspaper page.")
    bibl = _sub(_sub(desc, "sourceDesc"), "bibl")
    _sub(bibl, "idno", source, type="file")
    encoding = _sub(header, "encodingDesc")
    _sub(encoding, "p", "@n on div, head, byline, p, note and fw: source line numbers (ranges, space separated).")
    return header


def _article(article: Article, lines: Sequence[Line]) -> etree._Element:
    div = _el("div", type="article", n=_piece_ranges(article, lines))
    for attr, tei_type in HEAD_TYPES:
        block: Block | None = getattr(article, attr)
        if block is not None:
            _sub(div, "head", block.text, type=tei_type, n=_block_ranges(block, lines))
    for k, block in enumerate(article.paragraphs):
        # <byline> belongs to the top of a div; an author line further down stays a paragraph
        tag = "byline" if k == 0 and block is article.byline else "p"
        _sub(div, tag, block.text, n=_block_ranges(block, lines))
    if article.credit is not None:
        _sub(div, "note", article.credit.text, type="credit", n=_block_ranges(article.credit, lines))
    return div


def _piece_ranges(article: Article, lines: Sequence[Line]) -> str:
    return " ".join(_range(lines[p.first].no, lines[p.last].no) for p in article.pieces)


def _block_ranges(block: Block, lines: Sequence[Line]) -> str:
    """= ``line_ranges(block.lines, lines)``, read from the spans at once (one set, one sort)."""
    return _number_ranges(sorted({lines[s.line].no for s in block.spans}))


def line_ranges(indexes: Iterable[int], lines: Sequence[Line]) -> str:
    """Line indexes as raw line-number ranges: ``[3, 4, 5, 9] -> "4-6 10"`` (numbers are 1-based)."""
    return _number_ranges(sorted({lines[i].no for i in indexes}))


def _number_ranges(numbers: list[int]) -> str:
    runs: list[list[int]] = []
    for no in numbers:
        if runs and runs[-1][1] + 1 == no:
            runs[-1][1] = no
        else:
            runs.append([no, no])
    return " ".join(_range(a, b) for a, b in runs)


def xml_text(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold (lxml refuses them)."""
    return _NOT_XML.sub("", text)


def _range(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}-{last}"


def _el(tag: str, nsmap: dict[str | None, str] | None = None, **attrs: str) -> etree._Element:
    return etree.Element(f"{{{TEI_NS}}}{tag}", {k: v for k, v in attrs.items() if v}, nsmap=nsmap)


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    child = etree.SubElement(parent, f"{{{TEI_NS}}}{tag}", {k: v for k, v in attrs.items() if v})
    if text is not None:
        child.text = xml_text(text)
    return child
