"""Headline style: Chinese headlines are telegraphic, body text is not.

A headline set at the width of the body column looks like a line of body text by shape alone. Its
wording still differs: a headline drops punctuation, the particles 的/了/着 and most function
characters, and it ends where a word ends; a fragment of body text cut out of its paragraph keeps
them and reads on into the text after it. These signals need no list of topic words, only a small
generic lexicon of Chinese function characters.
"""

from __future__ import annotations

import regex

from .cohesion import PageBigrams
from .lexicon import spanning_word

# particles no telegraphic headline uses (a body fragment almost always does)
PARTICLES = frozenset("的了着")
# function characters: conjunctions, prepositions, auxiliaries, pronouns and adverbs of running text
FUNCTION_CHARS = frozenset(
    "的了着过在这那里与和及或而但虽然如果因为所以就都也还又很更最"
    "可要会能将被把对从向于以之其此该每各些有是没么吗呢吧"
)
# characters that bind to the next word: a line ending in one stops mid-phrase
BINDING_END = frozenset("的之和与及对把被从向在于以为是一各每其该这那个们得")
_HAN = regex.compile(r"\p{Han}")
_PUNCT_BUT_QUOTES = regex.compile(r"[\p{P}\p{S}&&[^“”‘’『』「」《》〈〉\-—－·○]]", regex.V1)  # ○: a zero
# a photo-news headline ends with a bracketed marker (``…（图片）``); the marker is print furniture
PHOTO_MARK = regex.compile(r"[（(]\s*(?:图\s*片|附\s*图|组\s*图|照\s*片|图)\s*[）)]\s*$")
# a topic and its news joined by a colon (``某市：强化街道管理``) is headline form, not a sentence
_TOPIC_COLON = regex.compile(r"(?<=\p{Han}{2})[：:](?=\p{Han}{2})")
# a sentence giving its source or its time opens so (据…报道, 根据…, 截至…): running text
SOURCE_OPENING = regex.compile(r"^(?:据|根据|按照|依照|截至|截止)")
MAX_FUNCTION_SHARE = 0.25  # telegraphic: at most one character in four is a function character


def telegraphic(text: str, min_han: int = 4) -> bool:
    """Text worded like a headline: no punctuation but quotes, no particle, few function characters,
    not ending on a character that binds to the next word; at least ``min_han`` Han characters
    (fewer tell too little: a word cut off a line)."""
    s = _TOPIC_COLON.sub("", PHOTO_MARK.sub("", "".join(text.split())))
    han = _HAN.findall(s)
    if len(han) < min_han or _PUNCT_BUT_QUOTES.search(s):
        return False
    if any(c in PARTICLES for c in han) or han[-1] in BINDING_END or SOURCE_OPENING.match(s):
        return False
    return sum(c in FUNCTION_CHARS for c in han) <= MAX_FUNCTION_SHARE * len(han)


def ends_mid_phrase(text: str) -> bool:
    """The text stops on a character that binds to the next word (``经过不到一``): a cut line."""
    s = "".join(text.split())
    return bool(s) and s[-1] in BINDING_END


def word_across(left: str, right: str, floor: float = 0.0) -> bool:
    """A lexicon word reads across from the end of ``left`` into the start of ``right``, better than
    a word boundary there by more than ``floor`` (log-likelihood ratio, ``spanning_word``)."""
    return spanning_word("".join(left.split()), "".join(right.split())) > floor


def reads_on(text: str, following: str, bigrams: PageBigrams) -> bool:
    """The text's last character and the next text's first form a pair seen elsewhere on the page:
    the two are one phrase cut by a line end (``直接促进|了经济发展``)."""
    left, right = text.rstrip(), following.lstrip()  # their outer characters: as with spaces removed
    if not left or not right:
        return False
    return bigrams.seen(left[-1], right[0]) >= 1


__all__ = ["PHOTO_MARK", "ends_mid_phrase", "reads_on", "telegraphic", "word_across"]
