"""A general Chinese word list: does a word read across a junction?

A column cut falls anywhere in a sentence, often inside a word (…日本的金|融业…). The page's own
bigrams only know the words the page prints twice; a general lexicon knows the language's words.
jieba's dictionary (``dict.txt``: word, frequency, tag per line) is read directly, once per
process and only when first asked (jieba's segmenter is never run). Without jieba installed the
lexicon is empty and every junction reads as unknown (score 0): the engine falls back on the
page's statistics.
"""

from __future__ import annotations

import importlib.util
import math
import re
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
    text = path.read_text(encoding="utf-8")
    counts = {word: int(count) for word, count in _SINGLE.findall(text)}
    counts.update((word, int(count)) for word, count in _ENTRY.findall(text))
    # the total of all counts, estimated from what is loaded (rare words add little)
    total = sum(counts.values())
    out = {word: math.log(count) for word, count in counts.items()}
    out[""] = math.log(total)
    return out


def spanning_word(left: str, right: str, lexicon: dict[str, float] | None = None) -> float:
    """How much more likely the text reads as one word across ``left|right`` than as two parts:
    the best pointwise mutual information of a word split by the junction (0 if none).

    ``left`` is the text before the junction, ``right`` the text after it (no spaces); a word must
    take at least one character from each side, and both its parts must be words themselves
    (a one-character part always is). A common word of common characters (大|使) gains little,
    a word whose parts are rare alone (程|序, 金|融) much.
    """
    lex = words() if lexicon is None else lexicon
    if not lex or not left or not right:
        return 0.0
    total = lex.get("", 0.0)
    best = 0.0
    for i in range(1, min(len(left), MAX_WORD - 1) + 1):
        tail = left[-i:]
        l_tail = lex.get(tail)
        if l_tail is None:
            continue
        for j in range(1, min(len(right), MAX_WORD - i) + 1):
            head = right[:j]
            l_word, l_head = lex.get(tail + head), lex.get(head)
            if l_word is not None and l_head is not None:
                best = max(best, l_word + total - l_tail - l_head)
    return best
