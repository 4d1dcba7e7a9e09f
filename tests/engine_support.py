"""Shared pieces of the engine's signal tests: an invented column of body text."""

from proofer.core.analysis.features import line_features

COLUMN = [
    "日， 密云区总工会新就业形态劳",
    "动者送温暖慰问活动启动。 该活",
    "动将为辖区余名快递员、外卖员",
    "等新就业形态劳动者送去保温杯",
]


def feats(lines):
    return [line_features(t) for t in lines]


def column(paragraphs: list[str], width: int = 12) -> list[str]:
    """Paragraphs set in a column of ``width`` characters whose first lines lost their indent."""
    out = []
    for text in paragraphs:
        first, rest = text[: width - 2], text[width - 2 :]
        out.append(first)
        out.extend(rest[k : k + width] for k in range(0, len(rest), width))
    return out
