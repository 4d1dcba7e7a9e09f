import json

import pytest

from proofer.app.export import export_page
from proofer.app.export_files import ExportError, export_pages, output_name, output_paths
from tools_support import MIXED_KEY, SEED_KEY, SHORT_KEY, FakeSource


@pytest.fixture
def source() -> FakeSource:
    return FakeSource()


def pages(source: FakeSource, *keys: str):
    return [(key, source.page(key)) for key in keys]


def test_each_page_is_written_to_its_own_file_with_the_exported_text(source, tmp_path):
    report = export_pages(pages(source, SEED_KEY, SHORT_KEY), tmp_path, "txt")
    assert report.ok
    assert [p.name for p in report.written] == ["seed.export.txt", "front.export.txt"]
    assert (tmp_path / "seed.export.txt").read_text("utf-8") == export_page(source.page(SEED_KEY), "txt")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["front.export.txt", "seed.export.txt"]  # no temp files


def test_article_json_export_is_the_scorer_schema(source, tmp_path):
    (path,) = export_pages(pages(source, SEED_KEY), tmp_path, "json").written
    assert path.name == "seed.articles.json"
    data = json.loads(path.read_text("utf-8"))
    assert data["format"] == "proofer-articles" and data["source"] == "seed.txt" and data["articles"]


def test_opencc_conversion_is_applied_and_named_in_the_file(source, tmp_path):
    (path,) = export_pages(pages(source, SEED_KEY), tmp_path, "md", "s2t").written
    assert path.name == "seed.s2t.md"
    text = path.read_text("utf-8")
    assert "本報訊" in text and "本报讯" not in text


def test_an_export_never_lands_on_the_raw_page_it_came_from(source, tmp_path):
    raw = tmp_path / "seed.txt"
    raw.write_text("raw", "utf-8")
    export_pages(pages(source, SEED_KEY), tmp_path, "txt")
    assert raw.read_text("utf-8") == "raw"
    assert all(output_name("seed.txt", fmt) != "seed.txt" for fmt in ("txt", "md", "json"))


def test_pages_of_an_issue_that_share_a_name_get_numbered_files(tmp_path):
    paths = output_paths(["a/page.txt", "b/page.txt", "c/page.txt"], tmp_path, "md")
    assert [p.name for p in paths] == ["page.md", "page-2.md", "page-3.md"]


def test_a_missing_or_unset_folder_is_a_clear_error(source, tmp_path):
    with pytest.raises(ExportError, match="no such folder"):
        export_pages(pages(source, SEED_KEY), tmp_path / "nowhere", "txt")
    with pytest.raises(ExportError, match="Choose an output folder"):
        export_pages(pages(source, SEED_KEY), "  ", "txt")


def test_a_page_that_cannot_be_written_is_reported_and_the_others_are_written(source, tmp_path):
    (tmp_path / "mixed.export.txt").mkdir()  # a folder in the way of one page's file
    report = export_pages(pages(source, SEED_KEY, MIXED_KEY, SHORT_KEY), tmp_path, "txt")
    assert [p.name for p in report.written] == ["seed.export.txt", "front.export.txt"]
    assert [key for key, _ in report.failed] == [MIXED_KEY]
    assert "cannot write" in report.failed[0][1]
    assert not report.ok


def test_word_and_tei_exports_from_the_window_are_real_documents(source, tmp_path):
    import docx
    from lxml import etree

    (word,) = export_pages(pages(source, SEED_KEY), tmp_path, "docx").written
    (tei,) = export_pages(pages(source, SEED_KEY), tmp_path, "tei").written
    paragraphs = [p.text for p in docx.Document(str(word)).paragraphs]
    assert any("密云区总工会新就业形态劳动者送温暖慰问活动启动" in p for p in paragraphs)
    root = etree.parse(str(tei)).getroot()
    assert root.tag == "{http://www.tei-c.org/ns/1.0}TEI"
    assert root.findall(".//{http://www.tei-c.org/ns/1.0}div[@type='article']")
