"""Article JSON: the schema the scorer reads, plus provenance and confidence as extra keys."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..model import Line
from ..reconstruct import Article, Block, PageText

FORMAT = "proofer-articles"
VERSION = 1


def _text(block: Block | None) -> str | None:
    return None if block is None else block.text


def _provenance(block: Block, lines: Sequence[Line]) -> list[list[int]]:
    """[line number, first column, end column, output start, output end] per span."""
    out = []
    for index, start, end, out_start, out_end in block.spans:  # (a span unpacked, not read field by field)
        line = lines[index]  # looked up once per span, not three times
        at = line.start
        out.append([line.no, at + start, at + end, out_start, out_end])
    return out


def article_dict(article: Article, lines: Sequence[Line], provenance: bool = True) -> dict[str, Any]:
    d: dict[str, Any] = {
        "kicker": _text(article.kicker),
        "title": _text(article.title),
        "subtitle": _text(article.subtitle),
        "paragraphs": [p.text for p in article.paragraphs],
        "credit": _text(article.credit),
        "lines": [[lines[p.first].no, lines[p.last].no] for p in article.pieces],
        "byline": _text(article.byline),
        "confidence": round(article.confidence, 3),
    }
    if provenance:
        d["provenance"] = {
            "paragraphs": [_provenance(p, lines) for p in article.paragraphs],
            **{
                role: _provenance(block, lines)
                for role, block in (
                    ("kicker", article.kicker),
                    ("title", article.title),
                    ("subtitle", article.subtitle),
                    ("credit", article.credit),
                )
                if block is not None
            },
        }
    return d


def to_dict(page: PageText, lines: Sequence[Line], source: str, provenance: bool = True) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "source": source,
        "articles": [article_dict(a, lines, provenance) for a in page.articles],
        "noise": [b.text for b in page.noise],
        "loose": [b.text for b in page.loose],
    }


def dumps(page: PageText, lines: Sequence[Line], source: str, provenance: bool = True) -> str:
    """Article JSON with one article per line: readable in a diff, and written by json's C
    encoder (any ``indent`` falls back to the pure-Python encoder, several times slower)."""
    data = to_dict(page, lines, source, provenance)
    articles = data.pop("articles")
    head = json.dumps(data, ensure_ascii=False, separators=(", ", ": "))
    body = ",\n".join(json.dumps(a, ensure_ascii=False, separators=(", ", ": ")) for a in articles)
    return f'{head[:-1]}, "articles": [\n{body}\n]}}\n'
