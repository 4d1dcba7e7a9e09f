"""The page model: raw lines plus decisions about them.

A page is its lines (never rewritten) and three kinds of decision:

* per line, its ``Role``;
* per line, the ``Break`` that follows it inside its article's flow (join the next line into the
  same paragraph, or start a new paragraph);
* the article layout: articles in reading order, each an ordered tuple of ``Piece`` objects
  (runs of consecutive lines), because extractors interleave the column pieces of neighbours.

The engine proposes ``Decisions``; a person's choices are kept apart in ``Overrides`` so that a
newer engine can re-propose without losing them. ``effective()`` overlays the two.
Lines are addressed by their index in ``Page.lines`` (0-based); ``Line.no`` is the 1-based line
number in the raw file. Both are equal-but-shifted until a line is parted: the engine parts a
line that holds two columns (``analysis.glued``), and a person may split one.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from types import MappingProxyType
from typing import Generic, TypeVar


class Role(StrEnum):
    BODY = "body"
    TITLE = "title"
    KICKER = "kicker"
    SUBTITLE = "subtitle"
    BYLINE = "byline"
    CREDIT = "credit"
    NOISE = "noise"

    @property
    def is_headline(self) -> bool:
        return self in HEADLINE_ROLES


HEADLINE_ROLES = frozenset({Role.KICKER, Role.TITLE, Role.SUBTITLE})


class Break(StrEnum):
    JOIN = "join"
    PARAGRAPH = "paragraph"


T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Decision(Generic[T]):
    """One decision: its value, the engine's confidence in it, and whether a person set it."""

    value: T
    confidence: float = 1.0
    by_person: bool = False


@dataclass(frozen=True, slots=True)
class Line:
    """A raw line, or a part of one (the engine parts a line holding two columns; a person may split one)."""

    no: int  # 1-based line number in the raw file
    raw: str
    start: int = 0  # column in the raw line where this part begins (0 unless parted)
    corrected: str | None = None  # an editor's fix, kept beside the raw text

    @property
    def text(self) -> str:
        return self.raw if self.corrected is None else self.corrected

    @property
    def is_blank(self) -> bool:
        return not self.text.strip()

    @property
    def key(self) -> str:
        """Stable address of the line, independent of later splits (used by the sidecar)."""
        return f"{self.no}:{self.start}"


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of consecutive lines, ``first``..``last`` inclusive (line indexes)."""

    first: int
    last: int

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError(f"empty piece {self.first}..{self.last}")

    def indexes(self) -> range:
        return range(self.first, self.last + 1)

    def __contains__(self, index: object) -> bool:
        return isinstance(index, int) and self.first <= index <= self.last


@dataclass(frozen=True, slots=True)
class ArticlePlan:
    """An article as the engine or a person laid it out: its pieces in reading order."""

    pieces: tuple[Piece, ...]
    confidence: float = 1.0
    by_person: bool = False

    def line_indexes(self) -> Iterator[int]:
        for piece in self.pieces:
            yield from piece.indexes()

    @property
    def first_line(self) -> int:
        return min(p.first for p in self.pieces)


def _frozen(mapping: Mapping[int, T] | None = None) -> Mapping[int, T]:
    return MappingProxyType(dict(mapping or {}))


@dataclass(frozen=True)
class Decisions:
    """Every decision about a page. ``roles`` has one entry per line."""

    roles: tuple[Decision[Role], ...]
    breaks: Mapping[int, Decision[Break]] = field(default_factory=_frozen)
    articles: tuple[ArticlePlan, ...] = ()

    def role(self, index: int) -> Role:
        return self.roles[index].value

    def break_after(self, index: int) -> Break:
        decision = self.breaks.get(index)
        return Break.JOIN if decision is None else decision.value

    def article_of(self) -> dict[int, int]:
        """Line index -> article index, for the lines that belong to an article."""
        owner: dict[int, int] = {}
        for a, plan in enumerate(self.articles):
            for i in plan.line_indexes():
                owner[i] = a
        return owner


@dataclass(frozen=True)
class Overrides:
    """A person's decisions, stored apart from the engine's proposal.

    ``articles`` is the whole layout as a person left it, or None while nobody changed it.
    """

    roles: Mapping[int, Role] = field(default_factory=_frozen)
    breaks: Mapping[int, Break] = field(default_factory=_frozen)
    articles: tuple[ArticlePlan, ...] | None = None

    def with_role(self, index: int, role: Role) -> Overrides:
        return replace(self, roles=_frozen({**self.roles, index: role}))

    def with_break(self, index: int, value: Break) -> Overrides:
        return replace(self, breaks=_frozen({**self.breaks, index: value}))

    def with_articles(self, articles: tuple[ArticlePlan, ...]) -> Overrides:
        marked = tuple(replace(a, by_person=True, confidence=1.0) for a in articles)
        return replace(self, articles=marked)

    @property
    def is_empty(self) -> bool:
        return not self.roles and not self.breaks and self.articles is None


def effective(proposal: Decisions, overrides: Overrides) -> Decisions:
    """The decisions in force: the proposal with every human decision laid over it."""
    if overrides.is_empty:
        return proposal
    roles = tuple(
        Decision(overrides.roles[i], 1.0, True) if i in overrides.roles else d
        for i, d in enumerate(proposal.roles)
    )
    breaks = dict(proposal.breaks)
    for i, value in overrides.breaks.items():
        breaks[i] = Decision(value, 1.0, True)
    articles = proposal.articles
    if overrides.articles is not None:
        articles = merge_layout(overrides.articles, proposal.articles, len(roles))
    return Decisions(roles=roles, breaks=_frozen(breaks), articles=articles)


def merge_layout(
    person: tuple[ArticlePlan, ...], engine: tuple[ArticlePlan, ...], line_count: int
) -> tuple[ArticlePlan, ...]:
    """A person's layout, completed by the engine for lines the person's layout does not cover.

    The person's articles are kept exactly; lines they do not cover (a newer engine may place
    lines a person never saw placed) are added as the engine grouped them, each such article
    inserted before the first person article that starts after it.
    """
    valid = tuple(
        ArticlePlan(
            tuple(Piece(p.first, min(p.last, line_count - 1)) for p in a.pieces if p.first < line_count),
            a.confidence,
            a.by_person,
        )
        for a in person
    )
    valid = tuple(a for a in valid if a.pieces)
    covered = {i for a in valid for i in a.line_indexes()}
    extra: list[ArticlePlan] = []
    for plan in engine:
        rest = [i for i in plan.line_indexes() if i not in covered]
        if rest:
            extra.append(ArticlePlan(pieces_of(rest), plan.confidence, False))
    if not extra:
        return valid
    out = list(valid)
    for plan in extra:
        at = next((k for k, a in enumerate(out) if a.first_line > plan.first_line), len(out))
        out.insert(at, plan)
    return tuple(out)


def pieces_of(indexes: list[int]) -> tuple[Piece, ...]:
    """Group line indexes (in flow order) into runs of consecutive lines."""
    pieces: list[Piece] = []
    for i in indexes:
        if pieces and pieces[-1].last + 1 == i:
            pieces[-1] = Piece(pieces[-1].first, i)
        else:
            pieces.append(Piece(i, i))
    return tuple(pieces)


@dataclass(frozen=True)
class Page:
    """One source of truth for a page: its lines, the engine's proposal, a person's overrides."""

    source: str
    lines: tuple[Line, ...]
    proposal: Decisions
    overrides: Overrides = field(default_factory=Overrides)

    @property
    def decisions(self) -> Decisions:
        return effective(self.proposal, self.overrides)

    @property
    def texts(self) -> list[str]:
        return [line.text for line in self.lines]


def line_texts(lines: Sequence[Line]) -> list[str]:
    """``[line.text for line in lines]``, the property written out (asked of every line of a page)."""
    return [line.raw if line.corrected is None else line.corrected for line in lines]


def lines_from_text(text: str) -> tuple[Line, ...]:
    """Split decoded page text into lines (the text must already have LF line ends)."""
    if text.endswith("\n"):
        text = text[:-1]
    return tuple(map(_line, range(1, text.count("\n") + 2), text.split("\n")))


def _line(no: int, raw: str) -> Line:
    """``Line(no, raw)``, made by its slots' setters: a frozen dataclass's __init__ sets each field
    through object.__setattr__, three times the cost, and a page makes a line per raw line."""
    line = _new_line(Line)
    _set_no(line, no)
    _set_raw(line, raw)
    _set_start(line, 0)
    _set_corrected(line, None)
    return line


_new_line = object.__new__
_set_no, _set_raw = Line.no.__set__, Line.raw.__set__  # type: ignore[attr-defined]
_set_start, _set_corrected = Line.start.__set__, Line.corrected.__set__  # type: ignore[attr-defined]
