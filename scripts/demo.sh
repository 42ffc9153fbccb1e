#!/usr/bin/env bash
# The main job on the bundled demo corpus: set up, ingest examples/demo into demo.db,
# link stories and facts, and print a summary of what was stored.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
rm -f demo.db demo.db-wal demo.db-shm
.venv/bin/recruitwatch ingest examples/demo --db demo.db
.venv/bin/recruitwatch summary --db demo.db
