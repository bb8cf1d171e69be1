"""What a client reads from the environment when it makes its own session."""

from __future__ import annotations

import flamehub


def test_proxies_are_read_once_when_the_client_is_made(monkeypatch):
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    monkeypatch.setenv("NO_PROXY", "internal.example")
    client = flamehub.CoreClient(base_url="https://core.privateaim.dev/")
    assert client.session.proxies.get("https") == "http://proxy.example:3128"
    assert client.session.trust_env is False  # not read again on every request
    internal = flamehub.CoreClient(base_url="https://hub.internal.example/core/")
    assert "https" not in internal.session.proxies


def test_a_given_session_is_used_as_it_is(monkeypatch):
    import requests

    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    session = requests.Session()
    client = flamehub.CoreClient(client=session)
    assert client.session is session and session.trust_env is True
    assert session.proxies == {}
