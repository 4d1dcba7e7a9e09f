"""What a batch run has to do: find the pages, map them to outputs, skip what is up to date.

Discovery: an INPUT is a page file, an issue folder (page ``.txt`` files) or a folder of issues;
folders are walked recursively, hidden entries, sidecars and the output folder itself skipped.
Output mirrors the input: a page file goes straight into OUTDIR, a folder ``X`` becomes
``OUTDIR/X/...``.

Up to date: each output folder keeps a hidden state file (``.proofer-batch.json``) with, per
page, a fingerprint of everything the outputs depend on — sha256 of the page and of its
sidecar, and a run key (proofer version, engine version, a digest of the code that turns a page
into text, formats, conversion) — plus the sizes and mtimes seen, so an unchanged page costs
two ``stat`` calls and a touched-but-unchanged one a hash.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import __version__
from ..core.formats import sidecar
from ..core.formats.atomic import default_mode, write_atomic
from .export import EXTENSIONS

STATE_NAME = ".proofer-batch.json"
STATE_FORMAT = "proofer-batch-state"
PAGE_SUFFIX = ".txt"
# The code whose change changes the outputs (the engine, reconstruction, exporters, page opening).
_CODE = ("core", "app/export.py", "app/pages.py", "app/batch_worker.py")


class PlanError(Exception):
    """The inputs or the output folder cannot be used; one line for the user (exit code 2)."""


@dataclass(frozen=True, slots=True)
class PageTask:
    """One page to clean: small and picklable (workers get paths, not pages)."""

    source: str  # the page file
    out_dir: str  # its output folder
    stem: str  # output file name without extension
    rel: str  # the page's path relative to OUTDIR, for reports

    def outputs(self, formats: Iterable[str]) -> list[Path]:
        return [Path(self.out_dir) / (self.stem + EXTENSIONS[f]) for f in formats]


@dataclass
class Plan:
    tasks: list[PageTask]  # every page, in order
    todo: list[PageTask]  # the pages whose outputs are missing or stale
    states: dict[str, dict[str, Any]] = field(default_factory=dict)  # out_dir -> {stem: record}
    restamped: set[str] = field(default_factory=set)  # out_dirs whose records got fresh stats only


def run_key(formats: Iterable[str], conversion: str | None) -> str:
    from ..core import analysis

    parts = [__version__, str(getattr(analysis, "ENGINE_VERSION", "")), code_digest(), ",".join(sorted(formats)),
             conversion or ""]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:16]


def code_digest() -> str:
    """A digest of the source that turns a page into outputs: a new engine invalidates old outputs."""
    package = Path(__file__).resolve().parent.parent
    h = hashlib.sha256()
    for name in _CODE:
        target = package / name
        files = sorted(target.rglob("*.py")) if target.is_dir() else [target]
        for f in files:
            try:
                h.update(f.relative_to(package).as_posix().encode())
                h.update(f.read_bytes())
            except OSError:
                continue
    return h.hexdigest()


def fingerprint(input_sha: str, sidecar_sha: str, key: str) -> str:
    return hashlib.sha256(f"{input_sha}\0{sidecar_sha}\0{key}".encode()).hexdigest()


def file_sha(path: str | Path) -> str:
    """sha256 of a file, '' when it does not exist."""
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except FileNotFoundError:
        return ""


def stat_of(path: str | Path) -> list[int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


def natural_key(name: str) -> list[Any]:
    """``p2`` before ``p10``."""
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", name)]


def discover(inputs: list[Path], outdir: Path) -> list[PageTask]:
    out_root = outdir.resolve()
    tasks: list[PageTask] = []
    for given in inputs:
        if not given.exists():
            raise PlanError(f"{given}: no such file or folder")
        if given.is_file():
            tasks.append(_task(given, outdir, Path(given.name)))
            continue
        for page in _walk(given, out_root):
            tasks.append(_task(page, outdir, Path(given.resolve().name) / page.relative_to(given)))
    _check_outputs(tasks)
    return tasks


def _check_outputs(tasks: list[PageTask]) -> None:
    """No two pages may share outputs, and no output may land on an input page.

    Folders are resolved once each (symlinks included), not every file: a shelf has thousands.
    """
    real: dict[str, str] = {}

    def folder(path: str) -> str:
        if path not in real:
            real[path] = os.path.realpath(path)
        return real[path]

    sources = {(folder(os.path.dirname(t.source)), os.path.basename(t.source)) for t in tasks}
    seen: dict[tuple[str, str], str] = {}
    for t in tasks:
        key = (folder(t.out_dir), t.stem)
        if key in seen:
            raise PlanError(f"{t.source} and {seen[key]} would write the same outputs ({t.rel})")
        seen[key] = t.source
        if any((key[0], t.stem + ext) in sources for ext in EXTENSIONS.values()):
            raise PlanError(f"{t.source}: its output would overwrite an input page; choose another -o folder")


def _task(page: Path, outdir: Path, rel: Path) -> PageTask:
    stem = rel.name[: -len(PAGE_SUFFIX)] if rel.name.endswith(PAGE_SUFFIX) else rel.name
    # absolute, so the state, the review queue and the reports do not depend on the working folder
    return PageTask(os.path.abspath(page), os.path.abspath(outdir / rel.parent), stem, rel.as_posix())


def _walk(folder: Path, skip: Path) -> Iterator[Path]:
    """Page files under ``folder`` in natural order, folder by folder."""
    for root, dirs, files in os.walk(folder):
        here = Path(root)
        dirs[:] = sorted(
            (d for d in dirs if not d.startswith(".") and (here / d).resolve() != skip), key=natural_key
        )
        for name in sorted(files, key=natural_key):
            if name.startswith(".") or not name.endswith(PAGE_SUFFIX):
                continue
            yield here / name


def load_state(out_dir: str | Path) -> dict[str, Any]:
    try:
        data = json.loads((Path(out_dir) / STATE_NAME).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("format") != STATE_FORMAT or not isinstance(data.get("pages"), dict):
        return {}
    return dict(data["pages"])


def save_state(out_dir: str | Path, pages: dict[str, Any]) -> None:
    # compact: json's C encoder only runs without indent, and a big issue's state is saved often
    data = {"format": STATE_FORMAT, "version": 1, "pages": pages}
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
    write_if_changed(Path(out_dir) / STATE_NAME, text.encode("utf-8"))


def write_if_changed(path: Path, data: bytes) -> bool:
    """Write atomically unless the file already holds exactly ``data`` (a no-op run touches nothing)."""
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, data, mode=default_mode())
    return True


def make_plan(tasks: list[PageTask], formats: tuple[str, ...], key: str, force: bool) -> Plan:
    plan = Plan(tasks, [])
    for t in tasks:
        state = plan.states.get(t.out_dir)
        if state is None:
            state = plan.states[t.out_dir] = load_state(t.out_dir)
            remove_stale_temps(Path(t.out_dir))
        record = state.get(t.stem)
        if force or record is None or not _up_to_date(t, record, formats, key):
            plan.todo.append(t)
        elif record.pop("_restamped", False):
            plan.restamped.add(t.out_dir)
    return plan


def _up_to_date(task: PageTask, record: dict[str, Any], formats: tuple[str, ...], key: str) -> bool:
    if record.get("run_key") != key or record.get("source") != task.source:
        return False
    if not all(_nonempty(p) for p in task.outputs(formats)):  # empty: lost in a crash before it reached disk
        return False
    car = sidecar.sidecar_path(task.source)
    now_input, now_car = stat_of(task.source), stat_of(car)
    if now_input is None:
        return False
    if now_input == record.get("input_stat") and now_car == record.get("sidecar_stat"):
        return True
    # touched: compare contents, and remember the new stats when nothing really changed
    if fingerprint(file_sha(task.source), file_sha(car), key) != record.get("fingerprint"):
        return False
    record.update(input_stat=now_input, sidecar_stat=now_car, _restamped=True)
    return True


def _nonempty(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def remove_stale_temps(folder: Path) -> None:
    """Temporary files a killed run left behind (``write_atomic`` names them ``.NAME.xxxx.tmp``)."""
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        if name.startswith(".") and name.endswith(".tmp"):
            try:
                os.unlink(folder / name)
            except OSError:
                pass
