"""``proofer batch`` end to end, through the real CLI."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
from pathlib import Path

import docx
import pytest
from lxml import etree

from proofer.app import batch as batch_module
from proofer.app.batch_plan import STATE_NAME
from proofer.app.pages import open_page
from proofer.app.review import REVIEW_NAME, doubtful_count, in_folder, read_review_queue, weakest
from proofer.cli import main
from proofer.core.formats import sidecar
from seed_decisions import DATA, write_seed_page

FORMATS = ("txt", "md", "json", "docx", "tei")
EXT = {"txt": ".txt", "md": ".md", "json": ".json", "docx": ".docx", "tei": ".tei.xml"}
MIYUN_TITLE = "密云工会慰问2000余名新就业形态劳动者"


@pytest.fixture
def shelf(tmp_path: Path) -> Path:
    """A shelf of two issues: the seed page with an editor's sidecar, and plain copies of it."""
    root = tmp_path / "shelf"
    write_seed_page(root / "2023-01-12", "p01.txt")
    write_seed_page(root / "2023-01-12", "p02.txt", with_sidecar=False)
    write_seed_page(root / "2023-01-13", "p01.txt", with_sidecar=False)
    (root / "2023-01-12" / ".hidden.txt").write_text("本报讯 隐藏文件。\n", "utf-8")
    (root / "2023-01-12" / "notes.md").write_text("not a page\n", "utf-8")
    return root


def batch(*args: str | Path) -> int:
    return main(["batch", *map(str, args)])


def all_files(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_mtime_ns for p in sorted(folder.rglob("*")) if p.is_file()}


def test_batch_writes_every_format_for_every_page_mirroring_the_tree(shelf: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert batch(shelf, "-o", out, "--jobs", "1") == 0
    for issue, page in (("2023-01-12", "p01"), ("2023-01-12", "p02"), ("2023-01-13", "p01")):
        for fmt in FORMATS:
            assert (out / "shelf" / issue / (page + EXT[fmt])).stat().st_size > 0
    assert not (out / "shelf" / "2023-01-12" / ".hidden.json").exists()
    assert not (out / "shelf" / "2023-01-12" / "notes.json").exists()
    assert not list(out.rglob("*.tmp"))


def test_batch_applies_the_editors_sidecar(shelf: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert batch(shelf, "-o", out, "--jobs", "1", "--format", "json") == 0
    edited = json.loads((out / "shelf" / "2023-01-12" / "p01.json").read_text("utf-8"))
    plain = json.loads((out / "shelf" / "2023-01-12" / "p02.json").read_text("utf-8"))
    assert edited["articles"][0]["title"] == MIYUN_TITLE
    assert edited["articles"][0]["lines"] == [[199, 199], [201, 201], [2, 54]]
    assert edited != plain
    assert not (out / "shelf" / "2023-01-12" / "p01.md").exists()


def test_worker_processes_write_what_one_process_writes(shelf: Path, tmp_path: Path) -> None:
    assert batch(shelf, "-o", tmp_path / "one", "--jobs", "1") == 0
    assert batch(shelf, "-o", tmp_path / "two", "--jobs", "2") == 0
    for fmt in ("txt", "md", "json", "tei"):
        for page in (tmp_path / "one").rglob("p*" + EXT[fmt]):
            rel = page.relative_to(tmp_path / "one")
            assert page.read_bytes() == (tmp_path / "two" / rel).read_bytes(), rel
    one = docx.Document(tmp_path / "one" / "shelf" / "2023-01-12" / "p01.docx")
    two = docx.Document(tmp_path / "two" / "shelf" / "2023-01-12" / "p01.docx")
    assert [(p.style.name, p.text) for p in one.paragraphs] == [(p.style.name, p.text) for p in two.paragraphs]


def test_every_format_reads_back_with_headlines_in_reading_order(shelf: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert batch(shelf / "2023-01-12" / "p01.txt", "-o", out, "--jobs", "1") == 0
    kicker = "为辖区快递员、外卖员送去保温杯、雨伞等慰问品"
    assert (out / "p01.txt").read_text("utf-8").startswith(f"{kicker}\n{MIYUN_TITLE}\n")
    assert f"## {MIYUN_TITLE}" in (out / "p01.md").read_text("utf-8")
    paragraphs = docx.Document(out / "p01.docx").paragraphs
    assert [(p.style.name, p.text) for p in paragraphs[:2]] == [("Kicker", kicker), ("Heading 1", MIYUN_TITLE)]
    tei = etree.parse(str(out / "p01.tei.xml")).getroot()
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert tei.xpath("//t:div[@type='article'][1]/t:head[@type='main']/text()", namespaces=ns) == [MIYUN_TITLE]


def test_s2t_conversion_writes_traditional_forms(shelf: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert batch(shelf / "2023-01-12", "-o", out, "--jobs", "1", "--convert", "s2t", "--format", "txt,docx") == 0
    txt = (out / "2023-01-12" / "p01.txt").read_text("utf-8")
    assert "密雲工會慰問" in txt and "勞動者" in txt and "劳动者" not in txt
    document = docx.Document(out / "2023-01-12" / "p01.docx")
    assert document.paragraphs[1].text == "密雲工會慰問2000餘名新就業形態勞動者"
    manifest = json.loads((out / "2023-01-12" / "manifest.json").read_text("utf-8"))
    assert manifest["pages"][0]["articles"][0]["title"] == "密雲工會慰問2000餘名新就業形態勞動者"


def test_second_run_does_no_work_and_touches_no_file(
    shelf: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    first = batch_module.run([shelf], out, jobs=1, progress_stream=io.StringIO())
    assert (first.cleaned, first.up_to_date, first.failed) == (3, 0, [])
    before = all_files(out)
    second = batch_module.run([shelf], out, jobs=1, progress_stream=io.StringIO())
    assert (second.cleaned, second.up_to_date, second.failed) == (0, 3, [])
    assert all_files(out) == before
    assert batch(shelf, "-o", out) == 0
    assert "3 pages: 0 cleaned, 3 up to date, 0 failed" in capsys.readouterr().out
    assert all_files(out) == before


def test_a_changed_sidecar_or_page_redoes_only_that_page(shelf: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    batch_module.run([shelf], out, jobs=1, progress_stream=io.StringIO())
    car_path = sidecar.sidecar_path(shelf / "2023-01-12" / "p01.txt")
    car = sidecar.load(car_path)
    assert car is not None
    sidecar.save(car_path, sidecar.Sidecar(**{**car.__dict__, "roles": {**car.roles, "201:0": "body"}}), "p01.txt")
    report = batch_module.run([shelf], out, jobs=1, progress_stream=io.StringIO())
    assert (report.cleaned, report.up_to_date) == (1, 2)
    assert json.loads((out / "shelf" / "2023-01-12" / "p01.json").read_text("utf-8"))["articles"][0]["title"] is None
    page = shelf / "2023-01-13" / "p01.txt"
    page.write_text(page.read_text("utf-8") + "本报讯 新加的一行。\n", "utf-8")
    report = batch_module.run([shelf], out, jobs=1, progress_stream=io.StringIO())
    assert (report.cleaned, report.up_to_date) == (1, 2)


def test_touched_but_unchanged_page_is_not_redone(shelf: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    batch_module.run([shelf], out, jobs=1, progress_stream=io.StringIO())
    page = shelf / "2023-01-13" / "p01.txt"
    os.utime(page, ns=(page.stat().st_atime_ns, page.stat().st_mtime_ns + 5_000_000_000))
    assert batch_module.run([shelf], out, jobs=1, progress_stream=io.StringIO()).cleaned == 0


def test_force_redoes_every_page_and_a_deleted_output_is_rewritten(shelf: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    batch_module.run([shelf], out, jobs=1, progress_stream=io.StringIO())
    assert batch_module.run([shelf], out, jobs=1, force=True, progress_stream=io.StringIO()).cleaned == 3
    (out / "shelf" / "2023-01-13" / "p01.docx").unlink()
    report = batch_module.run([shelf], out, jobs=1, progress_stream=io.StringIO())
    assert (report.cleaned, report.up_to_date) == (1, 2)
    assert (out / "shelf" / "2023-01-13" / "p01.docx").exists()


def test_other_formats_or_conversion_redo_the_pages(shelf: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    batch_module.run([shelf], out, ("json",), jobs=1, progress_stream=io.StringIO())
    assert batch_module.run([shelf], out, ("json",), "s2t", jobs=1, progress_stream=io.StringIO()).cleaned == 3
    assert batch_module.run([shelf], out, ("json",), "s2t", jobs=1, progress_stream=io.StringIO()).cleaned == 0


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_bad_pages_are_reported_and_the_others_written(
    shelf: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    issue = shelf / "2023-01-12"
    (issue / "p03.txt").write_bytes(b"\x00\x01\x02\x03\x04\x05\x06\x07" * 64)
    (issue / "p04.txt").write_bytes(b"")
    (issue / "p05.txt").write_bytes("本报讯 ".encode() + bytes(range(0x80, 0x100)) * 3)
    (issue / "p06.txt.proofer.json").write_text("{not json", "utf-8")
    shutil.copyfile(DATA / "seed.txt", issue / "p06.txt")
    out = tmp_path / "out"
    assert batch(shelf, "-o", out, "--jobs", jobs) == 1
    captured = capsys.readouterr()
    assert "7 pages: 3 cleaned, 0 up to date, 4 failed" in captured.out
    for name, reason in (("p03.txt", "binary file, not text"), ("p04.txt", "empty file"),
                         ("p05.txt", "cannot tell the text encoding"), ("p06.txt.proofer.json", "damaged sidecar")):
        assert any(str(issue / name) in line and reason in line for line in captured.out.splitlines()), name
    assert (out / "shelf" / "2023-01-12" / "p01.json").exists()
    assert not (out / "shelf" / "2023-01-12" / "p03.json").exists()
    manifest = json.loads((out / "shelf" / "2023-01-12" / "manifest.json").read_text("utf-8"))
    assert [f["page"] for f in manifest["failed"]] == ["p03.txt", "p04.txt", "p05.txt", "p06.txt"]


def test_a_page_that_vanishes_mid_run_is_reported(shelf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    victim = shelf / "2023-01-13" / "p01.txt"
    real_plan = batch_module.make_plan

    def plan_then_delete(*args, **kwargs):  # type: ignore[no-untyped-def]
        plan = real_plan(*args, **kwargs)
        victim.unlink()
        return plan

    monkeypatch.setattr(batch_module, "make_plan", plan_then_delete)
    assert batch(shelf, "-o", tmp_path / "out", "--jobs", "1") == 1
    out = capsys.readouterr().out
    assert f"{victim}: no such file" in out
    assert "3 pages: 2 cleaned, 0 up to date, 1 failed" in out


def test_an_unwritable_output_fails_that_page_only(
    shelf: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    blocked = out / "shelf" / "2023-01-13" / "p01.json"
    blocked.mkdir(parents=True)  # a folder where the file should go: no rename can replace it
    assert batch(shelf, "-o", out, "--jobs", "1") == 1
    text = capsys.readouterr().out
    assert f"{blocked}: cannot write" in text
    assert (out / "shelf" / "2023-01-12" / "p01.json").is_file()
    assert not [p for p in blocked.parent.iterdir() if p.name.endswith(".tmp")]


def test_manifest_lists_every_article_of_the_issue(shelf: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert batch(shelf, "-o", out, "--jobs", "1") == 0
    issue = out / "shelf" / "2023-01-12"
    data = json.loads((issue / "manifest.json").read_text("utf-8"))
    assert data["issue"] == "shelf/2023-01-12"
    assert [p["page"] for p in data["pages"]] == ["p01.txt", "p02.txt"]
    first = data["pages"][0]["articles"][0]
    assert first["kicker"] == "为辖区快递员、外卖员送去保温杯、雨伞等慰问品"
    assert (first["title"], first["lines"]) == (MIYUN_TITLE, [[199, 199], [201, 201], [2, 54]])
    expected = open_page(shelf / "2023-01-12" / "p01.txt").page
    assert data["pages"][0]["min_confidence"] == weakest(expected)[0]["confidence"]
    rows = list(csv.DictReader(io.StringIO((issue / "manifest.csv").read_text("utf-8-sig"))))
    assert len(rows) == sum(len(p["articles"]) for p in data["pages"])
    assert rows[0]["page"] == "p01.txt" and rows[0]["title"] == MIYUN_TITLE and rows[0]["lines"] == "199 201 2-54"
    assert rows[0]["page_min_confidence"] == str(data["pages"][0]["min_confidence"])
    last = [r for r in rows if r["page"] == "p01.txt"][-1]
    assert (last["title"], last["credit"]) == ("北京老字号餐饮职工展技能比才艺", "孙妍 摄")
    assert (out / "shelf" / "2023-01-13" / "manifest.json").exists()
    assert not (out / "shelf" / "manifest.json").exists()  # the shelf holds issues, not pages


def test_review_queue_lists_the_most_doubtful_pages_first(shelf: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert batch(shelf, "-o", out, "--jobs", "1", "--review-below", "1") == 0
    items = read_review_queue(out)
    expected = {
        rel: weakest(open_page(shelf / rel).page)
        for rel in ("2023-01-12/p01.txt", "2023-01-12/p02.txt", "2023-01-13/p01.txt")
    }
    doubtful = {f"shelf/{rel}": d[0] for rel, d in expected.items() if d and d[0]["confidence"] < 1.0}
    assert {it.page: it.confidence for it in items} == {rel: d["confidence"] for rel, d in doubtful.items()}
    # most decisions in doubt first, then the weakest
    assert [(-it.doubtful, it.confidence) for it in items] == sorted((-it.doubtful, it.confidence) for it in items)
    assert all(it.doubtful == doubtful_count(expected[it.page[len("shelf/"):]], 1) for it in items)
    for it in items:
        assert (it.decision, it.line) == (doubtful[it.page]["decision"], doubtful[it.page]["line"])
        assert f"line {it.line}" in it.reason and it.decision in it.reason
        assert Path(it.source).is_file()
    assert read_review_queue(out / REVIEW_NAME) == items
    issue = in_folder(items, shelf / "2023-01-13")
    assert [it.page for it in issue] == [it.page for it in items if it.page.startswith("shelf/2023-01-13/")]


def test_person_decisions_count_as_certain_in_the_review(tmp_path: Path) -> None:
    page_path = write_seed_page(tmp_path / "in")
    opened = open_page(page_path)
    doubts = weakest(opened.page, keep=10_000)
    miyun_lines = {2, 54, 199, 201}
    assert all(d["line"] not in miyun_lines for d in doubts if d["confidence"] < 1.0)


def test_review_threshold_zero_queues_nothing(shelf: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert batch(shelf, "-o", out, "--jobs", "1", "--review-below", "0") == 0
    assert read_review_queue(out) == []
    assert (out / REVIEW_NAME).read_text("utf-8-sig").startswith("confidence,page,source")


def test_bad_arguments_exit_with_code_2(shelf: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert batch(tmp_path / "missing", "-o", tmp_path / "out") == 2
    assert "no such file or folder" in capsys.readouterr().err
    empty = tmp_path / "empty"
    empty.mkdir()
    assert batch(empty, "-o", tmp_path / "out") == 2
    assert batch(shelf / "2023-01-12", "-o", shelf) == 2  # would write p01.txt over the page itself
    assert "overwrite an input page" in capsys.readouterr().err
    for bad in (["--format", "pdf"], ["--jobs", "0"], ["--review-below", "2"], ["--convert", "x2y"]):
        with pytest.raises(SystemExit) as exc:
            batch(shelf, "-o", tmp_path / "out", *bad)
        assert exc.value.code == 2


def test_output_folder_inside_the_input_is_not_taken_for_pages(shelf: Path) -> None:
    out = shelf / "cleaned"
    assert batch(shelf, "-o", out, "--jobs", "1", "--format", "txt") == 0
    report = batch_module.run([shelf], out, ("txt",), jobs=1, progress_stream=io.StringIO())
    assert (report.total, report.cleaned) == (3, 0)


def test_state_is_hidden_and_stale_temp_files_are_swept(shelf: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    batch_module.run([shelf], out, jobs=1, progress_stream=io.StringIO())
    issue = out / "shelf" / "2023-01-13"
    assert (issue / STATE_NAME).exists()
    (issue / ".p01.json.abc123.tmp").write_text("{", "utf-8")  # what a killed writer leaves
    batch_module.run([shelf], out, jobs=1, progress_stream=io.StringIO())
    assert not list(out.rglob("*.tmp"))


def test_outputs_get_the_permissions_of_any_saved_file(shelf: Path, tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        assert batch(shelf / "2023-01-13", "-o", tmp_path / "out", "--jobs", "1") == 0
    finally:
        os.umask(old)
    for path in (tmp_path / "out").rglob("*"):
        if path.is_file():
            assert path.stat().st_mode & 0o777 == 0o644, path


def test_a_page_an_editor_marked_reviewed_leaves_the_review_queue(shelf: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    car_path = sidecar.sidecar_path(shelf / "2023-01-12" / "p01.txt")
    car = sidecar.load(car_path)
    assert car is not None and car.status is sidecar.Status.IN_PROGRESS
    assert batch(shelf, "-o", out, "--jobs", "1", "--review-below", "1") == 0
    queued = {it.page: it.status for it in read_review_queue(out)}
    if weakest(open_page(shelf / "2023-01-12" / "p01.txt").page)[0]["confidence"] < 1.0:  # the engine doubts
        assert queued["shelf/2023-01-12/p01.txt"] == "in_progress"
    assert queued.get("shelf/2023-01-12/p02.txt") in (None, "unreviewed")
    sidecar.save(car_path, sidecar.Sidecar(**{**car.__dict__, "status": sidecar.Status.REVIEWED}), "p01.txt")
    assert batch(shelf, "-o", out, "--jobs", "1", "--review-below", "1") == 0
    assert "shelf/2023-01-12/p01.txt" not in {it.page for it in read_review_queue(out)}
    manifest = json.loads((out / "shelf" / "2023-01-12" / "manifest.json").read_text("utf-8"))
    assert manifest["pages"][0]["status"] == "reviewed"


def test_an_empty_output_left_by_a_crash_is_redone(shelf: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    batch_module.run([shelf], out, jobs=1, progress_stream=io.StringIO())
    (out / "shelf" / "2023-01-13" / "p01.tei.xml").write_bytes(b"")
    report = batch_module.run([shelf], out, jobs=1, progress_stream=io.StringIO())
    assert (report.cleaned, report.up_to_date) == (1, 2)
    assert (out / "shelf" / "2023-01-13" / "p01.tei.xml").stat().st_size > 0


def test_a_file_too_large_for_a_page_is_refused_without_reading_it(
    shelf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from proofer.app import batch_worker

    monkeypatch.setattr(batch_worker, "MAX_BYTES", 1000)  # the seed page is ~27 kB
    assert batch(shelf / "2023-01-13", "-o", tmp_path / "out", "--jobs", "1") == 1
    assert "too large for a page" in capsys.readouterr().out
