"""The engine: proposes roles, paragraph breaks and the article layout of a page.

Steps, each in its own module:
1. ``features``: per-line width, sentence ends, datelines, author lines; page column widths.
2. ``roles``: furniture at the page top, headline lines, author lines, photo credits.
3. ``pieces``: runs between blank lines, cut into body segments with their start/end shapes.
4. ``layout``: segments linked into articles (shape, width, junction, content, order), with a
   confidence per article from its weakest link's margin.
5. ``headlines``: headline lines grouped, given to articles by content and position, roles named;
   a headless agency item after a headlined article joins it (roundups).
6. ``paragraphs``: a break decision for each line of an article's flow.
``cohesion`` holds the text statistics learned from the page (bigram PMI, idf-weighted bigrams).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import ArticlePlan, Break, Decision, Decisions, Line, Piece, Role
from .cohesion import PageBigrams, han_bigrams, han_text, joined_bigrams
from .features import LineFeatures, line_features
from .fragments import attach_fragments
from .headline_style import reads_on
from .headlines import Headline, assign_headlines, group_headlines, headline_roles
from .layout import link_segments
from .paragraphs import break_score, decide, first_line_scores, item_scores
from .pieces import End, Segment, Start, runs_of, segments_of
from .roles import PARAGRAPH_INDENT, furniture_lines, propose_roles
from .roundups import joins_roundup


def propose(lines: Sequence[Line]) -> Decisions:
    feats = [line_features(line.text) for line in lines]
    noise = furniture_lines(feats)
    runs = runs_of(feats, noise)
    bigrams = PageBigrams(f.text for f in feats if not f.blank)
    roles, heads = propose_roles(feats, runs, noise, bigrams)
    decisions, text_lines = _propose(feats, runs, bigrams, roles, heads)
    if not text_lines:
        return decisions
    # lines taken for headlines that the first layout showed to be text: laid out again as text,
    # so that the column pieces around them link through them (a paragraph's first line set
    # alone reads on into the full line of the next piece)
    for i in text_lines:
        roles[i] = Decision(Role.BODY, LOOSE_HEADLINE)
    return _propose(feats, runs, bigrams, roles, heads - text_lines)[0]


def _propose(
    feats: Sequence[LineFeatures],
    runs: Sequence,
    bigrams: PageBigrams,
    roles: list[Decision[Role]],
    heads: set[int],
) -> tuple[Decisions, set[int]]:
    """Decisions from the line roles, and the headline lines the layout found to be text."""
    roles = list(roles)
    role_values = [d.value for d in roles]
    segs = segments_of(runs, feats, role_values)
    after_headline = [_follows_headline(s, feats, heads) for s in segs]
    # each segment's Han text and bigrams made once: the article bodies' bigrams are their unions
    # plus the pairs across junctions (``joined_bigrams``), not rebuilt from the bodies' text
    seg_hans = [han_text(" ".join(feats[i].text for i in s.lines)) for s in segs]
    seg_sets = [set(map(str.__add__, h, h[1:])) for h in seg_hans]
    chains, sureness = link_segments(segs, feats, after_headline, bigrams, heads, seg_sets)

    # articles' body lines in flow order
    grouped = group_headlines(heads, feats)
    while True:
        flows = [[i for k in chain for i in segs[k].lines] for chain in chains]
        body_sets = [joined_bigrams([seg_hans[k] for k in chain], [seg_sets[k] for k in chain]) for chain in chains]
        firsts = [flow[0] for flow in flows]
        line_sets = [frozenset(flow) for flow in flows]
        headlines, owners = assign_headlines(grouped, (), line_sets, firsts, feats, body_sets)
        sure_loose = [
            o is None and all(roles[i].confidence >= SURE_HEADLINE for i in h.lines)
            for h, o in zip(headlines, owners, strict=True)
        ]
        if not _split_by_headlines(chains, sureness, headlines, owners, sure_loose, segs, seg_sets, feats):
            break

    article_heads: list[list[Headline]] = [[] for _ in flows]
    confidence = list(sureness)
    loose: list[Headline] = []
    for h, owner in zip(headlines, owners, strict=True):
        if owner is not None:
            article_heads[owner].append(h)
        elif all(roles[i].confidence < SURE_HEADLINE for i in h.lines):
            loose.append(h)  # doubtful by its shape too: text, see below
        else:
            # a clear headline no body on the page claims stays loose, shown for review
            for i in h.lines:
                roles[i] = Decision(Role.TITLE, LOOSE_HEADLINE)
    _merge_roundup_items(chains, segs, flows, article_heads, feats)
    _merge_headless(flows, article_heads, segs, seg_sets, confidence)
    _merge_captions(flows, article_heads, segs, confidence)
    # a doubtful headline no body on the page claims is a fragment of text that only looked like
    # one: it goes back into the text beside it, doubtful, shown for review
    loose_columns = _place_loose(loose, flows, segs, feats, bigrams)
    for i in loose_columns:
        roles[i] = Decision(Role.BODY, LOOSE_HEADLINE)
        role_values[i] = Role.BODY
    text_lines = set(loose_columns)
    for chain, groups in zip(chains, article_heads, strict=True):
        if chain and segs[chain[0]].start is Start.MIDDLE:
            # the article's column: that of its longest segment (a lone line borrows a width)
            column = max((segs[k] for k in chain), key=lambda s: len(s.lines)).column
            text_lines.update(i for g in groups if _first_line_shaped(g, feats, column) for i in g.lines)
    for groups in article_heads:
        groups.sort(key=lambda g: g.first)
        for g, role in zip(groups, headline_roles(groups, feats), strict=True):
            for i in g.lines:
                roles[i] = Decision(role, roles[i].confidence)

    attach_fragments(flows, [bool(h) for h in article_heads], feats)
    _attach_credits(flows, role_values, feats)

    column = {i: s.column for s in segs for i in s.lines}
    column.update(loose_columns)
    breaks: dict[int, Decision[Break]] = {}
    for flow in flows:
        body = [i for i in flow if role_values[i] is Role.BODY]
        scores = [
            break_score(feats[a], column[a], feats[b], column[b], feats[b - 1].blank)
            for a, b in zip(body, body[1:], strict=False)
        ]
        scores = first_line_scores(scores, [feats[i] for i in body], [column[i] for i in body])
        for a, score in zip(body, item_scores(scores, [feats[i] for i in body]), strict=False):
            breaks[a] = decide(score)

    plans = []
    for flow, groups, sure in zip(flows, article_heads, confidence, strict=True):
        head_lines = [i for g in groups for i in g.lines]
        order = head_lines + flow
        if not order:
            continue
        plans.append((min(order), ArticlePlan(_pieces(order, feats), sure)))
    plans.sort(key=lambda p: p[0])
    return Decisions(roles=tuple(roles), breaks=breaks, articles=tuple(p for _, p in plans)), text_lines


LOOSE_HEADLINE = 0.3  # confidence of a headline left in no article
SPLIT_SHARE = 0.3  # share of a later headline's bigrams a text must hold to be split off as its article
LOOSE_SPLIT_SHARE = 0.2  # ... of a loose headline's (no text claimed it: a lower bar)
SPLIT_CONFIDENCE = 0.5  # layout confidence of an article split off by its headline
HEADLESS_JOINED = 0.5  # layout confidence of an article a headless text was joined to
SURE_HEADLINE = 0.8  # role confidence of a line that is a headline by its shape beyond doubt


def _merge_roundup_items(
    chains: list[list[int]],
    segs: Sequence[Segment],
    flows: list[list[int]],
    heads: list[list[Headline]],
    feats: Sequence[LineFeatures],
) -> None:
    """A datelined item with no headline of its own, set right after a headlined article in the
    same column, is the next item of that article (a roundup: several datelines, one headline)."""
    chain_of = {chain[0]: a for a, chain in enumerate(chains)}
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
        flows[before].extend(flows[k])
        flows[k] = []
        tail_of[chain[-1]] = before
        del chain_of[first]


def _split_by_headlines(
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
    start on and the article's other headline's only before it, the text there is that
    headline's own article. Returns whether a chain was split (the caller assigns the headlines
    again).
    """

    def words(groups: Sequence[Headline]) -> set[str]:
        return han_bigrams("".join(feats[i].text for g in groups for i in g.lines))

    def split(a: int, tail_words: set[str], head_words: set[str], needed: float = SPLIT_SHARE) -> bool:
        chain = chains[a]
        if not tail_words or not head_words:
            return False
        best = None
        for j in range(1, len(chain)):
            if segs[chain[j]].start is not Start.PARAGRAPH or segs[chain[j - 1]].end is End.OPEN:
                continue
            head = set().union(*(seg_sets[k] for k in chain[:j]))
            tail = set().union(*(seg_sets[k] for k in chain[j:]))
            share = len(tail_words & tail) / len(tail_words)
            if share >= needed and not tail_words & head and not head_words & tail and head_words & head:
                if best is None or share > best[0]:
                    best = (share, j)
        if best is None:
            return False
        j = best[1]
        chains.append(chain[j:])
        sureness.append(min(sureness[a], SPLIT_CONFIDENCE))
        del chain[j:]
        return True

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
            if split(a, words(groups[n:]), words(groups[:n])):
                return True
    for h, sure in zip(headlines, sure_loose, strict=True):
        if sure:
            for a, groups in by_article.items():
                if len(chains[a]) >= 2 and split(a, words([h]), words(groups), LOOSE_SPLIT_SHARE):
                    return True
    return False


def _merge_headless(
    flows: list[list[int]],
    heads: list[list[Headline]],
    segs: Sequence[Segment],
    seg_sets: Sequence[set[str]],
    confidence: list[float],
) -> None:
    """A headless text that opens with a paragraph, not a dateline, is a part of a headlined article.

    Every article is printed under a headline. A chain of pieces that got none, and that does not
    open an article (a dateline, an author), lost its link into the article it continues: its
    first piece sits elsewhere on the page, but the extractor set one of its later pieces right
    after a piece of that article, where the text went on. It goes in after that piece, in the
    article it shares most words with among those so placed; the link is doubtful (for review).
    """
    seg_of = {s.first: k for k, s in enumerate(segs)}
    owner = {i: a for a, flow in enumerate(flows) for i in flow}
    for c, flow in enumerate(flows):
        k0 = seg_of.get(flow[0]) if flow else None
        if heads[c] or k0 is None or segs[k0].start is not Start.PARAGRAPH:
            continue
        mine = set().union(*(seg_sets[seg_of[i]] for i in flow if i in seg_of))
        options = []
        for i in flow[1:]:
            k = seg_of.get(i)
            if not k:
                continue
            before = segs[k - 1]
            host = owner.get(before.last)
            if host is None or host == c or not heads[host] or before.end is End.OPEN:
                continue
            theirs = set().union(*(seg_sets[seg_of[j]] for j in flows[host] if j in seg_of))
            options.append((len(mine & theirs) / max(1, min(len(mine), len(theirs))), host, before.last))
        if not options:
            continue
        _, host, after = max(options)
        at = flows[host].index(after) + 1
        flows[host][at:at] = flow
        for i in flow:
            owner[i] = host
        flows[c] = []
        confidence[host] = min(confidence[host], HEADLESS_JOINED)


def _merge_captions(
    flows: list[list[int]], heads: list[list[Headline]], segs: Sequence[Segment], confidence: list[float]
) -> None:
    """A headless photo caption goes with the article printed right after it.

    A text ending on its photo's credit (（新华社记者某某摄）) that got no headline, not even a
    dateline-less one to join (see ``_merge_headless``), illustrates the article whose first piece
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


def _place_loose(
    loose: Sequence[Headline],
    flows: list[list[int]],
    segs: Sequence[Segment],
    feats: Sequence[LineFeatures],
    bigrams: PageBigrams,
) -> dict[int, float]:
    """Put loose headline lines into the flow beside them: before the next text line when they read
    on into it (``国家教委虽然三令`` / ``五申…``), else after the text line above them. Returns
    each placed line with the column width of the text it joined."""
    seg_column = {i: s.column for s in segs for i in s.lines}
    where = {i: a for a, flow in enumerate(flows) for i in flow}
    placed: dict[int, float] = {}
    for h in loose:
        text = "".join(feats[i].text for i in h.lines)
        before = next((j for j in range(h.first - 1, -1, -1) if j in where and j in seg_column), None)
        after = next((j for j in range(h.lines[-1] + 1, len(feats)) if j in where and j in seg_column), None)
        if after is not None and (before is None or reads_on(text, feats[after].text, bigrams)):
            flow, at = flows[where[after]], flows[where[after]].index(after)
            anchor = after
        elif before is not None:
            flow, at = flows[where[before]], flows[where[before]].index(before) + 1
            anchor = before
        else:
            continue
        flow[at:at] = list(h.lines)
        for i in h.lines:
            where[i] = where[anchor]
            placed[i] = seg_column[anchor]
    return placed


def _first_line_shaped(h: Headline, feats: Sequence[LineFeatures], column: float) -> bool:
    """A one-line headline as wide as a paragraph's first line (short of the column by the lost
    indent) that ends no clause: over an article whose text begins mid-sentence, it is that
    paragraph's first line, set alone by the extractor, not a headline."""
    if len(h.lines) != 1:
        return False
    f = feats[h.first]
    return not f.ends_clause and column - PARAGRAPH_INDENT <= f.width < column - 1.0


def _follows_headline(seg: Segment, feats: Sequence, heads: set[int]) -> bool:
    j = seg.first - 1
    while j >= 0 and feats[j].blank:
        j -= 1
    return j in heads


def _attach_credits(flows: list[list[int]], roles: Sequence[Role], feats: Sequence) -> None:
    """A photo credit line goes to the article whose text it follows."""
    owner = {i: a for a, flow in enumerate(flows) for i in flow}
    for i, role in enumerate(roles):
        if role is not Role.CREDIT:
            continue
        j = i - 1
        while j >= 0 and j not in owner:
            j -= 1
        if j >= 0:
            flows[owner[j]].append(i)


def _pieces(order: Sequence[int], feats: Sequence) -> tuple[Piece, ...]:
    """Line indexes in flow order as pieces; a piece may span blank lines between its lines."""
    spans: list[list[int]] = []  # [first, last] of each piece, made a Piece once at the end
    for i in order:
        if spans:
            last = spans[-1]
            # the next line (the usual case) needs no scan of the lines between
            if i == last[1] + 1 or (i > last[1] and all(feats[k].blank for k in range(last[1] + 1, i))):
                last[1] = i
                continue
        spans.append([i, i])
    return tuple(Piece(first, last) for first, last in spans)


__all__ = ["propose"]
