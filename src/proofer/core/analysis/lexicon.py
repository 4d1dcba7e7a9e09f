"""A general Chinese word list: does a word read across a junction?

A column cut falls anywhere in a sentence, often inside a word (…日本的金|融业…). The page's own
bigrams only know the words the page prints twice; a general lexicon knows the language's words.
jieba's dictionary (``dict.txt``: word, frequency, tag per line) is read directly, once per
process and only when first asked (jieba's segmenter is never run). Without jieba installed the
lexicon is empty and every junction reads as unknown (score 0): the engine falls back on the
page's statistics.
"""

from __future__ import annotations

import hashlib
import importlib.util
import marshal
import math
import os
import re
import sys
from functools import lru_cache
from pathlib import Path

MAX_WORD = 4  # words longer than this seldom decide a junction and cost memory
# Words of two characters or more counted fewer than 50 times are left out: such rare words
# seldom decide a junction, and skipping them makes loading 2-3x faster (~80 ms once per process
# instead of ~200 ms; stdlib re is 1.5x faster than regex here).
_ENTRY = re.compile(r"^([^ \n]{2,4}) ([1-9]\d{2,}|[5-9]\d) ", re.M)  # word of 2 to MAX_WORD chars, count


_SINGLE = re.compile(r"^([^ \n]) (\d+) ", re.M)  # a one-character word and its count


@lru_cache(maxsize=1)
def words() -> dict[str, float]:
    """Log counts of the words of two to ``MAX_WORD`` characters counted 50 times or more and of
    all one-character words, and under ``""`` the log of the total count (empty without jieba)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = Path(next(iter(spec.submodule_search_locations))) / "dict.txt"
    if not path.is_file():
        return {}
    cache = _cache_file(path)
    cached = _read_cache(cache) if cache is not None else None
    if cached is not None:
        return cached
    out = _parse(path.read_text(encoding="utf-8"))
    if cache is not None:
        _write_cache(cache, out)
    return out


def _parse(text: str) -> dict[str, float]:
    counts = {word: int(count) for word, count in _SINGLE.findall(text)}
    counts.update((word, int(count)) for word, count in _ENTRY.findall(text))
    # the total of all counts, estimated from what is loaded (rare words add little)
    total = sum(counts.values())
    out = {word: math.log(count) for word, count in counts.items()}
    out[""] = math.log(total)
    return out


# The parsed lexicon is kept in the user's cache folder in marshal form (~8 ms to load instead of
# ~80 ms to parse; floats stored exactly), named after everything it depends on: the dictionary
# file (path, size, time), the parsing rules and the Python version (marshal's format).
_CACHE_FORMAT = "1"


def _cache_file(path: Path) -> Path | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    if os.name == "nt":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = str(Path.home() / "Library" / "Caches")
    else:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    key = "\n".join(
        [
            _CACHE_FORMAT,
            str(path.resolve()),
            str(stat.st_size),
            str(stat.st_mtime_ns),
            _ENTRY.pattern,
            _SINGLE.pattern,
            str(MAX_WORD),
            sys.version.split()[0],
        ]
    )
    return Path(base) / "proofer" / f"lexicon-{hashlib.sha1(key.encode()).hexdigest()[:16]}.marshal"


def _read_cache(cache: Path) -> dict[str, float] | None:
    try:
        data = marshal.loads(cache.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    return data if isinstance(data, dict) and "" in data else None


def _write_cache(cache: Path, lexicon: dict[str, float]) -> None:
    """Written whole under a temporary name, then renamed: a reader never sees half a file."""
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(lexicon))
        os.replace(tmp, cache)
    except OSError:
        pass  # no cache folder: parsed again next time


@lru_cache(maxsize=1)
def inner_pairs() -> frozenset[str]:
    """The character pairs inside the lexicon's words (~8 ms once, after ``words``)."""
    return _pairs_of(words())


def _pairs_of(lexicon: dict[str, float]) -> frozenset[str]:
    return frozenset(w[i : i + 2] for w in lexicon if len(w) > 1 for i in range(len(w) - 1))


def spanning_word(left: str, right: str, lexicon: dict[str, float] | None = None) -> float:
    """How much better the text around ``left|right`` reads with a word across the junction than
    with a word boundary at it: a log-likelihood ratio of the two best segmentations (unigram
    word model of the lexicon), 0 when no word crosses or crossing reads worse.

    ``left`` is the text before the junction, ``right`` the text after it (no spaces). A word
    across (评估程|序: 评估/程序 against 评估/程/序) counts only against the words it would break:
    …不到一|条件… reads 不到/一/条件 better than 不到/一条/件, so 一条 is no evidence.
    """
    lex = words() if lexicon is None else lexicon
    if not lex or not left or not right:
        return 0.0
    # every word across the junction holds the junction's two characters: most junctions hold
    # a pair no word holds, and need no segmenting
    pairs = inner_pairs() if lexicon is None else _pairs_of(lexicon)
    if left[-1] + right[0] not in pairs:
        return 0.0
    left, right = left[-(MAX_WORD - 1) :], right[: MAX_WORD - 1]
    text, cut = left + right, len(left)
    floor = -lex.get("", 0.0)  # an unknown character: as rare as one count in the whole lexicon
    total = lex.get("", 0.0)
    # best[k][c]: best log-probability of text[:k]; c = whether a word has crossed the cut yet
    best = [[NO_PATH, NO_PATH] for _ in range(len(text) + 1)]
    best[0][0] = 0.0
    for k in range(len(text)):
        for crossed in (0, 1):
            here = best[k][crossed]
            if here == NO_PATH:
                continue
            for n in range(1, min(MAX_WORD, len(text) - k) + 1):
                word = text[k : k + n]
                logc = lex.get(word)
                if logc is None:
                    if n > 1:
                        continue
                    score = floor
                else:
                    score = logc - total
                c = crossed or (k < cut < k + n)
                if here + score > best[k + n][c]:
                    best[k + n][c] = here + score
    across, apart = best[-1][1], best[-1][0]
    if across == NO_PATH:
        return 0.0
    return max(0.0, across - apart)


NO_PATH = float("-inf")
