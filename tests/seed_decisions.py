"""The seed page with a person's decisions for two of its articles, taken from its truth.

A sidecar fixes the roles, breaks and layout of the 密云 article (kicker and title printed far
below its body) and of the 老字号 article (title after its body, photo credit at its end), so
export tests check real text whatever the engine proposes for the rest of the page.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from proofer.core.formats import sidecar
from proofer.core.model import ArticlePlan, Break, Overrides, Piece, Role, _frozen, lines_from_text
from proofer.core.text import squash

DATA = Path(__file__).parent / "data"
# (headline line numbers with their roles, body line numbers) as printed on the seed page
MIYUN = ({199: Role.KICKER, 201: Role.TITLE}, (2, 54))
LAOZIHAO = ({264: Role.TITLE}, (244, 262))


def truth() -> dict:
    return json.loads((DATA / "seed.truth.json").read_text("utf-8"))


def _article_overrides(texts: list[str], heads: dict[int, Role], body: tuple[int, int], paragraphs: list[str],
                       roles: dict[int, Role], breaks: dict[int, Break]) -> ArticlePlan:
    for no, role in heads.items():
        roles[no - 1] = role
    target = [squash(p) for p in paragraphs]
    done, acc = 0, ""
    for i in range(body[0] - 1, body[1]):
        if not texts[i].strip():
            continue
        roles[i] = Role.BODY
        acc += squash(texts[i])
        ends = done < len(target) and acc.startswith(target[done]) and len(acc) == len(target[done])
        breaks[i] = Break.PARAGRAPH if ends else Break.JOIN
        if ends:
            done, acc = done + 1, ""
    pieces = tuple(Piece(no - 1, no - 1) for no in heads) + (Piece(body[0] - 1, body[1] - 1),)
    return ArticlePlan(pieces, 1.0, True)


def seed_overrides(text: str) -> Overrides:
    texts = [line.text for line in lines_from_text(text)]
    arts = {a["title"]: a for a in truth()["articles"]}
    roles: dict[int, Role] = {}
    breaks: dict[int, Break] = {}
    miyun = _article_overrides(texts, *MIYUN, arts["密云工会慰问2000余名新就业形态劳动者"]["paragraphs"], roles, breaks)
    # the credit ("孙妍 摄") is printed at the end of the last line and split off by reconstruction
    lzh = arts["北京老字号餐饮职工展技能比才艺"]
    last = lzh["paragraphs"][-1] + lzh["credit"]
    paras = lzh["paragraphs"][:-1] + [last]
    laozihao = _article_overrides(texts, *LAOZIHAO, paras, roles, breaks)
    return Overrides(roles=_frozen(roles), breaks=_frozen(breaks), articles=(miyun, laozihao))


def write_seed_page(folder: Path, name: str = "seed.txt", with_sidecar: bool = True) -> Path:
    """Copy the seed page into ``folder`` (with the person's sidecar beside it)."""
    folder.mkdir(parents=True, exist_ok=True)
    page = folder / name
    shutil.copyfile(DATA / "seed.txt", page)
    if with_sidecar:
        text = page.read_text("utf-8")
        lines = lines_from_text(text)
        car = sidecar.capture(lines, seed_overrides(text), (), sidecar.Status.IN_PROGRESS, sidecar.digest(text))
        sidecar.save(sidecar.sidecar_path(page), car, name)
    return page
