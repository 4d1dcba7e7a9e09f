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
# Words counted fewer than 50 times are left out: such rare words and chance pairs (流质) weigh
# nothing at a junction (see ``layout.LEX_FLOOR``), and skipping them makes loading 3x faster
# (~60 ms once per process instead of ~200 ms; stdlib re is 1.5x faster than regex here).
_ENTRY = re.compile(r"^([^ \n]{2,4}) ([1-9]\d{2,}|[5-9]\d) ", re.M)  # word of 2 to MAX_WORD chars, count


@lru_cache(maxsize=1)
def words() -> dict[str, float]:
    """Words of two to ``MAX_WORD`` characters counted 50 times or more, with their log count
    (empty without jieba)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = Path(next(iter(spec.submodule_search_locations))) / "dict.txt"
    if not path.is_file():
        return {}
    return {word: math.log(int(count)) for word, count in _ENTRY.findall(path.read_text(encoding="utf-8"))}


def spanning_word(left: str, right: str, lexicon: dict[str, float] | None = None) -> float:
    """The log frequency of the commonest word that reads across ``left|right`` (0 if none).

    ``left`` is the text before the junction, ``right`` the text after it (no spaces); a word must
    take at least one character from each side.
    """
    lex = words() if lexicon is None else lexicon
    if not lex or not left or not right:
        return 0.0
    best = 0.0
    for i in range(1, min(len(left), MAX_WORD - 1) + 1):
        tail = left[-i:]
        for j in range(1, min(len(right), MAX_WORD - i) + 1):
            freq = lex.get(tail + right[:j])
            if freq is not None and freq > best:
                best = freq
    return best
