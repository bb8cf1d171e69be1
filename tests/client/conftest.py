"""Clients logged in as the admin of an emulator shared by the tests of a module."""

from __future__ import annotations

import uuid

import pytest

import flamehub
from flamehub.auth import PasswordAuth


@pytest.fixture(scope="module")
def hub(hub_emulator_module):
    return hub_emulator_module


@pytest.fixture(scope="module")
def admin_auth(hub):
    return PasswordAuth("admin", "start123", base_url=hub.auth_url)


@pytest.fixture(scope="module")
def auth_client(hub, admin_auth):
    with flamehub.AuthClient(base_url=hub.auth_url, auth=admin_auth) as client:
        yield client


@pytest.fixture(scope="module")
def core(hub, admin_auth):
    with flamehub.CoreClient(base_url=hub.core_url, auth=admin_auth) as client:
        yield client


@pytest.fixture(scope="module")
def storage(hub, admin_auth):
    with flamehub.StorageClient(base_url=hub.storage_url, auth=admin_auth) as client:
        yield client


@pytest.fixture
def unique():
    """A short unique suffix for names that the Hub keeps unique."""
    return uuid.uuid4().hex[:10]
