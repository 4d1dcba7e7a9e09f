"""The speed benchmark's page and report (figures are printed, never asserted: timing is not a test)."""

import platform

from proofer.bench import speed


def test_generated_page_reaches_the_asked_size_from_the_seed_pieces():
    page = speed.generated_page(3000)
    chars = sum(1 for c in page if not c.isspace())
    assert 3000 <= chars < 3000 + 1500  # stops at the piece that passes the size
    assert "\n\n" in page and page == speed.generated_page(3000)  # boxes kept, the same page each run


def test_report_names_the_interpreter_build_and_measures_real_pages_joined(capsys, tmp_path, seed_text):
    for name in ("p1.txt", "p2.txt"):
        (tmp_path / name).write_text(seed_text, encoding="utf-8")
    assert speed.main(["--chars", "5000", "--repeat", "1", "--real", str(tmp_path)]) == 0  # (the seed: ~3,100)
    out = capsys.readouterr().out
    assert "propose+reconstruct" in out
    assert f"real pages ({tmp_path.name}: 2 pages joined into 1 of " in out
    assert f"python: {platform.python_implementation()} {platform.python_version()} (" in out
