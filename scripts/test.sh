#!/usr/bin/env bash
# Create .venv with proofer and its test tools, then run the whole test suite offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test]"
export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m pytest "$@"
