"""The work on one page, as a worker process runs it: read once, reconstruct once, write every format.

A worker gets a ``PageTask`` (paths) and returns a ``PageResult`` (a few hundred bytes: the
fingerprint, the manifest rows, the weakest decisions), never a page. Any failure of a page —
unreadable, damaged sidecar, engine error, unwritable output — becomes a one-line reason.
"""

from __future__ import annotations

import hashlib
import os
import signal
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core.formats import sidecar
from ..core.formats.atomic import write_atomic
from ..core.formats.rawpage import MAX_BYTES, PageError, decode_page, read_error, too_large
from ..core.model import Line
from ..core.reconstruct import Article, PageText, reconstruct
from .batch_plan import PageTask, fingerprint
from .export import convert_result, export_result
from .pages import build_page
from .review import weakest


@dataclass(frozen=True, slots=True)
class Settings:
    formats: tuple[str, ...]
    conversion: str | None
    run_key: str
    mode: int | None = None  # output file permissions (None: write_atomic's private 0600)


@dataclass(frozen=True, slots=True)
class PageResult:
    task: PageTask
    error: str | None = None  # one line: why the page failed
    record: dict[str, Any] | None = None  # the state record (fingerprint, manifest rows, doubts)


def ignore_sigint() -> None:
    """Worker initializer: Ctrl+C is the parent's to handle (it lets running chunks finish)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def process_chunk(tasks: list[PageTask], settings: Settings) -> list[PageResult]:
    return [process_page(t, settings) for t in tasks]


def process_page(task: PageTask, settings: Settings) -> PageResult:
    try:
        return PageResult(task, record=_process(task, settings))
    except (PageError, sidecar.SidecarError) as exc:
        return PageResult(task, error=str(exc))
    except OSError as exc:
        return PageResult(task, error=f"{exc.filename or task.source}: {exc.strerror or exc}")
    except Exception as exc:  # an engine or exporter bug on one odd page must not stop the issue
        return PageResult(task, error=f"{task.source}: internal error ({type(exc).__name__}: {exc})")


def _read(path: str) -> tuple[bytes, list[int]] | None:
    """The file's bytes and its [size, mtime_ns] as seen before reading (None when absent)."""
    try:
        with open(path, "rb") as f:
            st = os.fstat(f.fileno())
            if st.st_size > MAX_BYTES:  # as read_page: a huge file is no page, and is not read
                raise too_large(path, st.st_size)
            return f.read(), [st.st_size, st.st_mtime_ns]
    except FileNotFoundError:
        return None


def _process(task: PageTask, settings: Settings) -> dict[str, Any]:
    try:
        got = _read(task.source)
    except OSError as exc:
        raise read_error(task.source, exc) from None
    if got is None:
        raise PageError(f"{task.source}: no such file (vanished during the run)")
    data, input_stat = got
    try:
        raw = decode_page(data)
    except PageError as exc:
        raise PageError(f"{task.source}: {exc}") from None
    car_path = sidecar.sidecar_path(task.source)
    car_got = _read(str(car_path))
    car = None
    if car_got is None:
        car_sha, car_stat, status = "", None, sidecar.Status.UNREVIEWED
    else:
        try:
            car = sidecar.from_json(car_got[0].decode("utf-8"))
        except (sidecar.SidecarError, UnicodeDecodeError) as exc:
            raise sidecar.SidecarError(f"{car_path}: {exc}") from None
        car_sha, car_stat, status = hashlib.sha256(car_got[0]).hexdigest(), car_got[1], car.status
    page = build_page(Path(task.source).name, raw.text, car)
    result = reconstruct(page.lines, page.decisions)
    out_dir = Path(task.out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for fmt, path in zip(settings.formats, task.outputs(settings.formats), strict=True):
        payload = export_result(result, page, fmt, settings.conversion)
        try:
            # no fsync per file (it cost more than the page's text work); the parent syncs at the end
            write_atomic(path, payload, durable=False, mode=settings.mode)
        except OSError as exc:
            raise OSError(exc.errno, f"cannot write ({exc.strerror or exc})", str(path)) from None
    doubts = weakest(page)
    return {
        "source": task.source,
        "fingerprint": fingerprint(hashlib.sha256(data).hexdigest(), car_sha, settings.run_key),
        "run_key": settings.run_key,
        "input_stat": input_stat,
        "sidecar_stat": car_stat,
        "status": status.value,  # the editor's review status: a reviewed page leaves the queue
        "min_confidence": doubts[0]["confidence"] if doubts else 1.0,
        "doubts": doubts,
        "articles": manifest_rows(convert_result(result, settings.conversion), page.lines),
    }


def manifest_rows(result: PageText, lines: tuple[Line, ...]) -> list[dict[str, Any]]:
    return [_row(a, lines) for a in result.articles]


def _row(article: Article, lines: tuple[Line, ...]) -> dict[str, Any]:
    def text(block: Any) -> str | None:
        return None if block is None else block.text

    return {
        "kicker": text(article.kicker),
        "title": text(article.title),
        "subtitle": text(article.subtitle),
        "byline": text(article.byline),
        "credit": text(article.credit),
        "lines": [[lines[p.first].no, lines[p.last].no] for p in article.pieces],
        "confidence": round(article.confidence, 3),
    }
