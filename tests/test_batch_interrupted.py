"""An interrupted batch leaves only whole files, and the next run picks up where it stopped."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from proofer.app import batch as batch_module
from proofer.bench.batch import generate_issue

PAGES = 300


@pytest.fixture(scope="module")
def issue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("interrupted") / "issue"
    generate_issue(folder, PAGES, 5000)
    return folder


def _start(issue: Path, out: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "proofer", "batch", str(issue), "-o", str(out), "--jobs", "2"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )


def _wait_for_outputs(out: Path, proc: subprocess.Popen[str], count: int) -> None:
    """Until ``count`` pages have their JSON (a wait for the run to get going, not a timing)."""
    deadline = time.monotonic() + 120
    while len(list(out.glob("issue/p*.json"))) < count:
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the batch wrote nothing"
        time.sleep(0.02)


def _assert_whole(out: Path) -> int:
    """Every output parses; returns how many pages have all their files."""
    pages = sorted(out.glob("issue/p*.json"))
    for page in pages:
        json.loads(page.read_text("utf-8"))
    for page in out.glob("issue/p*.docx"):
        assert zipfile.ZipFile(page).testzip() is None
    for page in out.glob("issue/p*.tei.xml"):
        etree.parse(str(page))
    for page in out.glob("issue/p*.txt"):
        assert page.read_text("utf-8").endswith("\n")
    return len(pages)


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_interrupted_run_exits_130_with_whole_files_and_resumes(issue: Path, tmp_path: Path, signum: int) -> None:
    out = tmp_path / "out"
    proc = _start(issue, out)
    _wait_for_outputs(out, proc, 20)
    proc.send_signal(signum)
    stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130, (stdout, stderr)
    assert "interrupted:" in stdout and "run the same command again to resume" in stdout
    done = _assert_whole(out)
    assert 20 <= done < PAGES
    assert not list(out.rglob("*.tmp"))
    report = batch_module.run([issue], out, jobs=2, progress_stream=io.StringIO())
    assert report.up_to_date >= 20 and report.cleaned + report.up_to_date == PAGES and not report.failed
    assert _assert_whole(out) == PAGES


def test_killed_run_leaves_no_partial_output_and_the_next_run_sweeps_its_temp_files(
    issue: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    proc = _start(issue, out)
    _wait_for_outputs(out, proc, 40)
    os.killpg(proc.pid, signal.SIGKILL)  # parent and workers, wherever they are in a write
    proc.communicate(timeout=60)
    assert 40 <= _assert_whole(out) < PAGES
    report = batch_module.run([issue], out, jobs=2, progress_stream=io.StringIO())
    assert report.cleaned + report.up_to_date == PAGES and not report.failed
    assert _assert_whole(out) == PAGES
    assert not list(out.rglob("*.tmp"))
