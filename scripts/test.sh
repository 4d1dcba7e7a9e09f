#!/usr/bin/env bash
# Create .venv with proofer and its test tools, then run the whole test suite offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/python.sh  # the interpreter to make .venv from: $PYTHON, else the system's python3
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test]"
export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m pytest "$@"
