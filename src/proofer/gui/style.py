"""How roles, boundaries and doubt look, and their translated names (one place for both panes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ..app.edits import Boundary
from ..core.formats.sidecar import Status
from ..core.model import Role

# light tints, so that black text stays readable on every role
ROLE_TINT: dict[Role, QColor] = {
    Role.TITLE: QColor("#f8c9c4"),
    Role.KICKER: QColor("#fbdcb4"),
    Role.SUBTITLE: QColor("#f6eeb0"),
    Role.BODY: QColor("#ffffff"),
    Role.BYLINE: QColor("#cdeccb"),
    Role.CREDIT: QColor("#dcd3f2"),
    Role.NOISE: QColor("#e3e3e3"),
}
ROLE_KEYS: dict[Role, str] = {
    Role.TITLE: "T",
    Role.KICKER: "K",
    Role.SUBTITLE: "S",
    Role.BODY: "B",
    Role.BYLINE: "Y",
    Role.CREDIT: "C",
    Role.NOISE: "N",
}
BOUNDARY_KEYS: dict[Boundary, str] = {Boundary.JOIN: "J", Boundary.PARAGRAPH: "P", Boundary.ARTICLE: "A"}
# gutter marks: a join is quiet, a new paragraph a pilcrow, a new article a heavy rule
BOUNDARY_MARK: dict[Boundary, str] = {Boundary.JOIN: "·", Boundary.PARAGRAPH: "¶", Boundary.ARTICLE: "§"}
DOUBT_COLOUR = QColor("#e8590c")
HIGHLIGHT_COLOUR = QColor("#4dabf7")
CORRECTED_COLOUR = QColor("#2b8a3e")
ARTICLE_RULE = QColor("#495057")


def role_name(role: Role) -> str:
    names = {
        Role.TITLE: QCoreApplication.translate("Roles", "Title"),
        Role.KICKER: QCoreApplication.translate("Roles", "Kicker"),
        Role.SUBTITLE: QCoreApplication.translate("Roles", "Subtitle"),
        Role.BODY: QCoreApplication.translate("Roles", "Body"),
        Role.BYLINE: QCoreApplication.translate("Roles", "Byline"),
        Role.CREDIT: QCoreApplication.translate("Roles", "Credit"),
        Role.NOISE: QCoreApplication.translate("Roles", "Noise"),
    }
    return names[role]


def boundary_name(boundary: Boundary) -> str:
    names = {
        Boundary.JOIN: QCoreApplication.translate("Roles", "Join with next line"),
        Boundary.PARAGRAPH: QCoreApplication.translate("Roles", "New paragraph after"),
        Boundary.ARTICLE: QCoreApplication.translate("Roles", "New article after"),
    }
    return names[boundary]


def status_name(status: Status) -> str:
    names = {
        Status.UNREVIEWED: QCoreApplication.translate("Roles", "Unreviewed"),
        Status.IN_PROGRESS: QCoreApplication.translate("Roles", "In progress"),
        Status.REVIEWED: QCoreApplication.translate("Roles", "Reviewed"),
    }
    return names[status]


STATUS_MARK: dict[Status, str] = {Status.UNREVIEWED: "○", Status.IN_PROGRESS: "◐", Status.REVIEWED: "●"}
