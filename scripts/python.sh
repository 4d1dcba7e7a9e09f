# Sourced by the set-up scripts: the interpreter .venv is made from, in $PYTHON.
# PYTHON, when set, is used as given. Otherwise the system's own python3 (/usr/bin), when it is
# 3.11 or newer and can make a venv, else python3 on the PATH: distributions build their python3
# with profile-guided and link-time optimisation, which runs this interpreter-bound engine ~10 %
# fewer instructions per page, and faster per instruction, than a default source build (pyenv's).
usable() { "$1" -c 'import sys, ensurepip, venv; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; }
if [ -z "${PYTHON:-}" ]; then
  PYTHON=python3
  for candidate in /usr/bin/python3 /usr/local/bin/python3; do
    if [ -x "$candidate" ] && usable "$candidate"; then PYTHON=$candidate; break; fi
  done
fi
