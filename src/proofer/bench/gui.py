"""GUI latency: ``python -m proofer.bench gui [--pages N] [--edits N]``.

Generates an issue of N pages (variants of the seed page) in a temporary folder, opens it in
the editor window and prints: time to the first paint of both panes, edit-to-repaint latency
(median and worst over the edits), time to switch pages, and the peak resident memory.
Targets: first paint <= 1.5 s, edit to repaint <= 50 ms, memory <= 400 MB.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import tempfile
import time
from pathlib import Path

SEED = Path(__file__).resolve().parents[3] / "tests" / "data" / "seed.txt"


def make_issue(folder: Path, pages: int) -> None:
    """Pages that differ (digits bumped, blocks rotated), so no page is a cached copy."""
    text = SEED.read_text("utf-8")
    blocks = text.split("\n\n")
    for n in range(pages):
        k = n % len(blocks)
        variant = "\n\n".join(blocks[k:] + blocks[:k]).replace("2022", str(2000 + n % 30))
        (folder / f"page-{n + 1:03d}.txt").write_text(variant, "utf-8")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m proofer.bench gui")
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--edits", type=int, default=20)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    launch = time.perf_counter()  # before Qt is imported and the application made

    from PySide6.QtCore import QEvent, QObject, QSettings
    from PySide6.QtWidgets import QApplication

    from ..app.issue import Issue
    from ..core.model import Role
    from ..gui.window import MainWindow

    class PaintWatch(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.painted: set[int] = set()

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted.add(id(obj))
            return False

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "issue"
        folder.mkdir()
        make_issue(folder, args.pages)
        app = QApplication.instance() or QApplication([])
        watch = PaintWatch()
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)

        def wait_paint(*widgets: QObject) -> bool:
            """Process events until every widget painted (False after 5 s: nothing to paint)."""
            watch.painted.clear()
            ids = {id(w) for w in widgets}
            give_up = time.perf_counter() + 5
            while not ids <= watch.painted:
                app.processEvents()
                if time.perf_counter() > give_up:
                    return False
            return True

        start = time.perf_counter()
        window = MainWindow(Issue.open(folder), settings=settings, autosave_ms=60_000)
        lines, articles = window.lines.viewport(), window.articles.viewport()
        lines.installEventFilter(watch)
        articles.installEventFilter(watch)
        window.show()
        wait_paint(lines, articles)
        first_paint = time.perf_counter() - start
        from_launch = time.perf_counter() - launch

        latencies = []
        roles = [Role.NOISE, Role.BODY]
        content = [i for i, line in enumerate(window.doc.page.lines) if not line.is_blank]
        for k in range(args.edits):
            row = content[len(content) // 3 + k % 10]  # a role change on a blank line shows nothing
            window.select_line(row)
            wait_paint(lines)
            t = time.perf_counter()
            window.set_role(roles[k % 2] if window.doc.page.decisions.role(row) is not roles[k % 2] else Role.BYLINE)
            if not wait_paint(lines, articles):
                print(f"edit {k}: a pane did not repaint")
            latencies.append(time.perf_counter() - t)

        switches = []
        for _ in range(5):
            t = time.perf_counter()
            window.step_page(1)
            wait_paint(lines, articles)
            switches.append(time.perf_counter() - t)
        loaded = len(window.issue.loaded())
        window.close()

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"pages in issue          {args.pages} (opened: {loaded})")
    print(f"first paint             {first_paint * 1000:.0f} ms   (target <= 1500 ms; window made and shown)")
    print(f"first paint from launch {from_launch * 1000:.0f} ms   (with Qt import, app, issue generation)")
    print(f"edit to repaint median  {statistics.median(latencies) * 1000:.1f} ms   (target <= 50 ms)")
    print(f"edit to repaint worst   {max(latencies) * 1000:.1f} ms   over {len(latencies)} edits")
    print(f"page switch median      {statistics.median(switches) * 1000:.0f} ms")
    print(f"peak memory             {peak_mb:.0f} MB   (target <= 400 MB)")
    return 0
