#!/bin/sh
# Set up a fresh virtual environment, install flamehub from a freshly built wheel with its test
# extras (not editable, so the tests see what users install), then run the whole test suite.
set -eu
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
"$PYTHON" -m venv --clear .venv-test
.venv-test/bin/python -m pip install --quiet --upgrade pip
rm -rf dist-test
.venv-test/bin/python -m pip wheel --quiet --no-deps --wheel-dir dist-test .
wheel=$(ls dist-test/flamehub-*.whl)
.venv-test/bin/python -m pip install --quiet "$wheel[test]"
# Run from the repository, but import flamehub from the installed wheel: pytest (unlike
# `python -m pytest`) does not put the working directory on sys.path.
exec .venv-test/bin/pytest -q "$@"
