#!/usr/bin/env bash
# Refresh resources/i18n/tools_zh_CN.ts from the tools' English strings (find, script check,
# export dialog, proposal list); then translate the new entries in Qt Linguist or by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/pyside6-lupdate src/proofer/gui/proposal_list.py src/proofer/gui/find_panel.py \
  src/proofer/gui/script_panel.py src/proofer/gui/export_dialog.py \
  -ts resources/i18n/tools_zh_CN.ts -target-language zh_CN -no-obsolete
