import codecs

import pytest

from proofer.core.formats.rawpage import PageError, decode_page, read_page

SAMPLE = "本报讯 （记者 王路曼 ） 近\n日， 密云区总工会新就业形态劳\n動者送溫暖慰問活動啟動。\n"


@pytest.mark.parametrize(
    "encoding",
    ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be"],
)
def test_common_encodings_of_extracted_pages_are_detected(encoding):
    data = SAMPLE.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):
        data = SAMPLE.encode(encoding)  # no BOM: detected from the byte pattern
    assert decode_page(data).text == SAMPLE


def test_big5_page_is_detected():
    text = (
        "本報訊（記者 王路曼）近日，密雲區總工會新就業形態勞動者送溫暖慰問活動啟動。\n"
        "該活動將為轄區快遞員送去保溫杯。\n"
    ) * 3
    assert decode_page(text.encode("big5")).text == text


def test_crlf_and_cr_line_ends_become_lf():
    assert decode_page("甲乙\r\n丙丁\r戊\n".encode()).text == "甲乙\n丙丁\n戊\n"


def test_utf8_bom_is_not_part_of_the_text():
    raw = decode_page(codecs.BOM_UTF8 + "标题\n".encode())
    assert raw.text == "标题\n"


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty file"),
        (b"  \n\r\n\t ", "empty file"),
        (bytes(range(256)) * 8, "binary file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00\x01\x02\x03" * 200, "binary file"),
    ],
)
def test_files_that_are_not_pages_are_refused_with_a_reason(data, reason):
    with pytest.raises(PageError, match=reason):
        decode_page(data)


def test_missing_and_folder_paths_are_refused(tmp_path):
    with pytest.raises(PageError, match="no such file"):
        read_page(tmp_path / "gone.txt")
    with pytest.raises(PageError, match="folder"):
        read_page(tmp_path)


def test_a_file_too_large_to_be_a_page_is_refused_before_it_is_read(tmp_path, monkeypatch):
    from proofer.core.formats import rawpage

    big = tmp_path / "dump.txt"
    big.write_bytes("本报讯 近日，\n".encode() * 2000)
    monkeypatch.setattr(rawpage, "MAX_BYTES", 1000)
    monkeypatch.setattr(type(big), "read_bytes", lambda self: pytest.fail("read a file that is too large"))
    with pytest.raises(PageError, match="too large for a page"):
        read_page(big)
