"""The batch progress display: a redrawn bar on a terminal, plain lines in a log."""

from __future__ import annotations

import io

from proofer.app.progress import Progress


def test_terminal_bar_shows_pages_rate_and_eta_on_one_redrawn_line() -> None:
    out = io.StringIO()
    progress = Progress(4, out, tty=True)
    for _ in range(4):
        progress.advance()
    progress.close()
    text = out.getvalue()
    assert "\r" in text and text.endswith("\n") and text.count("\n") == 1
    last = text.split("\r\x1b[K")[-1]
    assert "100%" in last and "4/4 pages" in last and "pages/s" in last and "ETA" in last


def test_message_keeps_the_bar_whole() -> None:
    out = io.StringIO()
    progress = Progress(2, out, tty=True)
    progress.advance()
    progress.message("failed: p1.txt: empty file")
    assert "\r\x1b[Kfailed: p1.txt: empty file\n" in out.getvalue()
    assert "1/2 pages" in out.getvalue().split("\n")[-1]  # the bar is drawn again below the message


def test_log_gets_plain_lines_without_control_characters() -> None:
    out = io.StringIO()
    progress = Progress(20, out, tty=False)
    for k in range(20):
        progress.advance(failed=1 if k == 3 else 0)
    progress.close()
    lines = out.getvalue().splitlines()
    assert lines and all(line.startswith("proofer batch: ") for line in lines)
    assert "\r" not in out.getvalue() and "\x1b" not in out.getvalue()
    assert lines[-1].startswith("proofer batch: 20/20 pages") and "1 failed" in lines[-1]
    assert len(lines) <= 11  # about every tenth of the work, not every page
