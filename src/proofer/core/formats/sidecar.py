"""The sidecar: a person's decisions about a page, saved beside it (``page.txt.proofer.json``).

The raw file is never written. Lines are addressed by their stable key (``no:start``) so that a
split line does not shift the addresses of the lines after it. Only human decisions, line
corrections, line splits and the review status are stored: the engine's proposal is recomputed
on open, so a newer engine improves every page without touching what a person decided.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from ..model import ArticlePlan, Break, Line, Overrides, Piece, Role, _frozen
from .atomic import write_atomic

FORMAT = "proofer-sidecar"
VERSION = 1
SUFFIX = ".proofer.json"


class Status(StrEnum):
    UNREVIEWED = "unreviewed"
    IN_PROGRESS = "in_progress"
    REVIEWED = "reviewed"


class SidecarError(Exception):
    """A sidecar that cannot be used; the message is one line for the user."""


@dataclass(frozen=True)
class Sidecar:
    splits: tuple[tuple[str, int], ...] = ()  # (line key, column within that line) in order done
    corrections: dict[str, str] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)
    breaks: dict[str, str] = field(default_factory=dict)
    articles: list[list[list[str]]] | None = None  # articles -> pieces -> [first key, last key]
    status: Status = Status.UNREVIEWED
    source_sha256: str = ""


def sidecar_path(page_path: str | Path) -> Path:
    page_path = Path(page_path)
    return page_path.with_name(page_path.name + SUFFIX)


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def apply_splits(lines: tuple[Line, ...], splits: tuple[tuple[str, int], ...]) -> tuple[Line, ...]:
    out = list(lines)
    for key, col in splits:
        at = next((k for k, line in enumerate(out) if line.key == key), None)
        if at is None or not 0 < col < len(out[at].raw):
            continue  # the raw file changed, or the engine now parts this line there itself
        out[at : at + 1] = split_line(out[at], col)
    return tuple(out)


def split_line(line: Line, col: int) -> tuple[Line, Line]:
    """Split a line's raw text at ``col``; a correction splits at the same column."""
    if not 0 < col < len(line.raw):
        raise ValueError(f"cannot split line {line.no} at column {col}")
    first = Line(line.no, line.raw[:col], line.start, None if line.corrected is None else line.corrected[:col])
    second = Line(line.no, line.raw[col:], line.start + col, None if line.corrected is None else line.corrected[col:])
    return first, second


def to_json(sidecar: Sidecar, source: str) -> str:
    data: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "source": source,
        "source_sha256": sidecar.source_sha256,
        "status": sidecar.status.value,
        "splits": [list(s) for s in sidecar.splits],
        "corrections": sidecar.corrections,
        "roles": sidecar.roles,
        "breaks": sidecar.breaks,
        "articles": sidecar.articles,
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def from_json(text: str) -> Sidecar:
    try:
        data = json.loads(text)
        if data.get("format") != FORMAT:
            raise SidecarError("not a proofer sidecar")
        if data.get("version", 0) > VERSION:
            raise SidecarError(f"sidecar version {data.get('version')} is newer than this proofer")
        return Sidecar(
            splits=tuple((str(k), int(c)) for k, c in data.get("splits", [])),
            corrections={str(k): str(v) for k, v in data.get("corrections", {}).items()},
            roles={str(k): Role(v).value for k, v in data.get("roles", {}).items()},
            breaks={str(k): Break(v).value for k, v in data.get("breaks", {}).items()},
            articles=data.get("articles"),
            status=Status(data.get("status", Status.UNREVIEWED.value)),
            source_sha256=str(data.get("source_sha256", "")),
        )
    except (ValueError, TypeError, AttributeError, KeyError) as exc:
        raise SidecarError(f"damaged sidecar ({exc})") from None


def load(path: str | Path) -> Sidecar | None:
    path = Path(path)
    try:
        return from_json(path.read_text("utf-8"))
    except FileNotFoundError:
        return None
    except SidecarError as exc:
        raise SidecarError(f"{path}: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SidecarError(f"{path}: cannot read sidecar ({exc})") from None


def save(path: str | Path, sidecar: Sidecar, source: str) -> None:
    write_atomic(path, to_json(sidecar, source))


def capture(lines: tuple[Line, ...], overrides: Overrides, splits: tuple[tuple[str, int], ...],
            status: Status, source_sha256: str) -> Sidecar:
    """The sidecar for a page's current human state."""
    keys = [line.key for line in lines]
    articles = None
    if overrides.articles is not None:
        articles = [[[keys[p.first], keys[p.last]] for p in a.pieces] for a in overrides.articles]
    return Sidecar(
        splits=splits,
        corrections={line.key: line.corrected for line in lines if line.corrected is not None},
        roles={keys[i]: r.value for i, r in overrides.roles.items() if i < len(keys)},
        breaks={keys[i]: b.value for i, b in overrides.breaks.items() if i < len(keys)},
        articles=articles,
        status=status,
        source_sha256=source_sha256,
    )


def restore(lines: tuple[Line, ...], sidecar: Sidecar) -> tuple[tuple[Line, ...], Overrides]:
    """Lines (split and corrected) and overrides as a sidecar recorded them.

    Decisions about lines that no longer exist (the raw file changed) are dropped.
    """
    lines = apply_splits(lines, sidecar.splits)
    index = {line.key: i for i, line in enumerate(lines)}
    lines = tuple(
        replace(line, corrected=sidecar.corrections[line.key]) if line.key in sidecar.corrections else line
        for line in lines
    )
    roles = {index[k]: Role(v) for k, v in sidecar.roles.items() if k in index}
    breaks = {index[k]: Break(v) for k, v in sidecar.breaks.items() if k in index}
    articles = None
    if sidecar.articles is not None:
        plans = []
        for pieces in sidecar.articles:
            ps = tuple(
                Piece(index[a], index[b]) for a, b in pieces if a in index and b in index and index[a] <= index[b]
            )
            if ps:
                plans.append(ArticlePlan(ps, 1.0, True))
        articles = tuple(plans)
    return lines, Overrides(roles=_frozen(roles), breaks=_frozen(breaks), articles=articles)
