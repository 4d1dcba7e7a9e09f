"""The fast paths taken for speed give what the plain rules they stand for give."""

import random

from proofer.core import text
from proofer.core.analysis import features

CHARS = list("好本报讯。！？!?…：”’」』）)》〉（(，、 　\tab1２") + ["……", "摄", "⺀", "々", "〇"]


def _samples(n: int = 5000, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(CHARS) for _ in range(rng.randint(0, 9))) for _ in range(n)]


def test_sentence_end_by_str_tests_matches_the_regex():
    for s in _samples():
        s = s.strip()
        assert features._ends_sentence(s) == bool(features.SENTENCE_END.search(s)), s


def test_set_width_matches_the_sum_over_characters():
    for s in _samples():
        assert features.set_width(s) == sum(features._set_width(c) for c in s), s


def test_dateline_openers_cover_the_dateline_patterns():
    for s in _samples() + ["本报讯", "新华社北京１月５日电", "（记者 王路曼）", "据新华社电"]:
        s = s.strip()
        if features.DATELINE.match(s) or features.BRACKET_REPORTER.match(s):
            assert s[0] in features._DATELINE_OPENERS, s


def test_join_lines_matches_normalize():
    rng = random.Random(5)
    for _ in range(2000):
        parts = [(k, "".join(rng.choice(CHARS + ["inter-", "记者", "）"]) for _ in range(rng.randint(0, 6))), 0)
                 for k in range(rng.randint(1, 4))]
        joined, _ = text.join_lines(parts)
        assert joined == text.normalize(text.JOIN.join(t for _, t, _ in parts))


def test_docx_fast_path_matches_python_docx():
    import io
    import zipfile

    from proofer.core.formats import docx_export as d

    def parts(data: bytes) -> list[tuple[str, bytes]]:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return [(i.filename, z.read(i)) for i in z.infolist()]

    paragraphs = [(d.TITLE, "标题 & <题>"), (d.BODY, "正文“引号”\t，a>b"), (d.BYLINE, "本报记者 王明")]
    paragraphs.append((d.CREDIT, "摄"))
    for lang in ("zh-CN", "zh-TW"):
        assert parts(d._fast_docx(paragraphs, "p&1.txt", lang)) == parts(d._build(paragraphs, "p&1.txt", lang))


def test_pair_counts_match_the_counter_of_neighbours():
    from collections import Counter

    from proofer.core.analysis import cohesion

    for s in _samples() + ["", "中", "\ud800中\U00020000\uffff"]:
        assert cohesion._pair_counts(s) == Counter(map(str.__add__, s, s[1:])), s


def test_body_bigrams_from_segments_match_the_joined_text():
    from proofer.core.analysis import cohesion

    parts = _samples(3000, seed=5)
    for k in range(0, len(parts) - 3, 3):
        chunk = parts[k : k + 3]
        hans = [cohesion.han_text(p) for p in chunk]
        sets = [cohesion.han_bigrams(p) for p in chunk]
        assert cohesion.joined_bigrams(hans, sets) == cohesion.han_bigrams(" ".join(chunk)), chunk


def test_join_lines_fast_path_matches_the_range_walk():
    rng = random.Random(7)
    for _ in range(3000):
        parts, line, col = [], 0, 0
        for _ in range(rng.randint(0, 5)):
            t = "".join(rng.choice(CHARS + ["中", "文", "ab"]) for _ in range(rng.randint(0, 6)))
            if rng.random() < 0.5:  # the next piece of the same line, right after the last
                line, col = line + 1, rng.randint(0, 3)
            parts.append((line, t, col))
            col += len(t)
        joined = text.JOIN.join(t for _, t, _ in parts)
        starts, at = [], 0
        for _, t, _ in parts:
            starts.append(at)
            at += len(t) + 1
        expected = text._join_ranges(parts, joined, starts, text._spacing_ranges(joined))
        assert text.join_lines(parts) == expected, parts


def test_lexicon_cache_gives_the_parsed_lexicon(tmp_path, monkeypatch):
    from proofer.core.analysis import lexicon

    dict_txt = tmp_path / "dict.txt"
    dict_txt.write_text("中 900 n\n中国 120 ns\n国 70 n\n罕见词 3 n\n", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "cache"))
    cache = lexicon._cache_file(dict_txt)
    assert cache is not None and lexicon._read_cache(cache) is None
    parsed = lexicon._parse(dict_txt.read_text(encoding="utf-8"))
    lexicon._write_cache(cache, parsed)
    assert list(lexicon._read_cache(cache).items()) == list(parsed.items())
    cache.write_bytes(b"not marshal")
    assert lexicon._read_cache(cache) is None


def test_headline_idf_matches_the_shingles_idf():
    from proofer.core.analysis import cohesion, headlines

    rng = random.Random(11)
    grams = [a + b for a in "中文好报" for b in "中文好报"]
    for _ in range(300):
        bodies = [set(rng.sample(grams, rng.randint(0, 8))) for _ in range(rng.randint(0, 5))]
        heads = [set(rng.sample(grams, rng.randint(0, 4))) for _ in range(rng.randint(0, 4))]
        wanted = set().union(*heads)
        holders: dict[str, list[int]] = {}
        for a, body in enumerate(bodies):
            for g in wanted.intersection(body):
                holders.setdefault(g, []).append(a)
        expected = cohesion.Shingles((), bodies + heads).idf
        idf = headlines._HeadlineIdf(bodies, heads, holders)
        for g in grams:
            assert idf.get(g, 0.0) == expected.get(g, 0.0)
