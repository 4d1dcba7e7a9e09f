"""Reconstruction: a pure function from (lines, decisions) to the articles as printed.

Nothing is invented or dropped: every non-space character of a content line ends up in exactly
one place — an article's headline, paragraph or credit, or the page's noise / loose text — and
each output text carries the spans of the raw lines it came from.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import chain

import regex

from .collector import collector_paused
from .model import ArticlePlan, Break, Decisions, Line, Piece, Role, line_texts
from .text import Span, join_lines, split_credit


@dataclass(frozen=True, slots=True)
class Block:
    """A printed text (headline, paragraph, credit, noise line) and where it came from."""

    text: str
    spans: tuple[Span, ...] = ()

    @property
    def lines(self) -> tuple[int, ...]:
        return tuple(sorted({s.line for s in self.spans}))


@dataclass(frozen=True)
class Article:
    kicker: Block | None
    title: Block | None
    subtitle: Block | None
    paragraphs: tuple[Block, ...]
    credit: Block | None
    pieces: tuple[Piece, ...]
    confidence: float = 1.0
    byline: Block | None = None  # also the first paragraph, as printed

    def headline(self, role: Role) -> Block | None:
        return {Role.KICKER: self.kicker, Role.TITLE: self.title, Role.SUBTITLE: self.subtitle}.get(role)

    @property
    def label(self) -> str:
        """A short name for lists: the title, else the head of the first paragraph."""
        for block in (self.title, self.kicker, self.subtitle):
            if block is not None:
                return block.text
        return self.paragraphs[0].text[:20] if self.paragraphs else ""

    @property
    def line_indexes(self) -> frozenset[int]:
        return frozenset(i for p in self.pieces for i in p.indexes())


@dataclass(frozen=True)
class PageText:
    articles: tuple[Article, ...]
    noise: tuple[Block, ...] = ()
    loose: tuple[Block, ...] = field(default=())  # content lines in no article (never dropped)


def reconstruct(lines: Sequence[Line], decisions: Decisions) -> PageText:
    with collector_paused():  # (thousands of span tuples, freed by reference counting)
        return _reconstruct(lines, decisions)


def _reconstruct(lines: Sequence[Line], decisions: Decisions) -> PageText:
    texts = line_texts(lines)
    placed: set[int] = set()
    articles = []
    for plan in decisions.articles:
        articles.append(_article(texts, decisions, plan, placed))
    noise: list[Block] = []
    loose: list[Block] = []
    roles = decisions.roles
    for i, text in enumerate(texts):
        if not text.strip():
            continue
        if roles[i].value is _NOISE:  # = decisions.role(i)
            noise.append(_block([(i, text, 0)]))
        elif i not in placed:
            loose.append(_block([(i, text, 0)]))
    return PageText(tuple(articles), tuple(noise), tuple(loose))


# the members the per-line loops test, bound once: an Enum class looks its attributes up through the
# slow path its metaclass's __getattr__ sets (Python 3.11: several times a global's cost, per line)
_BODY, _BYLINE, _CREDIT, _NOISE, _JOIN = Role.BODY, Role.BYLINE, Role.CREDIT, Role.NOISE, Break.JOIN


# a Block made by its slots' setters: a frozen dataclass's __init__ sets each field through
# object.__setattr__, twice the cost, and a page makes a block per paragraph
_new_block, _set_text, _set_spans = object.__new__, Block.text.__set__, Block.spans.__set__  # type: ignore[attr-defined]


def _block(parts: list[tuple[int, str, int]]) -> Block:
    text, spans = join_lines(parts)
    block = _new_block(Block)
    _set_text(block, text)
    _set_spans(block, spans)
    return block  # = Block(text, spans)


def _article(texts: list[str], decisions: Decisions, plan: ArticlePlan, placed: set[int]) -> Article:
    heads: dict[Role, list[tuple[int, str, int]]] = {Role.KICKER: [], Role.TITLE: [], Role.SUBTITLE: []}
    credit_parts: list[tuple[int, str, int]] = []
    paragraphs: list[list[tuple[int, str, int]]] = []
    byline: list[tuple[int, str, int]] | None = None
    open_para = False  # whether the next body line joins the last paragraph
    prev_kind: Role | None = None
    roles, breaks, n = decisions.roles, decisions.breaks, len(texts)  # bound once: a hot loop
    for i in chain.from_iterable(range(p.first, p.last + 1) for p in plan.pieces):  # = plan.line_indexes()
        if i >= n or i in placed:
            continue
        text = texts[i]
        if not text.strip():
            continue
        role = roles[i].value
        if role is _NOISE:
            continue  # noise is reported with the page, wherever a layout put it
        placed.add(i)
        part = (i, text, 0)
        if role in heads:
            heads[role].append(part)
        elif role is _CREDIT:
            credit_parts.append(part)
        elif role is _BYLINE:
            if prev_kind is _BYLINE and paragraphs:
                paragraphs[-1].append(part)
            else:
                paragraphs.append([part])
                if byline is None:
                    byline = paragraphs[-1]
            open_para = False
        else:
            if open_para and prev_kind is _BODY:
                paragraphs[-1].append(part)
            else:
                paragraphs.append([part])
            decision = breaks.get(i)  # = decisions.break_after(i), inlined
            open_para = decision is None or decision.value is _JOIN
        prev_kind = role
    credit = _credit_block(credit_parts) if credit_parts else None
    if credit is None and paragraphs:
        paragraphs, credit = _split_trailing_credit(paragraphs)
    blocks = tuple(_block(p) for p in paragraphs)
    by = None
    if byline is not None:
        by = next((b for b, p in zip(blocks, paragraphs, strict=True) if p is byline), None)
    return Article(
        kicker=_block(heads[Role.KICKER]) if heads[Role.KICKER] else None,
        title=_block(heads[Role.TITLE]) if heads[Role.TITLE] else None,
        subtitle=_block(heads[Role.SUBTITLE]) if heads[Role.SUBTITLE] else None,
        paragraphs=blocks,
        credit=credit,
        pieces=plan.pieces,
        confidence=plan.confidence,
        byline=by,
    )


def _split_trailing_credit(
    paragraphs: list[list[tuple[int, str, int]]],
) -> tuple[list[list[tuple[int, str, int]]], Block | None]:
    """A photo credit printed after the last sentence (``… 平台。 孙妍 摄``) leaves the body."""
    last = paragraphs[-1]
    line, text, offset = last[-1]
    head, credit, at = split_credit(text)
    if credit is None:
        return paragraphs, None
    block = _credit_block([(line, text[at:], offset + at)])
    rest = last[:-1] + ([(line, head, offset)] if head.strip() else [])
    return paragraphs[:-1] + ([rest] if rest else []), block


def _credit_block(parts: list[tuple[int, str, int]]) -> Block:
    """A credit keeps one space between its words, as printed: ``本报记者 史思颖 摄``."""
    words: list[str] = []
    spans: list[Span] = []
    out = 0
    for line, text, offset in parts:
        for m in _WORD.finditer(text):
            if words:
                out += 1
            words.append(m.group())
            spans.append(Span(line, offset + m.start(), offset + m.end(), out, out + len(m.group())))
            out += len(m.group())
    return Block(" ".join(words), tuple(spans))


_WORD = regex.compile(r"\S+")
