"""Exporting a page in the formats people keep, optionally converted with OpenCC.

One reconstruction (``PageText``) renders every format: ``export_result`` is what the batch calls
once per format, ``export_page``/``export_bytes`` are the one-shot forms the editor window uses.
"""

from __future__ import annotations

from dataclasses import replace

from .. import __version__
from ..core.chinese import convert
from ..core.formats import articles_json, docx_export, export, tei
from ..core.model import Page
from ..core.reconstruct import Article, Block, PageText, reconstruct

TEXT_FORMATS = ("json", "txt", "md", "tei")
BINARY_FORMATS = ("docx",)
ALL_FORMATS = TEXT_FORMATS + BINARY_FORMATS
EXTENSIONS = {"json": ".json", "txt": ".txt", "md": ".md", "tei": ".tei.xml", "docx": ".docx"}
# The xml:lang / East-Asian language a conversion produces.
LANGUAGES = {None: "zh-CN", "s2t": "zh-Hant", "s2tw": "zh-TW", "s2hk": "zh-HK", "t2s": "zh-CN"}


def export_text(result: PageText, page: Page, fmt: str, conversion: str | None = None) -> str:
    """A page rendered as text (json/txt/md/tei); ``conversion`` is an OpenCC config or None."""
    if fmt == "json":
        out = articles_json.dumps(result, page.lines, page.source)
    elif fmt == "txt":
        out = export.to_txt(result)
    elif fmt == "md":
        out = export.to_md(result)
    elif fmt == "tei":
        return export_result(result, page, fmt, conversion).decode("utf-8")
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return convert(out, conversion)


def export_result(result: PageText, page: Page, fmt: str, conversion: str | None = None) -> bytes:
    """Any format's file content, from a page already reconstructed."""
    lang = LANGUAGES.get(conversion, "zh-CN")
    if fmt == "docx":
        docx_lang = "zh-TW" if lang == "zh-Hant" else lang
        return docx_export.to_docx(convert_result(result, conversion), page.source, docx_lang)
    if fmt == "tei":
        return tei.to_tei(convert_result(result, conversion), page.lines, page.source, lang, f"proofer {__version__}")
    return export_text(result, page, fmt, conversion).encode("utf-8")


def export_bytes(page: Page, fmt: str, conversion: str | None = None) -> bytes:
    """Any format (json/txt/md/tei/docx) as the bytes of its file."""
    return export_result(reconstruct(page.lines, page.decisions), page, fmt, conversion)


def export_page(page: Page, fmt: str, conversion: str | None = None) -> str:
    return export_text(reconstruct(page.lines, page.decisions), page, fmt, conversion)


def convert_result(result: PageText, conversion: str | None) -> PageText:
    """The page with every printed text converted (provenance spans keep their source lines).

    All texts go through OpenCC in one call, joined by newlines (no phrase spans a newline).
    """
    if not conversion:
        return result
    blocks: list[Block] = []
    for a in result.articles:
        blocks.extend(b for b in (a.kicker, a.title, a.subtitle, *a.paragraphs, a.credit) if b is not None)
    blocks.extend(result.noise)
    blocks.extend(result.loose)
    texts = [b.text for b in blocks]
    converted = convert("\n".join(texts), conversion).split("\n")
    if len(converted) != len(texts):  # a text held a newline after all: convert one by one
        converted = [convert(t, conversion) for t in texts]
    new = {id(b): replace(b, text=t) for b, t in zip(blocks, converted, strict=True)}

    def c(block: Block | None) -> Block | None:
        return None if block is None else new[id(block)]

    def article(a: Article) -> Article:
        return replace(
            a,
            kicker=c(a.kicker),
            title=c(a.title),
            subtitle=c(a.subtitle),
            paragraphs=tuple(new[id(p)] for p in a.paragraphs),
            credit=c(a.credit),
            byline=c(a.byline),
        )

    return PageText(
        tuple(article(a) for a in result.articles),
        tuple(new[id(b)] for b in result.noise),
        tuple(new[id(b)] for b in result.loose),
    )
