"""The fast paths taken for speed give what the plain rules they stand for give."""

import math
import random

from proofer.core import text
from proofer.core.analysis import features

CHARS = list("好本报讯。！？!?…：”’」』）)》〉（(，、 　\tab1２") + ["……", "摄", "⺀", "々", "〇"]


def _samples(n: int = 5000, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(CHARS) for _ in range(rng.randint(0, 9))) for _ in range(n)]


def test_sentence_end_by_str_tests_matches_the_regex():
    from proofer.core.text import split_credit

    for s in _samples() + ["图为新建的大桥。 孙妍 摄", "孙妍 摄", "他说：“好。”", "（新华社电）"]:
        s = s.strip()
        if not s:
            continue
        # the text before a trailing photo credit is what ends the sentence (``line_features``)
        e = (split_credit(s)[0].rstrip() or s) if "摄" in s else s
        assert features.line_features(s).ends_sentence == bool(features.SENTENCE_END.search(e)), s


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
        pairs = {chr(k & 0xFFFFFFFF) + chr(k >> 32): n for k, n in cohesion._pair_codes(s).items()}
        assert pairs == Counter(map(str.__add__, s, s[1:])), s
        assert {chr(k): n for k, n in Counter(cohesion._codes(s)).items()} == Counter(s), s


def test_body_bigrams_from_segments_match_the_joined_text():
    from proofer.core.analysis import cohesion

    parts = _samples(3000, seed=5)
    for k in range(0, len(parts) - 3, 3):
        chunk = parts[k : k + 3]
        hans = [cohesion.han_text(p) for p in chunk]
        sets = [cohesion.han_bigrams(p) for p in chunk]
        assert cohesion.joined_bigrams(hans, sets) == cohesion.han_bigrams(" ".join(chunk)), chunk


def _random_parts(rng, chars, pieces, longest, new_line):
    """Parts to join: random texts, each a new line (chance ``new_line``) or the next piece of
    the same line right after the last; with the joined text and the range walk's answer."""
    parts, line, col = [], 0, 0
    for _ in range(rng.randint(*pieces)):
        t = "".join(rng.choice(chars) for _ in range(rng.randint(0, longest)))
        if rng.random() < new_line:
            line, col = line + 1, rng.randint(0, 3)
        parts.append((line, t, col))
        col += len(t)
    joined = text.JOIN.join(t for _, t, _ in parts)
    starts, at = [], 0
    for _, t, _ in parts:
        starts.append(at)
        at += len(t) + 1
    return parts, joined, text._join_ranges(parts, joined, starts, text._spacing_ranges(joined))


def test_join_lines_fast_path_matches_the_range_walk():
    rng = random.Random(7)
    for _ in range(3000):
        parts, _, expected = _random_parts(rng, CHARS + ["中", "文", "ab"], (0, 5), 6, 0.5)
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


def _plain_assign(ends, starts, value):
    """The Hungarian method as first written: a dense cost matrix scanned column by column."""
    inf = float("inf")
    n, m = len(ends), len(starts) + len(ends)
    if not n:
        return {}
    col = {b: j for j, b in enumerate(starts)}
    cost = [[inf] * m for _ in range(n)]
    row_of = {a: i for i, a in enumerate(ends)}
    for i in range(n):
        cost[i][len(starts) + i] = 0.0
    for (a, b), v in value.items():
        i, j = row_of.get(a), col.get(b)
        if i is not None and j is not None:
            cost[i][j] = -v
    u, v_, p, way = [0.0] * (n + 1), [0.0] * (m + 1), [0] * (m + 1), [0] * (m + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0 = p[j0]
            row = cost[i0 - 1]
            delta, j1 = inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = row[j - 1] - u[i0] - v_[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v_[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    return {ends[p[j] - 1]: starts[j - 1] for j in range(1, len(starts) + 1) if p[j]}


def test_sparse_assignment_matches_the_dense_scan():
    from proofer.core.analysis.assignment import assign

    rng = random.Random(13)
    for _ in range(3000):
        ends = rng.sample(range(30), rng.randint(0, 9))
        starts = rng.sample(range(30), rng.randint(0, 9))
        # few distinct values: many ties, where the first of equal columns must win as before
        value = {
            (a, b): rng.choice([-1.0, 0.0, 0.5, 1.0, 2.0, 2.0, 3.0, rng.random()])
            for a in ends + [99]
            for b in starts + [98]
            if rng.random() < 0.4
        }
        assert list(assign(ends, starts, value).items()) == list(_plain_assign(ends, starts, value).items())


def _plain_move_misplaced(succ, base, bonus, open_ends, middles, shingles):
    """``layout._move_misplaced`` as first written: every bigram of a run counted run by run."""
    import math
    from collections import Counter
    from itertools import chain as chain_from

    from proofer.core.analysis import layout as L

    floor = math.log(max(2, len(shingles.sets)) / L.MOVE_DF)
    idf = {g: w for g, w in shingles.idf.items() if w >= floor}
    sets = [s & idf.keys() for s in shingles.sets]

    def link(a, b):
        if a is None or b is None:
            return 0.0
        return base.get((a, b), L.NEVER) + bonus.get((a, b), 0.0)

    best_in, best_out = {}, {}
    for (a, b), value in base.items():
        value += bonus.get((a, b), 0.0)
        best_in[b] = max(best_in.get(b, 0.0), value)
        best_out[a] = max(best_out.get(a, 0.0), value)
    chains = L._orders(len(sets), succ)
    chain_counts = [Counter(chain_from.from_iterable(sets[k] for k in chain)) for chain in chains]
    chain_weight = [sum(map(idf.__getitem__, g)) for g in chain_counts]
    holders = {}
    for c, g in enumerate(chain_counts):
        for x in g:
            holders.setdefault(x, []).append(c)
    places = [
        [(a, other[y + 1] if y + 1 < len(other) else None) for y, a in enumerate(other)
         if y + 1 == len(other) or a in open_ends or other[y + 1] in middles]
        for other in chains
    ]
    moves = []
    for c, chain in enumerate(chains):
        cuts = [j for j in range(1, len(chain)) if chain[j - 1] in open_ends or chain[j] in middles]
        mine = chain_counts[c]
        for x, i in enumerate(cuts):
            counts, shared = {}, [0.0] * len(chains)
            run_weight = only = 0.0
            grown = i
            ends = cuts[x + 1 : x + L.MAX_RUN_CUTS]
            if len(cuts) - x <= L.MAX_RUN_CUTS:
                ends.append(len(chain))
            for j in ends:
                for k in chain[grown:j]:
                    for g in sets[k]:
                        n = counts[g] = counts.get(g, 0) + 1
                        w = idf[g]
                        if n == 1:
                            run_weight += w
                            for o in holders[g]:
                                shared[o] += w
                        if n == mine[g]:
                            only += w
                grown = j
                if run_weight <= 0:
                    continue
                rest_weight = chain_weight[c] - only
                if rest_weight < L.MOVE_REST * run_weight:
                    continue
                here = (run_weight - only) / math.sqrt(run_weight * rest_weight)
                first, p, e = chain[i], chain[i - 1], chain[j - 1]
                after = chain[j] if j < len(chain) else None
                cut = link(p, after) - link(p, first) - link(e, after)
                bound = cut + best_in.get(first, 0.0) + best_out.get(e, 0.0)
                for o in range(len(chains)):
                    if o == c or chain_weight[o] <= 0:
                        continue
                    there = shared[o] / math.sqrt(run_weight * chain_weight[o])
                    if there <= L.MOVE_RATIO * here:
                        continue
                    content = L.MOVE_CONTENT * (there - here)
                    if content + bound <= 0:
                        continue
                    for a, n in places[o]:
                        gain = content + cut + link(a, first) + link(e, n) - link(a, n)
                        if gain > 1e-9:
                            moves.append((gain, p, first, e, after, a, n, c, o))
    return L._make_moves(succ, moves)


def test_moving_runs_by_segment_sums_matches_counting_run_by_run():
    from proofer.core.analysis.cohesion import Shingles
    from proofer.core.analysis.layout import _move_misplaced

    rng = random.Random(17)
    words = [a + b for a in "中文好报社会工人" for b in "中文好报社会工人"]
    moved = 0
    for _ in range(400):
        n = rng.randint(2, 14)
        # segments drawn from a few topics, some repeated whole (as a page's repeated texts)
        topics = [rng.sample(words, 12) for _ in range(3)]
        sets = []
        for _ in range(n):
            if sets and rng.random() < 0.2:
                sets.append(set(rng.choice(sets)))
            else:
                sets.append(set(rng.sample(rng.choice(topics), rng.randint(0, 8))) | set(rng.sample(words, 2)))
        order = list(range(n))
        rng.shuffle(order)
        succ, k = {}, 0
        while k < n - 1:  # chains of random lengths
            if rng.random() < 0.75:
                succ[order[k]] = order[k + 1]
            k += 1
        base = {(a, b): rng.choice([-3.0, 0.0, 1.0, 2.5, 4.0, rng.uniform(-5, 9)])
                for a in range(n) for b in range(n) if a != b and rng.random() < 0.5}
        bonus = {ab: rng.choice([6.0, -1.5]) for ab in base if rng.random() < 0.1}
        open_ends = {k for k in range(n) if rng.random() < 0.5}
        middles = {k for k in range(n) if rng.random() < 0.4}
        shingles = Shingles((), sets)
        # weights drawn at random for each segment count: the idf's logs make exact ties (log 3 +
        # log 4 = log 12) that the plain rule, too, settles by the order it iterates a set in
        shingles.logs = {c: rng.uniform(0.1, 3.0) for c in shingles.logs}
        shingles.idf = {g: shingles.logs[c] for g, c in shingles.df.items()}
        fast, plain = dict(succ), dict(succ)
        assert _move_misplaced(fast, base, bonus, open_ends, middles, shingles) == _plain_move_misplaced(
            plain, base, bonus, open_ends, middles, shingles
        )
        assert fast == plain
        moved += fast != succ
    assert moved > 100  # the samples do reach the moves


def test_squash_by_str_split_matches_the_whitespace_regex():
    import sys

    from proofer.core.analysis import cohesion

    spaces = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()] + ["\u200b", "\ufeff"]
    plain = [c for c in spaces if c not in "\x1c\x1d\x1e\x1f"]  # the fast path's
    rng = random.Random(19)
    for s in _samples() + spaces:
        pool = rng.choice([spaces, plain])
        s = "".join(c + rng.choice(pool) if rng.random() < 0.3 else c for c in s)
        assert cohesion._squash(s) == cohesion._SPACE.sub("", s), repr(s)


def _plain_weakest(page, keep=5):
    """``review.weakest`` as first written: every decision's text looked up through Line.text."""
    import heapq
    from operator import itemgetter

    decisions, lines = page.decisions, page.lines
    n = len(lines)
    found = []
    for i, d in enumerate(decisions.roles):
        if i < n and lines[i].text.strip():
            found.append((1.0 if d.by_person else d.confidence, "role", lines[i].no, d.value))
    for i, b in decisions.breaks.items():
        if i < n and lines[i].text.strip():
            found.append((1.0 if b.by_person else b.confidence, "break", lines[i].no, b.value))
    for k, plan in enumerate(decisions.articles):
        first = plan.pieces[0].first
        if first < n:
            found.append((1.0 if plan.by_person else plan.confidence, "article", lines[first].no, f"article {k + 1}"))
    top = heapq.nsmallest(keep, found, key=itemgetter(0, 2))
    out = [{"confidence": round(c, 3), "decision": kind, "line": no, "value": getattr(v, "value", v)}
           for c, kind, no, v in top]
    if out:
        below_one = sorted(f[0] for f in found if f[0] < 1.0)
        out[0]["uncertain"] = len(below_one)
        hist = {}
        for v in below_one:
            key = f"{min(int(v * 100 + 1e-9), 99) / 100:.2f}"
            hist[key] = hist.get(key, 0) + 1
        out[0]["confidences"] = hist
    return out


def test_weakest_decisions_match_the_plain_walk(tmp_path):
    from proofer.app.pages import build_page
    from proofer.app.review import _histogram, weakest
    from proofer.bench.batch import generate_issue
    from proofer.core.model import Role

    for path in generate_issue(tmp_path, 6, chars=2500):
        page = build_page(path.name, path.read_text("utf-8"), None)
        assert weakest(page) == _plain_weakest(page)
        person = page.overrides.with_role(3, Role.TITLE).with_break(5, page.proposal.break_after(5))
        page = type(page)(page.source, page.lines, page.proposal, person)
        assert weakest(page) == _plain_weakest(page)
    rng = random.Random(23)
    for _ in range(500):
        values = [rng.choice([rng.random(), 0.5, 0.999999, 0.01, 0.0]) for _ in range(rng.randint(0, 30))]
        expected: dict[str, int] = {}
        for v in values:
            key = f"{min(int(v * 100 + 1e-9), 99) / 100:.2f}"
            expected[key] = expected.get(key, 0) + 1
        got = _histogram(values)
        assert list(got.items()) == list(expected.items())


def test_line_width_and_punctuation_in_one_pass_match_the_plain_counts():
    rng = random.Random(29)
    pool = CHARS + [chr(c) for c in rng.sample(range(0x20, 0x3000), 400)] + ["\U00020000", "₩", "＄", "＿"]
    for _ in range(5000):
        s = "".join(rng.choice(pool) for _ in range(rng.randint(1, 30)))
        f = features.line_features(s)
        if f.blank:
            continue
        assert f.width == features.set_width(f.text), s
        assert f.punct_count == len(features.PUNCT.findall(f.text)), s


def test_join_lines_by_chunks_matches_the_range_walk():
    rng = random.Random(31)
    han = list("中文报讯。，、（）“”记者 　\t") + ["摄", "王明", "-", "\x1c"]
    taken = 0
    for _ in range(3000):
        parts, joined, expected = _random_parts(rng, han, (1, 5), 7, 0.6)
        taken += not text._MAY_KEEP_SPACE.search(joined) and not text._DATELINE_BRACKET.search(joined)
        assert text.join_lines(parts) == expected, parts
    assert taken > 1000  # the chunk path is the one tried


def _plain_chain_confidences(chains, base):
    """``layout._chain_confidences`` as first written: the best two links into and out of each segment."""
    import math

    best_in, best_out = {}, {}
    for (a, b), g in base.items():
        if g < 0:
            continue
        best_in.setdefault(b, []).append((g, a))
        best_out.setdefault(a, []).append((g, b))
    top_in = {b: sorted(v, reverse=True)[:2] for b, v in best_in.items()}
    top_out = {a: sorted(v, reverse=True)[:2] for a, v in best_out.items()}

    def rival(top, other):
        return max([g for g, k in top if k != other] + [0.0])

    out = []
    for chain in chains:
        margins = [base.get((a, b), 0.0) - max(rival(top_in.get(b, []), a), rival(top_out.get(a, []), b))
                   for a, b in zip(chain, chain[1:], strict=False)]
        into_first = rival(top_in.get(chain[0], []), -1)
        margins.append(-into_first if into_first > 0 else 3.0)
        out.append(round(1.0 / (1.0 + math.exp(-min(margins) / 2.0)), 3))
    return out


def test_chain_confidences_in_one_pass_match_the_best_two_links():
    from proofer.core.analysis.layout import _chain_confidences

    rng = random.Random(37)
    for _ in range(2000):
        n = rng.randint(1, 12)
        order = list(range(n))
        rng.shuffle(order)
        chains, k = [], 0
        while k < n:
            size = rng.randint(1, 4)
            chains.append(order[k : k + size])
            k += size
        base = {(a, b): rng.choice([-2.0, 0.0, 1.0, 3.0, 3.0, rng.uniform(-4, 9)])
                for a in range(n) for b in range(n) if a != b and rng.random() < 0.6}
        assert _chain_confidences(chains, base) == _plain_chain_confidences(chains, base)


def test_author_line_precheck_holds_every_role_word_opening():
    import regex

    from proofer.core.text import squash

    def plain(text):  # ``is_author_line`` without its pre-check
        s = squash(text)
        if not s or len(s) > 24 or features.PUNCT.search(s) or features._NOT_IN_AUTHOR.search(s):
            return False
        if s.endswith("摄影") and len(s) <= 8:
            return True
        ends = [m.end() for m in features.AUTHOR_ROLE.finditer(s)]
        return bool(ends) and 2 <= len(s[ends[-1]:]) <= 4 and bool(regex.fullmatch(r"\p{Han}+", s[ends[-1]:]))

    words = features.AUTHOR_ROLE.pattern[3:-1].split("|")  # (?:记\s*者|...)
    assert len(words) > 20 and {w[0] for w in words} <= features._AUTHOR_FIRST
    rng = random.Random(41)
    pool = CHARS + ["记者", "本报记者", "摄影", "通讯员", "王明", "赵金川", "委员", "书记", "记 者", "新华社"]
    for _ in range(5000):
        s = "".join(rng.choice(pool) for _ in range(rng.randint(1, 6)))
        assert features.is_author_line(s) == plain(s), s


def test_page_bigrams_by_code_points_match_string_counts():
    from collections import Counter

    from proofer.core.analysis import cohesion

    rng = random.Random(43)
    alphabet = list("中文好报 　\t，。ab") + ["\uffff", "\U00020000"]
    for _ in range(300):
        texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(rng.randint(1, 6))]
        uni: Counter[str] = Counter()
        bi: Counter[str] = Counter()
        for t in texts:  # the plain counts: within each line, spaces removed
            s = cohesion._SPACE.sub("", t)
            uni.update(s)
            bi.update(map(str.__add__, s, s[1:]))
        page = cohesion.PageBigrams(texts)
        assert page.total == max(1, sum(uni.values()))
        for _ in range(20):
            a, b = rng.choice(alphabet + [""]), rng.choice(alphabet + ["", "中文"])
            assert page.seen(a, b) == bi.get(a + b, 0), (texts, a, b)
            a, b = rng.choice(alphabet), rng.choice(alphabet)  # (pmi caches by a + b: single characters)
            n_ab, n_a, n_b = bi.get(a + b, 0), uni.get(a, 0), uni.get(b, 0)
            expected = max(-2.0, min(4.0, math.log((n_ab + 0.2) * page.total / ((n_a + 1) * (n_b + 1)))))
            assert page.pmi(a, b) == expected, (texts, a, b)


def test_bigram_set_by_slices_matches_the_pairs_of_neighbours():
    from proofer.core.analysis import cohesion

    rng = random.Random(11)
    texts = _samples(2000, seed=13) + ["", "中", "中文", "\U00020000中\U00020001"]
    texts += ["".join(rng.choice("中文好报社会工人") for _ in range(n)) for n in (4095, 4097, 5000, 9000)]
    for s in texts:
        assert cohesion.bigram_set(s) == set(map(str.__add__, s, s[1:])), s
        h = cohesion.han_text(s)
        assert cohesion.han_bigrams(s) == set(map(str.__add__, h, h[1:])), s


def test_run_score_by_shape_first_matches_headline_score():
    from proofer.core.analysis import roles
    from proofer.core.analysis.cohesion import PageBigrams
    from proofer.core.analysis.features import line_features
    from proofer.core.analysis.pieces import runs_of

    rng = random.Random(29)
    pool = ["市总工会开展送温暖活动", "为职工送去慰问品。", "本报记者 王明", "你好吗？", "好！", "工会，职工",
            "（新华社北京１月５日电）", "近日，某市", "记者", "１", "中文好报社会工人", "送温暖", "活动的", "王明"]
    scored = 0
    for _ in range(300):
        texts = []
        for _ in range(rng.randint(3, 30)):
            texts.append("" if rng.random() < 0.3 else "".join(rng.sample(pool, rng.randint(1, 2))))
        feats = [line_features(t) for t in texts]
        runs = runs_of(feats, set())
        bigrams = PageBigrams(f.text for f in feats if not f.blank)
        for k, run in enumerate(runs):
            if run.last - run.first >= roles.HEADLINE_MAX_LINES:
                continue
            prv, nxt = (runs[k - 1] if k else None), (runs[k + 1] if k + 1 < len(runs) else None)
            neighbours = [r.column for r in rng.sample(runs, min(2, len(runs)))]
            beside = (rng.random() < 0.5, rng.random() < 0.5, rng.random() < 0.3)
            context = roles._context(prv, nxt, feats, run, bigrams, *beside[:2])
            no_opening = roles._opens_article(nxt, feats) or (
                roles._bridged(prv, nxt, run, feats, bigrams)
                and roles.telegraphic("".join(feats[i].text for i in run.indexes()))
            )
            atop = beside[2] and roles._tops_bunch(prv, run, feats)  # atop a bunch of headlines
            if atop:
                context += roles.BUNCHED
                no_opening = True
            plain = roles.headline_score(run, feats, neighbours, context, no_opening, atop)
            assert roles._run_score(run, prv, nxt, feats, neighbours, bigrams, beside) == plain, texts
            scored += plain > -1.0
    assert scored > 50  # the samples do reach the scores past the shape tests


def test_word_junctions_inlined_match_junction_words():
    from proofer.core.analysis.cohesion import PageBigrams
    from proofer.core.analysis.layout import SURE, junction_words, word_junctions
    from proofer.core.analysis.lexicon import MAX_WORD, inner_pairs
    from proofer.core.analysis.pieces import End, Segment, Start

    rng = random.Random(5)
    alphabet = list("市场经济发展改革开放企业职工１２３万元年的了和是在")
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))) for _ in range(40)]
    segs = [Segment(k, k, (k,), 12.0, Start.MIDDLE, rng.choice([End.OPEN, End.PARAGRAPH])) for k in range(40)]
    base = {(a, b): SURE for a in range(40) for b in range(40) if a != b}
    bigrams = PageBigrams(texts)
    bonus = word_junctions(base, segs, texts, bigrams)
    assert bonus
    for (a, b), value in bonus.items():
        left, right = texts[a][-(MAX_WORD - 1) :], texts[b][: MAX_WORD - 1]
        assert value == junction_words(left, right, bigrams, inner_pairs())
    assert all(segs[a].end is End.OPEN for a, _ in bonus)


def test_name_test_by_length_first_matches_the_regex():
    from proofer.core.analysis import roles

    rng = random.Random(17)
    pool = ["王", "明", "华", "·", "\n", "，", "a", " ", "中文"]
    for _ in range(5000):
        s = "".join(rng.choice(pool) for _ in range(rng.randint(0, 10)))
        assert roles._is_name(s) == bool(roles.NAME.match(s)), s


def test_stretched_by_space_count_matches_the_copy_without_spaces():
    def plain(s: str) -> bool:
        if " " not in s:
            return False
        chars = len(s.replace(" ", ""))
        return chars >= 6 and s.count(" ") >= 0.6 * (chars - 1)

    for s in _samples(seed=19) + ["不 止 ， 股 市", "a b c d e f g"]:
        assert features._is_stretched(s) == plain(s), s


def _plain_break_score(a, col_a, b, col_b, b_boxed=False):
    """``paragraphs.break_score`` as written before its helpers were written out in it."""
    from proofer.core.analysis import paragraphs as p
    from proofer.core.analysis.pieces import INDENT, PHOTO_CREDIT, SECTION_NUMBER, is_indented

    short_a = p._set_full(a) < col_a - 1.0 and not a.stretched
    score = 0.0
    if b_boxed and a.ends_sentence and p.BRACKETED_LINE.match(b.text):
        score += 1.5
    if b.text[:1] in p._NOTE_OPENERS and p.NOTE_LABEL.match(b.text):
        score += 2.5
    elif len(b.text) <= 2 and SECTION_NUMBER.match(b.text):
        score += 2.5
    if a.text.endswith(("）", ")")) and p.DATELINE_CLOSE.search(a.text) and not PHOTO_CREDIT.search(a.text):
        score -= 2.0
    elif a.text.endswith(("：", ":")):
        if b.text.startswith(("“", "「")):
            score -= 2.0
        else:
            score += 2.0 if b.width < col_b - 1.0 and p.ENUMERATION.match(b.text) else -0.5
    elif a.ends_sentence or (a.text.endswith(("；", ";")) and (short_a or not b_boxed and p._opens_indented(b, col_b))):
        score += -1.0 if a.stretched else 1.0
    elif a.dateline and p._author_line(a.text):
        score += 0.5
    elif a.width < col_a - INDENT - 1.25 and p._unpunctuated(a):
        score += 0.5
    else:
        score -= 2.0
        if short_a and p._opens_indented(b, col_b):
            score += p.SUBHEAD
    score += 1.5 if short_a else -0.5
    if is_indented(b.width, col_b):
        score += 1.0
    elif b.width >= col_b - 1.0:
        score -= 0.7
    elif b.width < col_b - INDENT - 1.0 and not b.ends_clause:
        score += 2.0 if b.text[-1:] == "日" and p.DATE_LINE.match(b.text) else 1.0
    return score


def test_break_score_written_out_matches_its_helpers():
    from proofer.core.analysis import paragraphs

    rng = random.Random(23)
    pool = CHARS + ["—", "——", "：", "；", ";", "附记：", "１", "2022年1月1日", "“", "（记者 王明）", "一、"]
    lines = [features.line_features("".join(rng.choice(pool) for _ in range(rng.randint(1, 16)))) for _ in range(800)]
    lines = [f for f in lines if not f.blank]
    for a, b in zip(lines, lines[1:], strict=False):
        for col_a, col_b in ((6.0, 6.0), (10.5, 12.0), (14.0, 9.25)):
            for boxed in (False, True):
                expected = _plain_break_score(a, col_a, b, col_b, boxed)
                assert paragraphs.break_score(a, col_a, b, col_b, boxed) == expected, (a, b)


def test_lines_made_by_slot_setters_match_the_dataclass():
    from dataclasses import replace

    from proofer.core.model import Line, line_texts, lines_from_text

    for page in ["", "\n", "a", "a\n", "甲\n\n乙 丙\n", "\n\nx\n\n", "一\r\n二"]:
        plain = page[:-1] if page.endswith("\n") else page
        expected = tuple(Line(no=n, raw=raw) for n, raw in enumerate(plain.split("\n"), start=1))
        made = lines_from_text(page)
        assert made == expected and [hash(x) for x in made] == [hash(x) for x in expected], page
        assert line_texts(made) == [line.text for line in made]
    fixed = [replace(line, corrected="改") for line in lines_from_text("甲\n乙")]
    assert line_texts(fixed) == [line.text for line in fixed] == ["改", "改"]


def test_blocks_made_by_slot_setters_match_the_dataclass():
    from proofer.core import reconstruct

    parts = [(0, "本报讯 （记者 王明）", 0), (1, "今天 ok go", 2)]
    made, plain = reconstruct._block(parts), reconstruct.Block(*text.join_lines(parts))
    assert made == plain and hash(made) == hash(plain) and made.lines == plain.lines


def test_segment_opening_tests_by_str_match_the_regexes():
    from proofer.core.analysis import pieces

    for s in _samples(seed=29) + ["，甲", "）", "１", "12", " 3 ", "1\n"]:
        s = s.strip()  # (a line's text is stripped)
        assert (s[:1] in pieces._OPENING_MARKS) == bool(features.OPENING_PUNCT.match(s)), s
        assert (len(s) <= 2 and bool(pieces.SECTION_NUMBER.match(s))) == bool(pieces.SECTION_NUMBER.match(s)), s
    for code in range(0x20, 0x3100):
        c = chr(code)
        assert (c in pieces._OPENING_MARKS) == bool(features.OPENING_PUNCT.match(c)), c


def test_favourite_by_max_matches_the_sorted_articles():
    from proofer.core.analysis import headlines

    def plain(row):
        if not row:
            return None
        order = sorted(range(len(row)), key=row.__getitem__, reverse=True)
        best = row[order[0]]
        second = row[order[1]] if len(order) > 1 else 0.0
        return order[0] if best >= 0.4 and best - second >= 0.2 else None

    rng = random.Random(31)
    for _ in range(5000):
        row = [rng.choice([0.0, 0.1, 0.2, 0.4, 0.45, 0.6, 0.65, 1.0, rng.random()]) for _ in range(rng.randint(0, 6))]
        assert headlines._favourite(row) == plain(row), row


def test_shared_bigram_sets_are_left_unchanged_by_the_engine():
    """The bigram sets kept for a page are shared by their callers (``cohesion.bigram_set``): after
    a whole page's analysis each still holds its text's pairs, none changed by a caller."""
    from proofer.bench.speed import generated_page
    from proofer.core.analysis import cohesion, page_lines, propose

    lines = page_lines(generated_page(3000))
    propose(lines)
    assert cohesion._SETS and cohesion._JOINED
    for s, made in cohesion._SETS.items():
        assert made == set(map(str.__add__, s, s[1:])), s
    for t, made in cohesion._HAN_SETS.items():
        h = cohesion.han_text(t)
        assert made == set(map(str.__add__, h, h[1:])), t
    for hans, (parts, made) in cohesion._JOINED.items():
        h = "".join(hans)
        assert all(p == set(map(str.__add__, x, x[1:])) for p, x in zip(parts, hans, strict=True))
        assert made == set(map(str.__add__, h, h[1:])), hans


def test_what_was_kept_for_a_page_is_forgotten_when_the_next_page_starts():
    from proofer.bench.speed import generated_page
    from proofer.core.analysis import cohesion, page_lines, propose

    propose(page_lines(generated_page(3000)))
    kept = set(cohesion._SETS)
    assert kept
    propose(page_lines("本报讯（记者 王明）今天，全市开展植树活动。\n"))
    assert not kept & set(cohesion._SETS)  # (the second page shares no segment text with the first)
