"""Headlines: grouping headline lines into headlines, giving each to its article, naming its role.

Extractors put headlines anywhere (bunched together, after their bodies, inside other articles'
text), so a headline goes to the article whose body shares most of its content (rare Han
bigrams), helped by position (a headline right above an article's first segment): first each
article's strongest claim, one headline per article, then the others by their titles. A subtitle
(below a title) must share words with the article; a content-free line above a title stays with
it only as a column label or a kicker (short, touching it, or scene-setting), else it first heads
an article left without a headline. Headlines on touching lines (one text box) go together. A
headline wrapped over several lines is one headline: a wrapped line is as wide as the line above it or
narrower. Roles follow Chinese headline structure: the 主题 (title) carries the news; a 引题
(kicker) above it sets the scene, typically opening with a preposition or closing with a verb
of saying; a 副题 (subtitle) below it adds detail.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from itertools import chain, compress, repeat
from operator import add, contains

import regex

from ..model import Role
from .cohesion import Shingles, han_bigrams
from .features import LineFeatures, next_content

# A kicker sets the scene: it opens with a preposition / framing word or ends leading into the
# title with a verb of saying. Generic function words of Chinese headlines, no fixture words.
KICKER_OPENING = regex.compile(
    r"^[“‘\s]*(?:为了?|在|从|让|随着|面对|围绕|聚焦|通过|经过|由于|因为)"
)
KICKER_ENDING = regex.compile(r"(?:时|中|后|前|上|下)?(?:指出|表示|强调|要求|提出|认为|说|称|透露|宣布)$")
_HAN = regex.compile(r"\p{Han}")
SUBTITLE_OPENING = regex.compile(r"^[\s]*(?:[—－-]{1,3}|●|■|◆|▲|·)")
LISTING = regex.compile(r"[，、；,;]")  # a subtitle's details, parted by commas; a title has none
ROUNDUP_OPENING = ("据",)  # 据新华社…电: an item quoted from an agency, often one of a roundup
ABOVE_FIRST = 0.2  # position: the headline stands right above the article's first line (less than a
# quarter of a headline's words found in another body: position alone should not outweigh them)
ABOVE_ANY = 0.1  # ... or right above another of its lines
BUNCH_BETWEEN = 2  # this many headlines between one and the text under it: a bunch, not its text by position
LABEL_HAN = 6  # a column label (栏目名) is a short name
BUNCH = 3  # headlines set one under another, apart from their texts: a bunch
MIN_CONTENT = 0.12  # a headline sharing less than this with every article stands alone
FAR_CONTENT = 0.35  # content share a second headline away from its article's title needs
WORDED_ELSEWHERE = 0.4  # a headline sharing this much with a body is not another's by position alone


@dataclass(frozen=True, slots=True)
class Headline:
    lines: tuple[int, ...]

    @property
    def first(self) -> int:
        return self.lines[0]


def group_headlines(heads: set[int], feats: Sequence[LineFeatures]) -> list[Headline]:
    """Headline lines grouped into headlines (consecutive lines of one wrapped headline)."""
    groups: list[list[int]] = []
    for i in sorted(heads):
        if groups and _continues(groups[-1], i, feats):
            groups[-1].append(i)
        else:
            groups.append([i])
    return [Headline(tuple(g)) for g in groups]


def _continues(group: list[int], i: int, feats: Sequence[LineFeatures]) -> bool:
    prev = group[-1]
    if prev != i - 1:
        return False  # a blank line (or body) between them
    top, above, here = feats[group[0]].width, feats[prev].width, feats[i].width
    if SUBTITLE_OPENING.match(feats[i].text):
        return False
    # a wrapped line fills the width of the headline; its continuation is no wider
    return here <= above + 1.0 and abs(above - top) <= 1.0


def assign_headlines(
    headlines: Sequence[Headline],
    bodies: Sequence[str],
    article_lines: Sequence[frozenset[int]],
    article_first: Sequence[int],
    feats: Sequence[LineFeatures],
    body_sets: list[set[str]] | None = None,
) -> tuple[list[Headline], list[int | None]]:
    """Headlines (split where their lines belong to different articles) and the article of each.

    Best-first: first every article gets at most one headline (its strongest claim), then the
    remaining headlines (kickers, subtitles) join the article they share most with. A headline
    sharing too little with every article stands alone (None).
    """
    head_texts = ["".join(feats[i].text for i in h.lines) for h in headlines]
    shingles = None
    if body_sets is None:
        shingles = Shingles(list(bodies) + head_texts)
        body_sets, head_sets = shingles.sets[: len(bodies)], shingles.sets[len(bodies) :]
    else:  # the bodies' bigrams given (``bodies`` unused): the same sets, not rebuilt from text
        head_sets = [han_bigrams(t) for t in head_texts]

    # only a headline's bigrams are ever looked up (a line's or a split part's are among its
    # headline's), so index those alone, not every bigram of every body
    wanted = set().union(*head_sets)
    holders: dict[str, list[int]] = {}  # bigram -> the articles whose body holds it
    for a, body in enumerate(body_sets):
        for g in wanted.intersection(body):
            holders.setdefault(g, []).append(a)
    # = Shingles(bodies + headlines).idf, counted for the headlines' bigrams alone from ``holders``
    # (any other bigram asked for is counted then): no count over every bigram of every body
    idf = shingles.idf if shingles is not None else _HeadlineIdf(body_sets, head_sets, holders)

    rounded = _Rounded()

    def content(lines: Sequence[int]) -> list[float]:
        """Share of the headline's weight found in each article's body (containment)."""
        grams = han_bigrams("".join(feats[i].text for i in lines))  # (a headline's: made once a page)
        # each bigram's idf looked up once, in C where the dict holds them all (it does for the
        # headlines' bigrams), in the set's order: the same sums
        values = list(map(dict.get, repeat(idf), grams))
        if None in values:
            values = [idf.get(g, 0.0) for g in grams]
        total = sum(values)  # = Shingles.weight
        row = [0.0] * len(body_sets)
        if total <= 0:
            return row
        # (the bigrams no body holds add nothing: left out in C, the others in the set's order)
        held = list(map(holders.get, grams))
        for value, owners in zip(compress(values, held), compress(held, held), strict=True):
            w = value / total
            for a in owners:
                row[a] += w
        # sums over a set run in hash order: round off the float noise so that ties stay ties
        return list(map(rounded.__getitem__, row))  # (each value rounded once a page: few recur)

    headlines = _split_mixed(headlines, content)
    next_body = _next_body_line(feats, headlines, article_lines)
    scores: list[list[float]] = []
    shares: list[list[float]] = []  # content alone, without the position bonus
    labels: set[int] = set()  # labels set alone right above an article's first line
    # (headline, article) set right over the article's opening (its dateline or author), sharing
    # words with it: the title over its text, whatever other headline the extractor glued on top
    # of one of its column boxes further on
    over_opening: set[tuple[int, int]] = set()
    # a headline over the text under a bunch of headlines, others between: position alone tells
    # nothing there (each of the bunch stands over that text), it must share words with it
    firsts = sorted(h.first for h in headlines)
    for h, nxt in zip(headlines, next_body, strict=True):
        row = content(h.lines)
        shares.append(list(row))
        if nxt is not None and bisect_left(firsts, nxt) - bisect_right(firsts, h.first) >= BUNCH_BETWEEN:
            nxt = next((nxt for a, lines in enumerate(article_lines) if nxt in lines and row[a] > 0), None)
        if nxt is not None:
            # (= the articles whose lines hold nxt, found in C)
            for a in compress(range(len(article_lines)), map(contains, article_lines, repeat(nxt))):
                if nxt == article_first[a] and _label(h, feats) and next_body.count(nxt) == 1:
                    # a label's few words tell little (``图片新闻`` shares 新闻 with any report):
                    # set alone right above an article's first line, it is that article's
                    row = [0.0] * len(row)
                    labels.add(len(scores))
                    row[a] = shares[-1][a] + ABOVE_FIRST
                else:
                    row[a] += ABOVE_FIRST if nxt == article_first[a] else ABOVE_ANY
                # (its words naming this article most: a headline a swapped box set over another
                # article's dateline claims nothing by its place)
                if nxt == article_first[a] and row[a] > ABOVE_FIRST and _opens(feats[nxt]):
                    if shares[-1][a] >= max(shares[-1]):
                        over_opening.add((len(scores), a))
        scores.append(row)
    owner: list[int | None] = [None] * len(headlines)
    # a headline whose words clearly name one article claims that one alone: a title or subtitle
    # printed over a body box not its own is not that box's headline by position or a few words
    # (a label's few words tell little: set alone right above an article, it claims that one)
    # nor does position alone (few of its words in the body below) outweigh many words elsewhere
    favourites = [None if g in labels else _favourite(row) for g, row in enumerate(shares)]
    worded = [g not in labels and max(row, default=0.0) >= WORDED_ELSEWHERE for g, row in enumerate(shares)]
    # = sorted(((g, a) in over_opening, row[a], g, a) for g, row in enumerate(scores) for a in range(len(row))
    #          if row[a] >= MIN_CONTENT and favourites[g] in (None, a)
    #          and not (worded[g] and shares[g][a] < MIN_CONTENT)), reverse=True);
    # a headline with a favourite asked of that one article alone (the pairs sorted whole: made in any order)
    candidates = []
    for g, row in enumerate(scores):
        favourite, share = favourites[g], shares[g]
        for a in range(len(row)) if favourite is None else (favourite,):
            value = row[a]
            if value >= MIN_CONTENT and not (worded[g] and share[a] < MIN_CONTENT):
                candidates.append(((g, a) in over_opening, value, g, a))
    ranked = sorted(candidates, reverse=True)
    taken: set[int] = set()
    for _, _, g, a in ranked:
        if owner[g] is None and a not in taken:
            owner[g] = a
            taken.add(a)
    deferred: dict[int, int] = {}
    for g, row in enumerate(scores):
        if owner[g] is None and row:
            best = max(range(len(row)), key=row.__getitem__)
            # a kicker or subtitle sits by its title, or right over its article's text (the title
            # set apart, across the columns), or repeats much of its article
            near = next_content(headlines[g].lines[-1], feats) == article_first[best] or any(
                abs(h.first - headlines[g].lines[-1]) <= 2 or abs(headlines[g].first - h.lines[-1]) <= 2
                for o, h in enumerate(headlines)
                if owner[o] == best
            )
            # a subtitle (below the title) adds the article's details: its words must be the
            # article's own; a kicker or a column label above the title may share none
            below = any(h.lines[-1] < headlines[g].first for o, h in enumerate(headlines) if owner[o] == best)
            touching = any(
                h.first == headlines[g].lines[-1] + 1 or headlines[g].first == h.lines[-1] + 1
                for o, h in enumerate(headlines)
                if owner[o] == best
            )
            # above the title, apart from it, sharing no words: a column label is a short name, a
            # kicker sets the scene; another line is the headline of another article, if one is
            # left without a headline
            text = "".join(feats[i].text for i in headlines[g].lines)
            label = touching or len(_HAN.findall(text)) <= LABEL_HAN or _kicker_like(text)
            have = shares[g][best] if below else row[best]
            if have >= (MIN_CONTENT if near else FAR_CONTENT):
                if label or below or shares[g][best] >= MIN_CONTENT:
                    owner[g] = best
                else:
                    deferred[g] = best
    # a headline sharing no words with any body (a label such as a column name) goes to the
    # nearest article that has no headline yet: every article is printed under one
    # (an agency item quoted with 据… is a roundup's next item under another article's headline)
    owned = set(owner)
    headless = [a for a in range(len(article_first)) if a not in owned]
    quoted = [a for a in headless if feats[article_first[a]].text.startswith(ROUNDUP_OPENING)]
    # a bunch's headlines (set apart from their texts) keep their texts' order: in order, to the
    # headless articles in order
    bunched = _bunched(headlines, feats)
    bunch = sorted(
        (g for g in bunched if owner[g] is None and max(shares[g], default=0.0) < MIN_CONTENT),
        key=lambda g: headlines[g].first,
    )
    free = sorted((a for a in headless if a not in quoted), key=article_first.__getitem__)
    for g, a in zip(bunch, free, strict=False):
        owner[g] = a
    _nearest_headless(headlines, owner, shares, article_first, [a for a in free if a not in owner])
    # ... then a quoted item, when every other article has its headline: a headline the bunch
    # left over is its own, no roundup's
    if all(a in quoted or a in owner for a in range(len(article_first))):
        _nearest_headless(headlines, owner, shares, article_first, quoted, bunched)
    for g, best in deferred.items():
        if owner[g] is None:
            owner[g] = best  # no headless article took it: a kicker after all
    _over_headlines(headlines, owner, shares, feats)
    _keep_blocks_together(headlines, owner, shares)
    return list(headlines), owner


def _opens(f: LineFeatures) -> bool:
    return f.dateline or f.author


def _nearest_headless(
    headlines: Sequence[Headline],
    owner: list[int | None],
    shares: list[list[float]],
    article_first: Sequence[int],
    headless: list[int],
    only: set[int] | None = None,
) -> None:
    """Headlines sharing no words with any body (``only``: of these) to the nearest headless articles."""
    pairs = sorted(
        (abs(article_first[a] - h.first), g, a)
        for g, h in enumerate(headlines)
        if owner[g] is None and max(shares[g], default=0.0) < MIN_CONTENT and (only is None or g in only)
        for a in headless
    )
    for _, g, a in pairs:
        if owner[g] is None and a in headless:
            owner[g] = a
            headless.remove(a)


def bunch_chains(headlines: Sequence[Headline], feats: Sequence[LineFeatures]) -> list[list[int]]:
    """Runs of ``BUNCH`` headlines or more (indexes, top first), each set right under the one before
    with blank lines between (touching lines are one box): bunches, set apart from their texts."""
    starts = {h.first: g for g, h in enumerate(headlines)}
    below: dict[int, int] = {}
    for g, h in enumerate(headlines):
        under = starts.get(next_content(h.lines[-1], feats))
        if under is not None and h.lines[-1] + 1 < headlines[under].first:
            below[g] = under
    chains = []
    for g in sorted(set(below) - set(below.values())):  # each bunch from its top
        chain = [g]
        while chain[-1] in below:
            chain.append(below[chain[-1]])
        if len(chain) >= BUNCH:
            chains.append(chain)
    return chains


def _bunched(headlines: Sequence[Headline], feats: Sequence[LineFeatures]) -> set[int]:
    return {g for chain in bunch_chains(headlines, feats) for g in chain}


def _over_headlines(
    headlines: Sequence[Headline], owner: list[int | None], shares: list[list[float]], feats: Sequence[LineFeatures]
) -> None:
    """A headline sharing no words with any body that no headless article took, set right over
    another article's headline (a blank line between at most), heads that article: a figurative
    title over the subtitle that tells the news (姹紫嫣红开遍 | 南北昆剧台湾争艳)."""
    starts = {h.first: o for o, h in enumerate(headlines)}
    for g, h in enumerate(headlines):
        if owner[g] is not None or max(shares[g], default=0.0) >= MIN_CONTENT:
            continue
        j = h.lines[-1] + 1
        while j < len(feats) and feats[j].blank and j - h.lines[-1] < 2:  # one blank line at most
            j += 1
        under = starts.get(j)
        if under is not None and owner[under] is not None:
            owner[g] = owner[under]


def _label(h: Headline, feats: Sequence[LineFeatures]) -> bool:
    """A one-line headline of a few characters: a column label or a short title."""
    return len(h.lines) == 1 and len(_HAN.findall(feats[h.first].text)) <= LABEL_HAN


def _keep_blocks_together(headlines: Sequence[Headline], owner: list[int | None], shares: list[list[float]]) -> None:
    """Headlines on touching lines (one text box: a title and its subtitle, a kicker and its title)
    go to one article: the one both share most words with, unless one clearly belongs elsewhere."""
    order = sorted(range(len(headlines)), key=lambda g: headlines[g].first)
    for g1, g2 in zip(order, order[1:], strict=False):
        o1, o2 = owner[g1], owner[g2]
        if o1 is None or o2 is None or o1 == o2 or headlines[g2].first != headlines[g1].lines[-1] + 1:
            continue
        if _favourite(shares[g1]) == o1 and _favourite(shares[g2]) == o2:
            continue  # two headlines stacked, each clearly its own article's (see _split_mixed)
        both = {o: shares[g1][o] + shares[g2][o] for o in (o1, o2)}
        keep = o1 if both[o1] >= both[o2] else o2
        owner[g1] = owner[g2] = keep


def _split_mixed(headlines: Sequence[Headline], content) -> list[Headline]:
    """Split a headline whose lines clearly belong to different articles (two headlines stacked)."""
    out: list[Headline] = []
    for h in headlines:
        if len(h.lines) == 1:
            out.append(h)
            continue
        parts = [[h.lines[0]]]
        prev = _favourite(content([h.lines[0]]))
        for i in h.lines[1:]:
            fav = _favourite(content([i]))
            if fav is not None and prev is not None and fav != prev:
                parts.append([i])
            else:
                parts[-1].append(i)
            prev = fav if fav is not None else prev
        out.extend(Headline(tuple(p)) for p in parts)
    return out


def _favourite(row: list[float]) -> int | None:
    """The article a headline line clearly belongs to: a strong share, well ahead of the next."""
    if not row:
        return None
    # the first of the highest shares and the highest of the others (= the first two of the
    # articles sorted by share, highest first, a stable sort), in C: no sort of every article
    best = max(row)
    first = row.index(best)
    second = max(row[:first] + row[first + 1 :], default=0.0)
    return first if best >= 0.4 and best - second >= 0.2 else None


def _next_body_line(
    feats: Sequence[LineFeatures], headlines: Sequence[Headline], article_lines: Sequence[frozenset[int]]
) -> list[int | None]:
    """The first article line after each headline in raw order (skipping blank and headline lines)."""
    placed = frozenset().union(*article_lines) if article_lines else frozenset()
    out: list[int | None] = []
    for h in headlines:
        j = h.lines[-1] + 1
        while j < len(feats) and j not in placed:
            j += 1
        out.append(j if j < len(feats) else None)
    return out


def headline_roles(
    groups: Sequence[Headline], feats: Sequence[LineFeatures], bunch: Collection[int] = ()
) -> list[Role]:
    """Roles of one article's headlines, given in print order (``bunch``: the first lines of the
    page's headlines in bunches of several articles' headlines, see ``bunch_chains``)."""
    texts = ["".join(feats[i].text for i in g.lines) for g in groups]
    if len(groups) <= 1:
        return [Role.TITLE] * len(groups)
    k = _kicker_after(groups, texts)
    if k is not None:
        roles = [Role.TITLE] + [Role.SUBTITLE] * (len(groups) - 2)
        return roles[:k] + [Role.KICKER] + roles[k:]
    if len(groups) == 2:
        first, second = texts
        if _kicker_like(first) and not _kicker_like(second) and not SUBTITLE_OPENING.match(second):
            return [Role.KICKER, Role.TITLE]
        if _subtitle_first(groups, texts, bunch):
            return [Role.SUBTITLE, Role.TITLE]
        return [Role.TITLE, Role.SUBTITLE]
    if _kicker_like(texts[0]):
        return [Role.KICKER, Role.TITLE] + [Role.SUBTITLE] * (len(groups) - 2)
    return [Role.TITLE] + [Role.SUBTITLE] * (len(groups) - 1)


def _kicker_after(groups: Sequence[Headline], texts: Sequence[str]) -> int | None:
    """The one headline worded as a kicker, after a title that is not, in a box of its own (a blank
    line above it): the extractor gave the boxes out of print order, the wording tells the role
    (in one box, lines come in print order: a line under the title there is its subtitle)."""
    kicks = [k for k, t in enumerate(texts) if _kicker_like(t)]
    if len(kicks) != 1 or kicks[0] == 0:
        return None
    k = kicks[0]
    if SUBTITLE_OPENING.match(texts[k]) or groups[k].first == groups[k - 1].lines[-1] + 1:
        return None
    return k


def _subtitle_first(groups: Sequence[Headline], texts: Sequence[str], bunch: Collection[int]) -> bool:
    """Two headlines apart (not one box, nor set one right over the other): the extractor gave at
    least one of them elsewhere, so their order tells no role. A title carries the news in one
    stroke; a subtitle lists details, parted by commas (用于消费扶贫、帮扶救助…): the one worded
    so, when the other is not, is the subtitle. Extractors bunch the boxes set in display type:
    the one of a bunch, when the other is not, is the title."""
    if groups[1].first - groups[0].lines[-1] <= 2 or SUBTITLE_OPENING.match(texts[1]):
        return False
    if groups[1].first in bunch and groups[0].first not in bunch:
        return True
    return bool(LISTING.search(texts[0])) and not LISTING.search(texts[1])


def _kicker_like(text: str) -> bool:
    return bool(KICKER_OPENING.match(text) or KICKER_ENDING.search(text))


class _Rounded(dict[float, float]):
    """``round(x, 9)`` of each value met, computed once (0.0 stays as it is)."""

    def __init__(self) -> None:
        super().__init__({0.0: 0.0})

    def __missing__(self, x: float) -> float:
        value = self[x] = round(x, 9)
        return value


class _HeadlineIdf(dict[str, float]):
    """``Shingles(bodies + headlines).idf`` (the same values): the headlines' bigrams counted from
    the articles holding them, any other bigram counted over every text when first asked."""

    def __init__(self, body_sets: list[set[str]], head_sets: list[set[str]], holders: dict[str, list[int]]) -> None:
        super().__init__()
        self.sets = body_sets + head_sets
        self.n = max(2, len(self.sets))
        counts = Counter(chain.from_iterable(head_sets))
        # = {g: math.log(self.n / (c + len(holders.get(g, ())))) for g, c in counts.items()}, in C:
        # each bigram's count (the headlines and the articles holding it), one log per distinct count
        totals = list(map(add, counts.values(), map(len, map(holders.get, counts, repeat(())))))
        logs = {c: math.log(self.n / c) for c in set(totals)}
        self.update(zip(counts, map(logs.__getitem__, totals), strict=True))

    def get(self, g: str, default: float | None = None) -> float | None:  # type: ignore[override]
        value = dict.get(self, g)
        if value is None:
            count = sum(g in s for s in self.sets)
            if not count:
                return default
            value = self[g] = math.log(self.n / count)
        return value
