"""Access and refresh tokens: JWTs signed with HMAC-SHA256 and a key of their own per emulator.

A token of one emulator therefore fails verification on another (nothing leaks between
instances). The claims are the ones authup puts in its tokens (hub-api section 5).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
import time
import uuid
from dataclasses import dataclass
from typing import Any

__all__ = ["TokenError", "TokenIssuer"]


class TokenError(Exception):
    """A token could not be used; ``reason`` is ``malformed``, ``invalid`` or ``expired``."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass(frozen=True)
class Claims:
    kind: str  # "access_token" | "refresh_token"
    jti: str
    sub: str
    sub_kind: str
    realm_id: str
    realm_name: str
    # NumericDate may carry a fraction; kept so that a one-second lifetime lasts one second.
    exp: float
    iat: int


class TokenIssuer:
    def __init__(self, issuer: str = "http://127.0.0.1/auth") -> None:
        self._key = secrets.token_bytes(32)
        self.issuer = issuer

    def issue(
        self, kind: str, sub: str, sub_kind: str, realm_id: str, realm_name: str, lifetime: float
    ) -> Claims:
        now = time.time()
        expires = round(now + lifetime, 3)
        return Claims(
            kind, str(uuid.uuid4()), sub, sub_kind, realm_id, realm_name, expires, int(now)
        )

    def encode(self, claims: Claims) -> str:
        header = _b64encode(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
        payload: dict[str, Any] = {
            "kind": claims.kind,
            "jti": claims.jti,
            "iss": self.issuer,
            "sub": claims.sub,
            "sub_kind": claims.sub_kind,
            "realm_id": claims.realm_id,
            "realm_name": claims.realm_name,
            "scope": "global",
            "exp": claims.exp,
            "iat": claims.iat,
        }
        body = _b64encode(json.dumps(payload, separators=(",", ":")).encode())
        signature = hmac.new(self._key, f"{header}.{body}".encode(), hashlib.sha256).digest()
        return f"{header}.{body}.{_b64encode(signature)}"

    def decode(self, token: str, kind: str, now: float | None = None) -> Claims:
        parts = token.split(".")
        if len(parts) != 3:
            raise TokenError("malformed")
        header, body, signature = parts
        expected = hmac.new(self._key, f"{header}.{body}".encode(), hashlib.sha256).digest()
        try:
            given = _b64decode(signature)
            payload = json.loads(_b64decode(body))
        except (binascii.Error, ValueError, UnicodeDecodeError):
            raise TokenError("invalid") from None
        if not hmac.compare_digest(expected, given) or not isinstance(payload, dict):
            raise TokenError("invalid")
        if payload.get("kind") != kind:
            raise TokenError("invalid")
        claims = Claims(
            kind=payload["kind"],
            jti=payload["jti"],
            sub=payload["sub"],
            sub_kind=payload["sub_kind"],
            realm_id=payload["realm_id"],
            realm_name=payload["realm_name"],
            exp=float(payload["exp"]),
            iat=int(payload["iat"]),
        )
        if (time.time() if now is None else now) >= claims.exp:
            raise TokenError("expired")
        return claims
