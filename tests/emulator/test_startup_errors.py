"""Starting an emulator the wrong way fails with an exception a caller can catch."""

from __future__ import annotations

import subprocess
import sys

import pytest

from flamehub.testing import HubEmulator


def test_a_taken_port_is_an_os_error_not_an_exit():
    with HubEmulator() as first:
        with pytest.raises(OSError, match=f"cannot listen on 127.0.0.1:{first.port}"):
            HubEmulator(port=first.port).start()


@pytest.mark.parametrize("port", [-1, 65536])
def test_a_port_out_of_range_is_refused(port):
    with pytest.raises(ValueError, match="between 0"):
        HubEmulator(port=port).start()


def test_a_token_lifetime_must_be_positive():
    with pytest.raises(ValueError, match="positive"):
        HubEmulator(token_lifetime=0)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--port", "99999"], "between 0"),
        (["--registry", "/no/such/resources.yaml"], "cannot read the registry"),
        (["--token-lifetime", "-5"], "positive"),
    ],
)
def test_serve_reports_bad_arguments_in_one_line(arguments, message):
    result = subprocess.run(
        [sys.executable, "-m", "flamehub", "serve", *arguments],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr
