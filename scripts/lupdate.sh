#!/usr/bin/env bash
# Refresh the translation sources from the English strings in the code; then translate the new
# entries (type="unfinished") in Qt Linguist or by hand. The .qm files are built at run time.
set -euo pipefail
cd "$(dirname "$0")/.."
gui=src/proofer/gui
.venv/bin/pyside6-lupdate $gui/window.py $gui/lines.py $gui/articles.py $gui/commands.py $gui/style.py $gui/main.py \
  -ts resources/i18n/window_zh_CN.ts -target-language zh_CN -no-obsolete
.venv/bin/pyside6-lupdate $gui/proposal_list.py $gui/find_panel.py $gui/script_panel.py $gui/export_dialog.py \
  $gui/tools.py -ts resources/i18n/tools_zh_CN.ts -target-language zh_CN -no-obsolete
