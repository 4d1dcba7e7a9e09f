import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA = Path(__file__).parent / "data"


@pytest.fixture
def seed_text() -> str:
    return (DATA / "seed.txt").read_text("utf-8")


@pytest.fixture
def seed_truth() -> dict:
    import json

    return json.loads((DATA / "seed.truth.json").read_text("utf-8"))
