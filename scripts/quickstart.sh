#!/bin/sh
# Set up a virtual environment with flamehub and its emulator, then walk through the quickstart
# against a Hub emulator started on a free port (or the Hub named by FLAMEHUB_* variables).
set -eu
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
[ -x .venv-quickstart/bin/python ] || "$PYTHON" -m venv .venv-quickstart
.venv-quickstart/bin/python -m pip install --quiet ".[testing]"
exec .venv-quickstart/bin/python examples/quickstart.py "$@"
