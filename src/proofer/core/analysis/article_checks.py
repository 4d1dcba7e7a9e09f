"""Checks of the article layout against the page's headlines, shapes and words.

Every article is printed under a headline, so the headlines tell where the layout went wrong:
a text that got none continues an article (``merge_headless``), or is the photo opening the
article after it (``merge_captions``), or is the next item of a roundup
(``merge_roundup_items``), or goes on from the byline box ending another text
(``merge_byline_boxes``), or had its headline glued on top of one of its boxes
(``headline_atop``); one text named by two headlines, each naming one part of it, is two
articles (``split_by_headlines``), and a text's tail named by another article's headline, not by
its own, is that article's (``move_named_tails``); a headline inside a feature's text, or over a
text that goes on about the article above it, is an in-body subhead (``merge_subheads``); and a one-line
"headline" over a text that begins mid-sentence is that paragraph's first line, set alone by the
extractor (``first_line_shaped``). Two checks read the text itself: numbered items are read in
turn (``order_numbered_items``), and a paragraph quoting a person by name goes to the article
that names them (``move_quoted_paragraphs``). One reads the page's furniture: the editor's line,
with the box it closes, ends the text printed above it (``close_with_editor``). Each check
changes the layout in place and marks what it changed as doubtful (a lower confidence, shown for
review).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import regex

from ..model import Role
from .cohesion import PageBigrams, han_bigrams
from .features import LineFeatures, item_number, next_content, previous_content
from .headline_style import reads_on, telegraphic
from .headlines import Headline
from .pieces import End, Segment, Start, is_section_number
from .roles import PARAGRAPH_INDENT
from .roundups import joins_roundup

_PARAGRAPH, _OPEN = Start.PARAGRAPH, End.OPEN  # bound once (an Enum's attribute goes through its metaclass)
SPLIT_SHARE = 0.3  # share of a later headline's bigrams a text must hold to be split off as its article
LOOSE_SPLIT_SHARE = 0.2  # ... of a loose headline's (no text claimed it: a lower bar)
STRAY = 0.5  # the other headline's words found after the cut, at most this share of those before it
SPLIT_CONFIDENCE = 0.5  # layout confidence of an article split off by its headline
HEADLESS_JOINED = 0.5  # layout confidence of an article a headless text was joined to
# a paragraph opening on a named speaker: 徐寅生指出，… / 李明说： (the name: two or three characters)
SPEAKER = regex.compile(r"^(\p{Han}{2,3}?)(?:说|指出|表示|认为|强调|介绍|告诉|谈到|坦言|透露)")
QUOTED_MOVED = 0.5  # layout confidence of an article a speaker's paragraph was moved into
SUBHEAD_SHARE = 0.08  # bigram cosine of two texts that are one article parted by a subhead
ATOP_LINES = 3  # most lines of a headline glued on top of a column box
ATOP_MIN_HAN = 8  # fewest Han characters such a headline holds (fewer tell too little)
ATOP_SHARE = 0.5  # share of its bigrams the rest of the article's text must hold
# the editor's line that closes a page or a column: 责任编辑：某某, 本版编辑：某某 (a name or two)
EDITOR_LINE = regex.compile(r"^\s*(?:责\s*任|本\s*版)\s*编\s*辑\s*[：:]\s*\p{Han}{2,4}(?:\s+\p{Han}{2,4})?\s*$")
EDITOR_BOX = 3  # lines of the editor's box above the editor's line at most (a hotline and its number)


def move_quoted_paragraphs(
    chains: list[list[int]],
    sureness: list[float],
    segs: Sequence[Segment],
    feats: Sequence[LineFeatures],
    seg_hans: Sequence[str],
) -> None:
    """A paragraph opening on a named speaker goes to the article that names that person.

    A report introduces the people it quotes (国家体委副主任徐寅生…) and then reports them by
    name alone (徐寅生指出，…). A paragraph so opening, which the extractor's order put in an
    article never naming that person, while exactly one other article names them, belongs there:
    its pieces (up to the next paragraph of the article it sat in) move to that article's end,
    when that article ends a paragraph there. ``seg_hans``: each segment's Han text (a name is
    looked for in it).
    """
    # the first line of each piece opening a paragraph: where a speaker's name may open it
    text = {k: "".join(feats[s.first].text.split()) for k, s in enumerate(segs) if s.start is Start.PARAGRAPH}
    while _move_one_quoted(chains, sureness, segs, text, seg_hans):
        pass  # each move changes the chains the search walks: search again


def _move_one_quoted(
    chains: list[list[int]], sureness: list[float], segs: Sequence[Segment], text: dict[int, str], whole: Sequence[str]
) -> bool:
    for c, chain in enumerate(chains):
        for x in range(1, len(chain)):
            k = chain[x]
            m = SPEAKER.match(text[k]) if k in text else None
            if not m:
                continue
            name = m.group(1)
            y = x + 1  # the paragraph's pieces: those that go on from it
            while y < len(chain) and segs[chain[y]].start is Start.MIDDLE:
                y += 1
            run = chain[x:y]
            if any(name in whole[j] for j in chain if j not in run):
                continue  # its own article names the speaker
            naming = [o for o, other in enumerate(chains) if o != c and any(name in whole[j] for j in other)]
            if len(naming) != 1 or segs[chains[naming[0]][-1]].end is End.OPEN:
                continue
            o = naming[0]
            chains[o].extend(run)
            del chain[x:y]
            sureness[o] = min(sureness[o], QUOTED_MOVED)
            return True
    return False


def order_numbered_items(flows: list[list[int]], segs: Sequence[Segment], feats: Sequence[LineFeatures]) -> None:
    """Read an article of numbered items (photo captions ``１、…`` ``２、…``) from its first item.

    The extractor may emit a box of later items before the first one, and the layout, led by
    its order, then reads them so: item ２ before item １. When the article's text, read from the
    piece that opens its lowest item, numbers its items one after another, and it opens with an
    item or a photo's credit (not with a lead of its own), it is read from there; what came
    before that piece follows the last item (a caption's credit set on top of the next box). Its
    headline stays: it names the whole.
    """
    opening = {s.first: s for s in segs}
    for a, flow in enumerate(flows):
        starts = [p for p, i in enumerate(flow) if i in opening]
        if len(starts) < 2 or flow[0] not in opening:
            continue
        items = [(p, n) for p in starts if (n := item_number(feats[flow[p]].text)) is not None]
        if not items or (items[0][0] != 0 and opening[flow[0]].end is not End.CAPTION):
            continue  # it opens with its own text (a dateline, a lead): not a run of items
        if len(items) < 2 or all(m < n for (_, m), (_, n) in zip(items, items[1:], strict=False)):
            continue
        lowest = min(range(len(items)), key=lambda x: items[x][1])
        turned = [n for _, n in items[lowest:] + items[:lowest]]
        if turned == list(range(turned[0], turned[0] + len(turned))):
            at = items[lowest][0]
            flows[a] = flow[at:] + flow[:at]


def merge_roundup_items(
    chains: list[list[int]],
    segs: Sequence[Segment],
    flows: list[list[int]],
    heads: list[list[Headline]],
    feats: Sequence[LineFeatures],
) -> None:
    """A datelined item with no headline of its own, set right after a headlined article in the
    same column, is the next item of that article (a roundup: several datelines, one headline), or
    its opening where the headlined text reads on from elsewhere (its own start is missing)."""
    tail_of = {chain[-1]: a for a, chain in enumerate(chains)}
    for k, chain in enumerate(chains):
        first = chain[0]
        if heads[k] or not flows[k] or segs[first].start is not Start.ARTICLE or first == 0:
            continue
        before = tail_of.get(first - 1)
        if before is None or before == k or not heads[before] or not flows[before]:
            continue
        if not joins_roundup(feats[segs[first].first].text, [feats[i].text for i in flows[before]]):
            continue  # which reports a roundup gathers: see ``roundups``
        prev = segs[first - 1]
        if prev.end in (End.OPEN, End.CLOSED) or abs(prev.column - segs[first].column) > 0.75:
            continue
        if segs[chains[before][0]].start is Start.MIDDLE:
            # the headlined text reads on from elsewhere: no opening of its own, the dateline is it
            flows[before][:0] = flows[k]
        else:
            flows[before].extend(flows[k])
        flows[k] = []
        tail_of[chain[-1]] = before


def merge_headless(
    flows: list[list[int]],
    heads: list[list[Headline]],
    segs: Sequence[Segment],
    seg_sets: Sequence[set[str]],
    confidence: list[float],
    feats: Sequence[LineFeatures],
) -> None:
    """A headless text that opens with a paragraph, not a dateline, is a part of a headlined article.

    Every article is printed under a headline. A chain of pieces that got none, and that does not
    open an article (a dateline, an author), lost its link into the article it continues: its
    first piece sits elsewhere on the page, but the extractor set one of its pieces right after a
    piece of that article, where the text went on (its first piece too, unless another article's
    headline stands between the two: the text may open under it, unless that article opened with
    its dateline or author before it). It goes in after that piece, in the article it shares most
    words with among those so placed; the link is doubtful (for review). An article whose text
    ends on a section number goes on with it before all (the section's text follows its number).
    """
    seg_of = {s.first: k for k, s in enumerate(segs)}
    owner = {i: a for a, flow in enumerate(flows) for i in flow}
    headline_of = {i: a for a, groups in enumerate(heads) for g in groups for i in g.lines}

    def not_opened(a: int, host: int, at: int) -> bool:
        """Article ``a`` (another than ``host``) has no opening of its own (a dateline, an author)
        before line ``at``: a text there under its headline may be its start."""
        if a == host:
            return False
        k = seg_of.get(flows[a][0]) if flows[a] else None
        return k is None or segs[k].start is not Start.ARTICLE or segs[k].first > at

    for c, flow in enumerate(flows):
        k0 = seg_of.get(flow[0]) if flow else None
        if heads[c] or k0 is None or segs[k0].start is not Start.PARAGRAPH:
            continue
        mine = set().union(*(seg_sets[seg_of[i]] for i in flow if i in seg_of))
        options = []
        # no text ends on a section number (１, ２): the text under it opens with a paragraph
        # elsewhere, in a box the extractor gave apart
        for host, other in enumerate(flows):
            if host != c and heads[host] and other and is_section_number(feats[other[-1]].text):
                theirs = set().union(*(seg_sets[seg_of[j]] for j in other if j in seg_of))
                options.append((len(mine & theirs) / max(1, min(len(mine), len(theirs))), host, other[-1]))
        for i in ([] if options else flow):
            k = seg_of.get(i)
            if k is None or k == 0:
                continue  # not a segment's first line, or nothing before it
            before = segs[k - 1]
            host = owner.get(before.last)
            if host is None or host == c or not heads[host]:
                continue
            after = before.last if before.end is not _OPEN else _went_on(flows[host], before.last, segs, seg_of)
            if after is None:
                continue
            if i == flow[0] and any(not_opened(headline_of.get(j, host), host, i) for j in range(before.last + 1, i)):
                continue  # another article's headline between: the text may open under it
            theirs = set().union(*(seg_sets[seg_of[j]] for j in flows[host] if j in seg_of))
            options.append((len(mine & theirs) / max(1, min(len(mine), len(theirs))), host, after))
        if not options:
            continue
        _, host, after = max(options)
        at = flows[host].index(after) + 1
        flows[host][at:at] = flow
        for i in flow:
            owner[i] = host
        flows[c] = []
        confidence[host] = min(confidence[host], HEADLESS_JOINED)


def _went_on(flow: list[int], last: int, segs: Sequence[Segment], seg_of: Mapping[int, int]) -> int | None:
    """The last line of the article's text where the open piece ending on ``last`` went on: the
    extractor set that piece's continuation elsewhere (the head of its column, read with the rows
    above), and the column goes on after it. The line ending the flow's text, reached through
    open pieces only and closing a sentence; None when the text goes on past it."""
    pieces = [seg_of[i] for i in flow if i in seg_of]
    at = next((n for n, k in enumerate(pieces) if segs[k].last == last), None)
    if at is None:
        return None
    while at + 1 < len(pieces) and segs[pieces[at]].end is _OPEN:
        at += 1
    end = segs[pieces[at]]
    return end.last if at == len(pieces) - 1 and end.end is not _OPEN and end.last == flow[-1] else None


def merge_captions(
    flows: list[list[int]], heads: list[list[Headline]], segs: Sequence[Segment], confidence: list[float]
) -> None:
    """A headless photo caption goes with the article printed right after it.

    A text ending on its photo's credit (（新华社记者某某摄）) that got no headline, not even a
    dateline-less one to join (see ``merge_headless``), illustrates the article whose first piece
    the extractor set next: it opens that article, as the photo stands above the report.
    """
    seg_of = {s.first: k for k, s in enumerate(segs)}
    last_of = {s.last: k for k, s in enumerate(segs)}
    starts = {flow[0]: a for a, flow in enumerate(flows) if flow}
    for c, flow in enumerate(flows):
        if heads[c] or not flow or flow[-1] not in last_of:
            continue
        k = last_of[flow[-1]]
        if segs[k].end is not End.CAPTION or k + 1 >= len(segs):
            continue
        host = starts.get(segs[k + 1].first)
        if host is None or host == c or not heads[host] or seg_of.get(flows[host][0]) != k + 1:
            continue
        flows[host][:0] = flow
        flows[c] = []
        confidence[host] = min(confidence[host], HEADLESS_JOINED)


def _boxes(groups: Sequence[Headline]) -> list[list[Headline]]:
    """Headline groups (in raw order) gathered by box: touching lines go together."""
    boxes: list[list[Headline]] = []
    for g in groups:
        if boxes and g.first == boxes[-1][-1].lines[-1] + 1:
            boxes[-1].append(g)
        else:
            boxes.append([g])
    return boxes


def split_by_headlines(
    chains: list[list[int]],
    sureness: list[float],
    headlines: Sequence[Headline],
    owners: Sequence[int | None],
    sure_loose: Sequence[bool],
    segs: Sequence[Segment],
    seg_sets: Sequence[set[str]],
    feats: Sequence[LineFeatures],
) -> bool:
    """Split an article whose text is two texts, each named by a headline of its own box.

    Two articles set one after the other in the extractor's order (a paragraph's end, the next
    one's start) read as one; their headlines, bunched elsewhere, then both go to it, or the
    second finds no text of its own and stays loose. When the later headline's words (or those of
    a loose one sure by its shape, ``sure_loose``) are found only in the text from one paragraph
    start on and the article's other headline's before it (a few may recur after it), the text
    there is that headline's own article. Bunched headlines come in no telling order: any box of
    them may name the later text. Returns whether a chain was split (the caller assigns the headlines
    again).
    """

    def words(groups: Sequence[Headline]) -> set[str]:
        return han_bigrams("".join(feats[i].text for g in groups for i in g.lines))

    def split(
        a: int, tail_words: set[str], head_words: set[str], needed: float = SPLIT_SHARE, slack: float = 0.0
    ) -> bool:
        chain = chains[a]
        if not tail_words or not head_words:
            return False
        best = None
        # the bigrams before and after each paragraph start, made once a chain (asked of it
        # for each of its headlines and each loose one; no chain changes before a split returns)
        found = cuts.get(a)
        if found is None:
            opening = [j for j in range(1, len(chain)) if _opens_paragraph_after(chain, j, segs)]
            found = cuts[a] = list(zip(opening, *_cut_bigrams(chain, opening, seg_sets), strict=True))
        for j, head, tail in found:
            share = len(tail_words & tail) / len(tail_words)
            # the other headline's words stay before the cut (``slack``: a few of them may recur)
            stray, kept = len(head_words & tail), len(head_words & head)
            if share >= needed and not tail_words & head and kept and stray <= slack * kept:
                if best is None or (share, -stray) > best[:2]:
                    best = (share, -stray, j)
        if best is None:
            return False
        j = best[2]
        chains.append(chain[j:])
        sureness.append(min(sureness[a], SPLIT_CONFIDENCE))
        del chain[j:]
        return True

    cuts: dict[int, list[tuple[int, set[str], set[str]]]] = {}
    by_article: dict[int, list[Headline]] = {}
    for h, owner in zip(headlines, owners, strict=True):
        if owner is not None:
            by_article.setdefault(owner, []).append(h)
    for a, groups in by_article.items():
        if len(chains[a]) < 2:
            continue
        groups = sorted(groups, key=lambda g: g.first)
        for n in range(1, len(groups)):
            if groups[n].first == groups[n - 1].lines[-1] + 1:
                continue  # touching lines: one box (a title and its subtitle)
            if split(a, words(groups[n:]), words(groups[:n]), slack=STRAY):
                return True
        # headlines bunched apart from their texts come in no telling order: the earlier box's
        # headline may name the later text
        boxes = _boxes(groups)
        if len(boxes) >= 2:
            for n, box in enumerate(boxes[:-1]):
                if split(a, words(box), words([g for m, b in enumerate(boxes) if m != n for g in b]), slack=STRAY):
                    return True
    for h, sure in zip(headlines, sure_loose, strict=True):
        if sure:
            for a, groups in by_article.items():
                if len(chains[a]) >= 2 and split(a, words([h]), words(groups), LOOSE_SPLIT_SHARE, STRAY):
                    return True
                # ... or the loose one names the text before the cut, the article's own the text after
                if len(chains[a]) >= 2 and split(a, words(groups), words([h]), SPLIT_SHARE, STRAY):
                    return True
    return False


def _opens_paragraph_after(chain: Sequence[int], j: int, segs: Sequence[Segment]) -> bool:
    """The chain's ``j``-th segment opens a paragraph after a closed one: a text may be cut there."""
    return segs[chain[j]].start is _PARAGRAPH and segs[chain[j - 1]].end is not _OPEN


def _cut_bigrams(
    chain: Sequence[int], cuts: Sequence[int], seg_sets: Sequence[set[str]]
) -> tuple[list[set[str]], list[set[str]]]:
    """The bigrams of the chain's segments before and from each cut (rising positions): each
    union grown from the one before it (from the last, for the tails), not made anew."""
    heads: list[set[str]] = []
    head: set[str] = set()
    at = 0
    for j in cuts:
        head = head.union(*(seg_sets[k] for k in chain[at:j]))
        heads.append(head)
        at = j
    tails: list[set[str]] = []
    tail: set[str] = set()
    at = len(chain)
    for j in reversed(cuts):
        tail = tail.union(*(seg_sets[k] for k in chain[j:at]))
        tails.append(tail)
        at = j
    return heads, tails[::-1]


_HAN_RUN = regex.compile(r"\p{Han}+")


def _word_bigrams(text: str) -> set[str]:
    """The bigrams of a headline's words: within its runs of Han characters (none across a mark)."""
    return set().union(*(han_bigrams(run) for run in _HAN_RUN.findall(text)))


def move_named_tails(
    chains: list[list[int]],
    sureness: list[float],
    headlines: Sequence[Headline],
    owners: Sequence[int | None],
    segs: Sequence[Segment],
    seg_sets: Sequence[set[str]],
    feats: Sequence[LineFeatures],
) -> bool:
    """Move a text's tail that another article's headline names to that article's end.

    The extractor may read the last paragraphs of one article right after another article's
    text (a box given out of order): from a paragraph start on, the text then names the other
    article's headline (a share of its words, read within its marks), and none of its own
    headline's words, while the text before names its own headline and a third as many of the
    other's at most (a word may recur by chance: 祝贺 in both). Those paragraphs are the other
    article's (its later ones: they go on at its end). Returns whether a tail moved (the caller
    assigns the headlines again).
    """
    by_article: dict[int, list[Headline]] = {}
    for h, owner in zip(headlines, owners, strict=True):
        if owner is not None:
            by_article.setdefault(owner, []).append(h)
    if len(by_article) < 2:
        return False
    words = {
        a: _word_bigrams("".join(feats[i].text for g in groups for i in g.lines)) for a, groups in by_article.items()
    }
    for a, own in words.items():
        chain = chains[a]
        if len(chain) < 2 or not own:
            continue
        # a tail names none of its own headline's words: it starts after the last piece that does
        last = max((x for x, k in enumerate(chain) if own & seg_sets[k]), default=len(chain))
        starts = [j for j in range(last + 1, len(chain)) if _opens_paragraph_after(chain, j, segs)]
        if not starts:
            continue
        for j, head, tail in zip(starts, *_cut_bigrams(chain, starts, seg_sets), strict=True):
            for b, theirs in words.items():
                share = len(theirs & tail) / len(theirs) if theirs else 0.0
                by_chance = 3 * len(theirs & head) <= len(theirs & tail)
                if b != a and share >= SPLIT_SHARE and by_chance and segs[chains[b][-1]].end is not End.OPEN:
                    chains[b].extend(chain[j:])
                    del chain[j:]
                    sureness[b] = min(sureness[b], SPLIT_CONFIDENCE)
                    return True
    return False


def headline_atop(
    flows: Sequence[Sequence[int]],
    heads: Sequence[Sequence[Headline]],
    segs: Sequence[Segment],
    feats: Sequence[LineFeatures],
    bigrams: PageBigrams,
    bunched: frozenset[int] = frozenset(),
) -> set[int]:
    """The headline of a headless article, glued by the extractor on top of one of its boxes.

    Every article is printed under a headline. When an article got none, the extractor may have
    put its headline in the box of a column below it: the box then opens with full-width lines
    that read as one telegraphic headline (no punctuation, no particle), that do not read on into
    the text under them, and whose words the rest of the article holds. An article headed only
    by headlines of a bunch (``bunched``: their first lines) that share no word with it got them
    by order alone: its glued headline is its own too. Returns those lines (the caller lays the
    page out again with them as headline lines).
    """
    seg_of = {s.first: k for k, s in enumerate(segs)}
    found: set[int] = set()
    for c, flow in enumerate(flows):
        if not flow or (heads[c] and not _by_order(heads[c], flow, feats, bunched)):
            continue
        for i in flow:
            k = seg_of.get(i)
            if k is None:
                continue
            s = segs[k]
            if s.start is not Start.MIDDLE or (s.first > 0 and not feats[s.first - 1].blank):
                continue  # not the top of a box
            top = _glued_headline(s, flow, feats, bigrams)
            if top:
                found.update(top)
                break
    return found


def _by_order(
    groups: Sequence[Headline], flow: Sequence[int], feats: Sequence[LineFeatures], bunched: frozenset[int]
) -> bool:
    """Whether an article's headlines are all of a bunch and share no word with its text."""
    if any(g.first not in bunched for g in groups):
        return False
    words = han_bigrams("".join(feats[i].text for g in groups for i in g.lines))
    return not words & han_bigrams("".join(feats[i].text for i in flow))


def _glued_headline(
    s: Segment, flow: Sequence[int], feats: Sequence[LineFeatures], bigrams: PageBigrams
) -> list[int]:
    """The longest run of the segment's first lines that reads as the article's glued headline."""
    lines = s.lines
    for n in range(min(ATOP_LINES, len(lines) - 1), 0, -1):
        top = lines[:n]
        text = "".join(feats[i].text for i in top)
        if not telegraphic(text, ATOP_MIN_HAN) or reads_on(text, feats[lines[n]].text, bigrams):
            continue
        words = han_bigrams(text)
        rest = han_bigrams("".join(feats[i].text for i in flow if i not in top))
        if words and len(words & rest) >= ATOP_SHARE * len(words):
            return list(top)
    return []


def merge_subheads(
    flows: list[list[int]],
    heads: list[list[Headline]],
    segs: Sequence[Segment],
    feats: Sequence[LineFeatures],
    confidence: list[float],
    column: Mapping[int, float],
    flow_sets: Mapping[int, set[str]] | None = None,
) -> dict[int, float]:
    """Headlines that are in-body subheads of an article, made paragraphs of it.

    A long feature is parted by subheads set like headlines (``以核养核，滚动发展``). The text
    under one opens with a plain paragraph (no dateline, no author) and goes on about what the
    article above it is about: the two share far more words than two reports do (measured on the
    dev pages: 0.10 and more against 0.05 at most). That text, its subhead first, goes on the
    article above it. So does an article's second headline set between two lines of its own text
    go into that text. Returns the subhead lines with the column width of the text they joined
    (``column``: each segment line's column width; ``flow_sets``: the Han bigrams of some flows,
    the caller's, not changed here; their role is the caller's to set; the joined article is
    marked doubtful).
    """
    opening = {s.first: s for s in segs}
    owner = {i: a for a, flow in enumerate(flows) for i in flow}
    # each flow's bigrams, made when first asked (few flows are) unless given
    known: dict[int, set[str]] = dict(flow_sets or {})

    def words(a: int) -> set[str]:
        if a not in known:
            known[a] = han_bigrams("".join(feats[i].text for i in flows[a]))
        return known[a]

    found: dict[int, float] = {}
    for c, flow in enumerate(flows):
        if not heads[c] or not flow or flow[0] not in opening or opening[flow[0]].start is Start.ARTICLE:
            continue
        above = owner.get(previous_content(min(g.first for g in heads[c]), feats))
        if above is None or above == c or not heads[above] or not flows[above]:
            continue
        mine, theirs = words(c), words(above)
        if not mine or not theirs or len(mine & theirs) < SUBHEAD_SHARE * math.sqrt(len(mine) * len(theirs)):
            continue
        lines = sorted(i for g in heads[c] for i in g.lines)
        found.update((i, column[flow[0]]) for i in lines)
        flows[above].extend(lines + flow)
        for i in flow:
            owner[i] = above
        known[above] = theirs | mine
        flows[c], heads[c] = [], []
        confidence[above] = min(confidence[above], HEADLESS_JOINED)
    # a second headline of an article set between two lines of its own text, apart from its title
    for c, groups in enumerate(heads):
        if len(groups) < 2:
            continue
        # (not the first in print order: the title stays, its box moved between two of the text's)
        for g in sorted(groups, key=lambda g: g.first)[1:]:
            before, after = previous_content(g.first, feats), next_content(g.lines[-1], feats)
            if owner.get(before) == c and owner.get(after) == c:
                at = flows[c].index(before) + 1
                flows[c][at:at] = list(g.lines)
                found.update((i, column.get(before, 0.0)) for i in g.lines)
                groups.remove(g)
    return found


def merge_byline_boxes(
    flows: list[list[int]],
    heads: list[list[Headline]],
    roles: Sequence[Role],
    feats: Sequence[LineFeatures],
    confidence: list[float],
) -> None:
    """A byline set over two boxes (the author's unit, then the name) is one article's.

    An article's byline stands over its text, so a text ending on a byline line is the top of an
    article whose byline goes on in the next box: when the next line in the raw order opens
    another text with a byline line, and one of the two texts at most got a headline, the two
    are one article (the byline's box first), under that headline.
    """
    first = {flow[0]: a for a, flow in enumerate(flows) if flow}
    for a, flow in enumerate(flows):
        if not flow or roles[flow[-1]] is not Role.BYLINE:
            continue
        b = first.pop(next_content(flow[-1], feats), None)
        if b is None or b == a or roles[flows[b][0]] is not Role.BYLINE or (heads[a] and heads[b]):
            continue
        flow.extend(flows[b])
        heads[a].extend(heads[b])
        flows[b], heads[b] = [], []
        confidence[a] = min(confidence[a], confidence[b], HEADLESS_JOINED)


def close_with_editor(flows: list[list[int]], feats: Sequence[LineFeatures], confidence: list[float]) -> None:
    """The editor's line (责任编辑：某某), with the lines of its box above it, ends the text above it.

    The line is set at the foot of a column, under the last text there (a hotline and its number
    may stand in its box too): it closes that text and no text goes on after it. The layout, led
    by the box's few words, may link it into another article: when the text line right above the
    box in the raw order is the last of its article, the box goes to that article's end (marked
    doubtful). The box: the editor's line and the lines its flow reads right before it, those
    that come right before it in the raw order too (blank lines between them at most).
    """
    owner = {i: a for a, flow in enumerate(flows) for i in flow}
    for i, f in enumerate(feats):
        if i not in owner or "编" not in f.text or not EDITOR_LINE.match(f.text):
            continue
        flow = flows[owner[i]]
        at = start = flow.index(i)
        while start > 0 and at - start < EDITOR_BOX and previous_content(flow[start], feats) == flow[start - 1]:
            start -= 1
        above = previous_content(flow[start], feats)
        host = owner.get(above)
        if host is None or host == owner[i] or flows[host][-1] != above:
            continue
        box = flow[start : at + 1]
        del flow[start : at + 1]
        flows[host].extend(box)
        for j in box:
            owner[j] = host
        confidence[host] = min(confidence[host], HEADLESS_JOINED)


def first_line_shaped(h: Headline, feats: Sequence[LineFeatures], column: float) -> bool:
    """A one-line headline as wide as a paragraph's first line (short of the column by the lost
    indent) that ends no clause: over an article whose text begins mid-sentence, it is that
    paragraph's first line, set alone by the extractor, not a headline."""
    if len(h.lines) != 1:
        return False
    f = feats[h.first]
    return not f.ends_clause and column - PARAGRAPH_INDENT <= f.width < column - 1.0
