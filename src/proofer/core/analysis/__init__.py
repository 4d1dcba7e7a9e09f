"""The analysis engine: proposes every decision about a page (roles, breaks, article layout)."""

from ..collector import collector_paused
from ..model import Line, lines_from_text
from .engine import propose
from .glued import unglue


def page_lines(text: str) -> tuple[Line, ...]:
    """A page's lines as the engine reads them: the raw lines, glued columns parted (``glued``)."""
    with collector_paused():  # (a line and its features' tuple for each line, freed by reference counting)
        return unglue(lines_from_text(text))


__all__ = ["page_lines", "propose"]
