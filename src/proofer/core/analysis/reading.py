"""How the engine reads a page: in the characters its rules are written in.

The rules and the lexicon are written as mainland papers print: simplified characters and
full-width punctuation. A Hong Kong or Taiwan paper prints traditional characters (本報訊, 記者,
攝); OCR and some PDF fonts give half-width marks after Han text (增长了.  他说,). The engine reads
such a page through a view of it that puts one character for each: the decisions it makes (line
indexes and columns) then hold for the page's own lines, which are what is printed.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..chinese import simplified_view

# a half-width mark of Han text: after a Han character, a closing mark, a full-width character or
# a per cent sign (OCR spaces and line ends between them), or after a digit when Han text or the
# line's end follows (2022年, 增长５％. 到2022.); within Latin text or a number it stays (4.5,
# 1,000, 3:15, www.people.cn)
HALF_WIDTH_MARK = regex.compile(
    r"(?<=[\p{Han}”’」』）)》〉%％\uff10-\uff5a]\s*)[,.:;?!]|(?<=\d)[,.:;?!](?=\s*[\p{Han}“‘「『（《]|$)", regex.M
)
FULL_WIDTH = str.maketrans(",.:;?!", "，。：；？！")


def reading_view(texts: Sequence[str]) -> Sequence[str]:
    """The page's line texts as the engine reads them: ``texts`` itself when nothing differs
    (most pages), else a list of as many texts, each as long as its own."""
    view = simplified_view(texts)
    joined = "\n".join(texts if view is None else view)
    if not HALF_WIDTH_MARK.search(joined):
        return texts if view is None else view
    marked = HALF_WIDTH_MARK.sub(lambda m: m.group().translate(FULL_WIDTH), joined)
    return marked.split("\n")
