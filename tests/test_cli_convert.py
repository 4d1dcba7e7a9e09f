import json
import random

import pytest

from proofer.cli import main


def _bad_inputs(tmp_path):
    random.seed(7)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    undecodable = tmp_path / "garbled.txt"
    undecodable.write_bytes(bytes(random.randrange(128, 256) for _ in range(400)))
    return {"empty": (empty, "empty file"), "binary": (binary, "binary file"),
            "undecodable": (undecodable, "cannot tell the text encoding")}


@pytest.mark.parametrize("kind", ["empty", "binary", "undecodable"])
def test_convert_refuses_bad_input_with_one_line_exit_2_and_no_output(tmp_path, capsys, kind):
    path, reason = _bad_inputs(tmp_path)[kind]
    out = tmp_path / "out.json"
    assert main(["convert", str(path), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and reason in err and str(path) in err
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in tmp_path.iterdir() if p != out)


def test_convert_of_a_missing_file_is_one_line_exit_2(tmp_path, capsys):
    assert main(["convert", str(tmp_path / "nope.txt")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_convert_writes_article_json_in_the_scorers_schema(tmp_path, seed_text):
    page = tmp_path / "page.txt"
    page.write_text(seed_text.replace("\n", "\r\n"), encoding="gb18030")
    out = tmp_path / "page.json"
    assert main(["convert", str(page), "-o", str(out)]) == 0
    data = json.loads(out.read_text("utf-8"))
    assert data["format"] == "proofer-articles" and data["version"] == 1 and data["source"] == "page.txt"
    assert data["articles"], "the seed page has articles"
    for article in data["articles"]:
        assert set(article) >= {"kicker", "title", "subtitle", "paragraphs", "credit", "lines"}
        assert all(first <= last for first, last in article["lines"])
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], "no temporary file left behind"


@pytest.mark.parametrize("fmt", ["txt", "md"])
def test_convert_to_text_formats_goes_to_stdout_without_o(tmp_path, capsys, seed_text, fmt):
    page = tmp_path / "page.txt"
    page.write_text(seed_text, encoding="utf-8")
    assert main(["convert", str(page), "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert "密云区总工会新就业形态劳动者送温暖慰问活动启动" in out
