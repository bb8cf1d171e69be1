"""The quickstart runs end to end against an emulator and shows what it promises."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from flamehub.quickstart import HUB_VARIABLES, main

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "quickstart.py"


def test_quickstart_walks_through_every_step(monkeypatch, capsys):
    for name in HUB_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    main()
    out = capsys.readouterr().out
    assert "Started a Hub emulator at http://127.0.0.1:" in out
    assert "in realm master" in out
    assert "system robot secret is present: True" in out
    assert "the tarball holds: data/input.csv, main.py" in out
    assert "received status code 400 (undefined): Can't find realm entity by realm_id" in out
    assert "a missing node is None: True" in out
    assert out.rstrip().endswith("deleted the bucket, the analysis, the project and the node")


@pytest.mark.parametrize(
    "command",
    [[sys.executable, str(EXAMPLE)], [sys.executable, "-m", "flamehub", "quickstart"]],
    ids=["example-script", "module-command"],
)
def test_quickstart_commands_exit_cleanly(command):
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "deleted the bucket" in result.stdout


def test_some_but_not_all_hub_variables_name_the_missing_ones(monkeypatch):
    for name in HUB_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("FLAMEHUB_CORE_URL", "http://hub.example/core/")
    with pytest.raises(ValueError, match="set FLAMEHUB_AUTH_URL, FLAMEHUB_STORAGE_URL"):
        main()
