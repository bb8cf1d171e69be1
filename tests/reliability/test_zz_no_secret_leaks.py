"""Point 6, over the whole suite: no secret used in these tests (passwords, robot and registry
secrets, every token the emulators issued) appears in any ``flamehub`` log line, in the text of
any HubAPIError built or any exception a test expected, or in a repr the tests looked at.

It runs after every other test (see ``conftest.py``) and reads what the recorder collected.
"""

from __future__ import annotations

import pytest

from .helpers import RECORDER


@pytest.mark.after_everything
def test_no_secret_appears_in_logs_exceptions_or_reprs() -> None:
    texts = list(RECORDER.texts)
    if len(texts) < 500:
        pytest.skip("run with the rest of tests/reliability: too little was recorded")
    kinds = {where.split(" ", 1)[0] for where, _ in texts}
    assert {"log", "built", "expected", "repr"} <= kinds
    logged = {where for where, _ in texts if where.startswith("log ")}
    assert {"log flamehub.http", "log flamehub.auth"} <= logged
    secrets = {secret for secret in RECORDER.secrets if len(secret) >= 8}
    tokens = [secret for secret in secrets if secret.count(".") == 2]
    assert len(tokens) >= 50  # the emulators' tokens were learnt
    leaks = [(where, text[:200]) for where, text in texts for secret in secrets if secret in text]
    assert leaks == []
