"""Plain-text and Markdown renderings of a reconstructed page."""

from __future__ import annotations

from ..reconstruct import Article, PageText


def _headline_lines(article: Article) -> list[tuple[str, str]]:
    return [
        (role, block.text)
        for role, block in (("kicker", article.kicker), ("title", article.title), ("subtitle", article.subtitle))
        if block is not None
    ]


def to_txt(page: PageText) -> str:
    """Articles in reading order: headline lines, then paragraphs indented as printed."""
    out: list[str] = []
    for article in page.articles:
        if out:
            out.append("")
        for _, text in _headline_lines(article):
            out.append(text)
        if _headline_lines(article):
            out.append("")
        for p in article.paragraphs:
            out.append("\u3000\u3000" + p.text)
        if article.credit is not None:
            out.append(article.credit.text)
    return "\n".join(out) + "\n"


def to_md(page: PageText) -> str:
    out: list[str] = []
    for article in page.articles:
        heads = dict(_headline_lines(article))
        if "kicker" in heads:
            out.append(f"*{heads['kicker']}*\n")
        out.append(f"## {heads.get('title') or heads.get('subtitle') or '（无标题）'}\n")
        if "subtitle" in heads and "title" in heads:
            out.append(f"### {heads['subtitle']}\n")
        for p in article.paragraphs:
            out.append(p.text + "\n")
        if article.credit is not None:
            out.append(f"*{article.credit.text}*\n")
    return "\n".join(out)
