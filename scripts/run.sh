#!/usr/bin/env bash
# Create .venv with proofer, then open the editor window on the bundled sample page.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e .
exec .venv/bin/proofer "$@"
