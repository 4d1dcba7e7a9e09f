#!/usr/bin/env bash
# Create .venv with proofer, then open the editor window on the bundled sample page.
set -euo pipefail
cd "$(dirname "$0")/.."
# PYTHON picks the interpreter (a PGO/LTO build, such as a distribution's python3, runs the
# engine ~15% faster than a default source build); python3 on the PATH otherwise
[ -x .venv/bin/python ] || "${PYTHON:-python3}" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e .
exec .venv/bin/proofer "$@"
