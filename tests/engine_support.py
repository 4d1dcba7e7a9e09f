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
