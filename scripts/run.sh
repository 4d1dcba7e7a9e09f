#!/usr/bin/env bash
# Create .venv with proofer, then open the editor window on the bundled sample page.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/python.sh  # the interpreter to make .venv from: $PYTHON, else the system's python3
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e .
exec .venv/bin/proofer "$@"
