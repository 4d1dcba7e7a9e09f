"""The analysis engine: proposes every decision about a page (roles, breaks, article layout)."""

from .engine import propose

__all__ = ["propose"]
