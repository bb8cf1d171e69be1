"""authup's token endpoint and the token check every protected route makes (hub-api 5 and 13).

Error answers differ by service, as observed on a running Hub: authup says ``invalid_token``
for a malformed bearer token (even on public routes), core and storage say ``BAD_REQUEST``
("One or many attributes may be invalid."). An expired token gives 400 ``expired_token`` on
every service (not observed on core/storage; the token check there passes authup's answer on,
so this is the most plausible choice). A request without a token gets 401 ``UNAUTHORIZED`` on
protected routes. ``Basic`` credentials work on core and storage only.
"""

from __future__ import annotations

import base64
import binascii
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, NoReturn

from flamehub.testing.errors import HubError
from flamehub.testing.store import Credential, Identity, Store
from flamehub.testing.tokens import TokenError, TokenIssuer

__all__ = ["Authenticator", "TokenSettings"]

INVALID_GRANT_MESSAGE = (
    "The provided authorization grant (e.g., authorization code, resource owner credentials) "
    "or refresh token is invalid, expired, revoked, does not match the redirection URI used in "
    "the authorization request, or was issued to another client."
)


@dataclass(frozen=True)
class TokenSettings:
    access_lifetime: float = 3600
    refresh_lifetime: float = 259200


def _token_error(code: str, message: str) -> HubError:
    """Errors of ``POST /token`` carry OAuth2's ``error`` and ``error_description`` too."""
    return HubError(400, code, message, error="invalid_request", error_description=message)


class Authenticator:
    def __init__(self, store: Store, settings: TokenSettings) -> None:
        self.store = store
        self.settings = settings
        self.issuer = TokenIssuer()
        self.token_requests = 0
        self._count_lock = threading.Lock()

    # ----------------------------------------------------------------------------------------
    # POST /auth/token

    def grant(self, body: Mapping[str, Any]) -> dict[str, Any]:
        with self._count_lock:
            self.token_requests += 1
        grant_type = self._grant_type(body)
        if grant_type == "password":
            credential = self._user(body)
            return self._tokens(credential, with_refresh=True)
        if grant_type == "robot_credentials":
            credential = self._robot(body)
            return self._tokens(credential, with_refresh=False)
        if grant_type == "refresh_token":
            return self._refresh(str(body.get("refresh_token") or ""))
        raise HubError(400, "invalid_grant", INVALID_GRANT_MESSAGE, error="invalid_grant")

    @staticmethod
    def _grant_type(body: Mapping[str, Any]) -> str | None:
        """The grant: the one named if the emulator knows it, else guessed from the fields
        (an unknown ``grant_type`` is ignored, as on a running Hub)."""
        named = body.get("grant_type")
        if named in ("password", "robot_credentials", "refresh_token"):
            return str(named)
        if body.get("username") and body.get("password"):
            return "password"
        if body.get("id") and body.get("secret"):
            return "robot_credentials"
        if body.get("refresh_token"):
            return "refresh_token"
        return None

    def _realm_id(self, value: Any) -> str | None:
        if not value:
            return None
        for row in self.store.rows("realms"):
            if row["id"] == str(value).lower() or row.get("name") == value:
                return str(row["id"])
        if value == "master":
            return self.store.master_realm_id
        return str(value)

    def _find(self, kind: str, ident: Any, realm_id: str | None) -> Credential | None:
        matches = [
            c
            for c in self.store.credentials.values()
            if c.type == kind
            and (c.id == str(ident).lower() or c.name == ident)
            and (realm_id is None or c.realm_id == realm_id)
        ]
        # Without a realm, a name is looked up in the master realm first.
        matches.sort(key=lambda c: c.realm_id != self.store.master_realm_id)
        return matches[0] if matches else None

    def _user(self, body: Mapping[str, Any]) -> Credential:
        credential = self._find("user", body.get("username"), self._realm_id(body.get("realm_id")))
        if credential is None or credential.secret != body.get("password"):
            raise _token_error("invalid_credentials", "The user credentials are invalid.")
        if not credential.active:
            raise _token_error("entity_inactive", "The user account is inactive.")
        return credential

    def _robot(self, body: Mapping[str, Any]) -> Credential:
        credential = self._find("robot", body.get("id"), None)
        if credential is None or credential.secret != body.get("secret"):
            raise _token_error("invalid_credentials", "The robot credentials are invalid.")
        if not credential.active:
            raise _token_error("entity_inactive", "The robot account is inactive.")
        return credential

    def _refresh(self, token: str) -> dict[str, Any]:
        try:
            claims = self.issuer.decode(token, "refresh_token")
        except TokenError as exc:
            if exc.reason == "expired":
                raise _token_error("expired_token", "The JWT has expired.") from None
            raise _token_error("invalid_token", "The JWT is invalid.") from None
        with self.store.lock:
            if not self.store.refresh_tokens.get(claims.jti):
                raise _token_error("inactive_token", "The JWT is not active.")
            # Rotation: a refresh token works once.
            self.store.refresh_tokens[claims.jti] = False
            credential = self.store.credentials.get(claims.sub)
        if credential is None:
            raise _token_error("invalid_token", "The JWT is invalid.")
        return self._tokens(credential, with_refresh=True)

    def _tokens(self, credential: Credential, with_refresh: bool) -> dict[str, Any]:
        realm_name = self._realm_name(credential.realm_id)
        access = self.issuer.issue(
            "access_token",
            credential.id,
            credential.type,
            credential.realm_id,
            realm_name,
            self.settings.access_lifetime,
        )
        # The real Hub reports max(3600, exp - now); the emulator reports its configured
        # lifetime so that a short-lived token is visible to the client under test.
        answer: dict[str, Any] = {
            "access_token": self.issuer.encode(access),
            "expires_in": int(self.settings.access_lifetime)
            if float(self.settings.access_lifetime).is_integer()
            else self.settings.access_lifetime,
            "token_type": "Bearer",
            "scope": "global",
        }
        if with_refresh:
            refresh = self.issuer.issue(
                "refresh_token",
                credential.id,
                credential.type,
                credential.realm_id,
                realm_name,
                self.settings.refresh_lifetime,
            )
            with self.store.lock:
                self.store.refresh_tokens[refresh.jti] = True
            answer["refresh_token"] = self.issuer.encode(refresh)
        return answer

    def _realm_name(self, realm_id: str) -> str:
        if realm_id == self.store.master_realm_id:
            return "master"
        row = self.store.get("realms", realm_id)
        return str(row["name"]) if row else ""

    # ----------------------------------------------------------------------------------------
    # Token check of protected routes

    def identify(self, authorization: str | None, service: str) -> Identity | None:
        """The identity a request's ``Authorization`` header names; ``None`` without one.
        Raises :class:`HubError` for a header that does not authenticate."""
        if not authorization:
            return None
        scheme, _, value = authorization.strip().partition(" ")
        scheme = scheme.lower()
        value = value.strip()
        if scheme == "basic":
            # authup ignores Basic credentials; core and storage swap them for a password grant.
            return None if service == "auth" else self._basic(value)
        if scheme != "bearer":
            return None
        if not value:
            self._bad_token(service, "malformed")
        try:
            claims = self.issuer.decode(value, "access_token")
        except TokenError as exc:
            self._bad_token(service, exc.reason)
        credential = self.store.credentials.get(claims.sub)
        if credential is None:
            self._bad_token(service, "invalid")
        return self._identity(credential)

    def _bad_token(self, service: str, reason: str) -> NoReturn:
        if reason == "expired":
            raise HubError(400, "expired_token", "The JWT has expired.")
        if service == "auth":
            if reason == "malformed":
                raise HubError(400, "invalid_token", "The token header could not be extracted.")
            raise HubError(400, "invalid_token", "The JWT is invalid.")
        raise HubError(400, "BAD_REQUEST", "One or many attributes may be invalid.")

    def _basic(self, value: str) -> Identity:
        try:
            username, _, password = base64.b64decode(value).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            raise HubError(400, "BAD_REQUEST", "One or many attributes may be invalid.") from None
        credential = self._user({"username": username, "password": password})
        return self._identity(credential)

    def _identity(self, credential: Credential) -> Identity:
        return Identity(
            type=credential.type,
            id=credential.id,
            name=credential.name,
            realm_id=credential.realm_id,
            realm_name=self._realm_name(credential.realm_id),
        )
