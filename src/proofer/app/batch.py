"""``proofer batch``: clean pages, issues and shelves of issues unattended, on every core.

Orchestration only: discovery and up-to-date checks are in ``batch_plan``, the per-page work in
``batch_worker`` (run in a process pool, in chunks), the issue manifest in ``manifest``, the
review queue in ``review``, the progress display in ``progress``.

Exit codes: 0 every page cleaned (or already up to date), 1 some page failed, 2 bad arguments,
130 interrupted (Ctrl+C or SIGTERM; what was written is whole and a re-run resumes).
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from ..core.chinese import CONVERSIONS
from ..core.formats.atomic import default_mode
from .batch_plan import PageTask, Plan, PlanError, discover, make_plan, run_key, save_state, write_if_changed
from .batch_worker import PageResult, Settings, ignore_sigint, process_chunk, process_page
from .export import ALL_FORMATS
from .manifest import manifest, write_manifest
from .progress import Progress
from .review import REVIEW_NAME, ReviewItem, review_csv, review_items

EXIT_OK, EXIT_FAILED, EXIT_BAD_ARGS, EXIT_INTERRUPTED = 0, 1, 2, 130
DEFAULT_FORMATS = ("txt", "md", "json", "docx", "tei")
DEFAULT_REVIEW_BELOW = 0.6
MAX_CHUNK = 32  # pages per task sent to a worker: few IPC round trips, still a smooth progress bar
STATE_FLUSH_SECONDS = 5.0


@dataclass
class BatchReport:
    total: int = 0
    cleaned: int = 0
    up_to_date: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (page rel path, reason)
    review: list[ReviewItem] = field(default_factory=list)
    interrupted: bool = False
    seconds: float = 0.0

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return EXIT_INTERRUPTED
        return EXIT_FAILED if self.failed else EXIT_OK


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="+", type=Path, metavar="INPUT",
                        help="a page file, an issue folder (page .txt files) or a folder of issues")
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="OUTDIR",
                        help="output folder (mirrors the input tree)")
    parser.add_argument("--format", "--formats", dest="formats", type=_formats, default=DEFAULT_FORMATS,
                        metavar="LIST", help=f"comma-separated, of {','.join(ALL_FORMATS)} (default: all)")
    parser.add_argument("--convert", choices=CONVERSIONS, help="OpenCC conversion applied to every format")
    parser.add_argument("-j", "--jobs", type=_positive_int, default=None,
                        help="worker processes (default: every core; 1 runs in this process)")
    parser.add_argument("--force", action="store_true", help="redo pages whose outputs are up to date")
    parser.add_argument("--review-below", type=_fraction, default=DEFAULT_REVIEW_BELOW, metavar="X",
                        help=f"queue pages with a decision under this confidence (default {DEFAULT_REVIEW_BELOW})")


def run_cli(args: argparse.Namespace) -> int:
    try:
        report = run(args.inputs, args.output, args.formats, args.convert, args.jobs, args.force, args.review_below)
    except PlanError as exc:
        print(f"proofer batch: {exc}", file=sys.stderr)
        return EXIT_BAD_ARGS
    except KeyboardInterrupt:  # while finding the pages: nothing was written yet
        print("proofer batch: interrupted before any page was cleaned", file=sys.stderr)
        return EXIT_INTERRUPTED
    print_summary(report, args.output, args.review_below)
    return report.exit_code


def cpu_count() -> int:
    counter = getattr(os, "process_cpu_count", None)  # 3.13+: honours the affinity mask
    if counter is not None:
        return int(counter() or 1)
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def run(inputs: list[Path], outdir: Path, formats: tuple[str, ...] = DEFAULT_FORMATS, conversion: str | None = None,
        jobs: int | None = None, force: bool = False, review_below: float = DEFAULT_REVIEW_BELOW,
        progress_stream: TextIO | None = None) -> BatchReport:
    started = time.monotonic()
    tasks = discover(inputs, outdir)
    if not tasks:
        raise PlanError(f"no page files (*.txt) in {' '.join(map(str, inputs))}")
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PlanError(f"{outdir}: cannot create the output folder ({exc.strerror or exc})") from None
    key = run_key(formats, conversion)
    plan = make_plan(tasks, formats, key, force)
    report = BatchReport(total=len(tasks), up_to_date=len(tasks) - len(plan.todo))
    progress = Progress(len(plan.todo), progress_stream)
    recorder = _Recorder(plan, report, progress)
    try:
        with _sigterm_as_interrupt():
            settings = Settings(formats, conversion, key, default_mode())  # outputs readable as any saved file
            _execute(plan.todo, settings, jobs or cpu_count(), recorder.take)
    except KeyboardInterrupt:
        report.interrupted = True
    finally:
        progress.close()
        recorder.flush(force=True)
        report.review = _write_reports(plan, outdir, report, review_below)
        report.seconds = time.monotonic() - started
    return report


class _Recorder:
    """Takes each page's result in the parent: the state records, failures, progress."""

    def __init__(self, plan: Plan, report: BatchReport, progress: Progress) -> None:
        self.plan, self.report, self.progress = plan, report, progress
        self.dirty: set[str] = set(plan.restamped)
        self.flushed = time.monotonic()
        self.interval = STATE_FLUSH_SECONDS

    def take(self, result: PageResult) -> None:
        task = result.task
        state = self.plan.states.setdefault(task.out_dir, {})
        if result.error is None and result.record is not None:
            state[task.stem] = result.record
            self.report.cleaned += 1
        else:
            state.pop(task.stem, None)  # retried next run
            reason = result.error or "unknown error"
            self.report.failed.append((task.rel, reason))
            self.progress.message(f"failed: {reason}")
        self.dirty.add(task.out_dir)
        self.progress.advance(1, 0 if result.error is None else 1)
        self.flush()

    def flush(self, force: bool = False) -> None:
        """Save the state files now and then, so a killed run loses little of what it did."""
        if not self.dirty or (not force and time.monotonic() - self.flushed < self.interval):
            return
        started = time.monotonic()
        if force and self.report.cleaned:
            # Outputs are written without fsync; the run ends with everything on disk. A state
            # saved mid-run may outlive files lost in a power cut: the next run redoes any output
            # found empty or missing.
            os.sync()
        for out_dir in sorted(self.dirty):
            try:
                save_state(out_dir, self.plan.states[out_dir])
            except OSError as exc:
                self.progress.message(f"proofer batch: {out_dir}: cannot save the batch state ({exc.strerror or exc})")
        self.dirty.clear()
        self.flushed = time.monotonic()
        # a huge issue's state takes a while to save: keep that under a tenth of the parent's time
        self.interval = max(STATE_FLUSH_SECONDS, 10 * (self.flushed - started))


def _execute(todo: list[PageTask], settings: Settings, jobs: int, take: Callable[[PageResult], None]) -> None:
    if jobs <= 1 or len(todo) <= 1:
        for task in todo:
            take(process_page(task, settings))
        return
    size = max(1, min(MAX_CHUNK, -(-len(todo) // (jobs * 4))))
    chunks = [todo[i : i + size] for i in range(0, len(todo), size)]
    executor = ProcessPoolExecutor(max_workers=min(jobs, len(chunks)), initializer=ignore_sigint)
    futures: dict[Future[list[PageResult]], list[PageTask]] = {}
    try:
        futures = {executor.submit(process_chunk, chunk, settings): chunk for chunk in chunks}
        pending = set(futures)
        try:
            for future in as_completed(futures):
                pending.discard(future)
                _deliver(future, futures[future], take)
        except KeyboardInterrupt:
            # let running chunks finish (their files are being written), drop the queued ones
            executor.shutdown(wait=True, cancel_futures=True)
            for future in pending:
                if future.done() and not future.cancelled():
                    _deliver(future, futures[future], take)
            raise
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _deliver(future: Future[list[PageResult]], chunk: list[PageTask], take: Callable[[PageResult], None]) -> None:
    try:
        results = future.result()
    except Exception as exc:  # a worker died (killed, out of memory): its pages failed, the run goes on
        results = [PageResult(t, error=f"{t.source}: worker process failed ({type(exc).__name__})") for t in chunk]
    for r in results:
        take(r)


@contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """``kill`` stops a run as Ctrl+C does: finish the files being written, save state, summarise."""
    def interrupt(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _write_reports(plan: Plan, outdir: Path, report: BatchReport, review_below: float) -> list[ReviewItem]:
    """Manifests per issue folder and the review queue, from the state of every page of this run."""
    failed = dict(report.failed)
    by_folder: dict[str, list[PageTask]] = {}
    for t in plan.tasks:
        by_folder.setdefault(t.out_dir, []).append(t)
    pages: list[tuple[str, dict[str, Any]]] = []
    for out_dir, tasks in by_folder.items():
        state = plan.states.get(out_dir, {})
        done = [(Path(t.source).name, state[t.stem], t.rel) for t in tasks if t.stem in state and t.rel not in failed]
        pages.extend((rel, record) for _, record, rel in done)
        bad = [(Path(t.source).name, failed[t.rel]) for t in tasks if t.rel in failed]
        issue = Path(out_dir).resolve().relative_to(outdir.resolve()).as_posix()
        try:
            write_manifest(Path(out_dir), manifest(issue, [(n, r) for n, r, _ in done], bad))
        except OSError as exc:
            print(f"proofer batch: {out_dir}: cannot write the manifest ({exc.strerror or exc})", file=sys.stderr)
    items = review_items(pages, review_below)
    try:
        write_if_changed(outdir / REVIEW_NAME, review_csv(items))
    except OSError as exc:
        print(f"proofer batch: {outdir}: cannot write the review queue ({exc.strerror or exc})", file=sys.stderr)
    return items


def print_summary(report: BatchReport, outdir: Path, review_below: float, stream: TextIO | None = None,
                  shown: int = 10) -> None:
    out = stream if stream is not None else sys.stdout
    rate = report.cleaned / report.seconds if report.seconds > 0 else 0.0
    out.write(f"proofer batch: {report.total} pages: {report.cleaned} cleaned, {report.up_to_date} up to date, "
              f"{len(report.failed)} failed ({report.seconds:.1f} s, {rate:.1f} pages/s)\n")
    if report.interrupted:
        left = report.total - report.cleaned - report.up_to_date - len(report.failed)
        out.write(f"interrupted: {left} pages not done; run the same command again to resume\n")
    if report.review:
        out.write(f"review: {len(report.review)} pages with a decision under {review_below:g} "
                  f"(most doubtful first) in {outdir / REVIEW_NAME}\n")
        for item in report.review[:shown]:
            out.write(f"  {item.confidence:.2f}  {item.page}  {item.reason}\n")
        if len(report.review) > shown:
            out.write(f"  … and {len(report.review) - shown} more\n")
    if report.failed:
        out.write(f"failed: {len(report.failed)} pages\n")
        for _, reason in report.failed:
            out.write(f"  {reason}\n")
    out.flush()


def _formats(text: str) -> tuple[str, ...]:
    names = tuple(dict.fromkeys(f.strip().lower() for f in text.split(",") if f.strip()))
    unknown = [f for f in names if f not in ALL_FORMATS]
    if unknown or not names:
        wrong = ", ".join(unknown) or repr(text)
        raise argparse.ArgumentTypeError(f"unknown format {wrong}; choose from {','.join(ALL_FORMATS)}")
    return names


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _fraction(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError("must be between 0 and 1")
    return value
