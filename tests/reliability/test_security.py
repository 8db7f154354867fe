"""Security: two tenants that never see each other, tokens that cannot be forged, private files.

- every device operation by the other tenant's user, by GUID and by unique id, both ways:
  nothing of the owner's comes back and nothing of it changes;
- expired, tampered (payload changed, ``alg: none``, another key, the mock's own key with
  another algorithm or without the claims it requires), spent-refresh and other-tenant tokens
  are refused;
- the client's token store and the mock's database are readable by their user only.
"""

from __future__ import annotations

import base64
import json
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest

from iotconnect import FileTokenStore, IoTConnect
from iotconnect_client.api.device import list_devices
from iotconnect_mock import (
    DEMO_PASSWORD,
    DEMO_SOLUTION_KEY,
    DEMO_USERNAME,
    create_app,
    serve_in_thread,
)

from ..mock.helpers import OTHER_KEY, OTHER_PASSWORD, OTHER_USER
from .conftest import Figures, Served
from .corpus import BASE, NOBODY

pytestmark = pytest.mark.slow

DEADLINE = 10.0


@dataclass
class Tenant:
    """A logged-in user of one tenant, and the devices it owns."""

    name: str
    client: httpx.Client
    tokens: dict[str, Any]
    template: str
    entity: str
    devices: list[dict[str, Any]]

    @property
    def claims(self) -> dict[str, Any]:
        """The access token's claims, unverified."""
        payload: dict[str, Any] = jwt.decode(
            self.tokens["access_token"], options={"verify_signature": False}
        )
        return payload


def _login(url: str, username: str, password: str, key: str) -> dict[str, Any]:
    with httpx.Client(base_url=url + BASE, timeout=DEADLINE) as client:
        basic = client.get("/Auth/basic-token").json()["data"]
        reply = client.post(
            "/Auth/login",
            headers={"Authorization": f"Basic {basic}", "solution-key": key},
            json={"username": username, "password": password},
        )
    assert reply.status_code == 200, reply.text
    tokens: dict[str, Any] = reply.json()
    return tokens


@contextmanager
def _tenant(url: str, name: str, username: str, password: str, key: str) -> Iterator[Tenant]:
    tokens = _login(url, username, password, key)
    headers = {"Authorization": f"Bearer {tokens['access_token']}"}
    with httpx.Client(base_url=url + BASE, headers=headers, timeout=DEADLINE) as client:
        templates = client.get("/device-template").json()["data"]
        claims = jwt.decode(tokens["access_token"], options={"verify_signature": False})
        tenant = Tenant(
            name=name,
            client=client,
            tokens=tokens,
            template=next(t["guid"] for t in templates if t["authType"] == 5),
            entity=claims["user"]["entityGuid"],
            devices=[],
        )
        for n in range(3):
            created = client.post(
                "/Device",
                json={
                    "uniqueId": f"{name}-own-{n}",
                    "deviceTemplateGuid": tenant.template,
                    "displayName": f"{name} {n}",
                    "entityGuid": tenant.entity,
                    "note": f"{name}'s secret note",
                },
            )
            assert created.status_code == 200, created.text
        tenant.devices = _everything(client)
        yield tenant


def _everything(client: httpx.Client, token: str | None = None) -> list[dict[str, Any]]:
    """Every device the client (or ``token``) can see, each as its full single read."""
    headers = {} if token is None else {"Authorization": f"Bearer {token}"}
    page = client.get("/Device", params={"pageSize": 1000}, headers=headers)
    assert page.status_code == 200
    return [
        client.get(f"/Device/{d['guid']}", headers=headers).json()["data"][0]
        for d in page.json()["data"]
    ]


def _attempts(victim: dict[str, Any], attacker: Tenant) -> list[tuple[str, str, str, Any]]:
    """Every device operation on ``victim`` by GUID and by unique id: (name, method, path, body)."""
    guid, unique_id = victim["guid"], victim["uniqueId"]
    update = {"displayName": "taken over", "entityGuid": attacker.entity, "note": "mine"}
    create = {
        "uniqueId": f"child-of-{unique_id}",
        "deviceTemplateGuid": attacker.template,
        "displayName": "child",
        "entityGuid": attacker.entity,
    }
    return [
        ("read by GUID", "GET", f"/Device/{guid}", None),
        ("read by GUID, lower case", "GET", f"/Device/{guid.lower()}", None),
        ("read by unique id", "GET", f"/Device/uniqueId/{unique_id}", None),
        ("read by unique id, upper case", "GET", f"/Device/uniqueId/{unique_id.upper()}", None),
        ("update by GUID", "PUT", f"/Device/{guid}", update),
        ("activate by GUID", "PUT", f"/Device/{guid}/status", {"isActive": True}),
        ("deactivate by GUID", "PUT", f"/Device/{guid}/status", {"isActive": False}),
        ("delete by GUID", "DELETE", f"/Device/{guid}", None),
        ("list filtered by unique id", "GET", f"/Device?UniqueId={unique_id}", None),
        (
            "list filtered by template",
            "GET",
            f"/Device?TemplateGuid={victim['deviceTemplateGuid']}",
            None,
        ),
        ("list filtered by entity", "GET", f"/Device?EntityGuid={victim['entityGuid']}", None),
        ("create as its child", "POST", "/Device", {**create, "parentDeviceGuid": guid}),
        (
            "create with its template",
            "POST",
            "/Device",
            {**create, "deviceTemplateGuid": victim["deviceTemplateGuid"]},
        ),
        ("create in its entity", "POST", "/Device", {**create, "entityGuid": victim["entityGuid"]}),
    ]


def _leaks(reply: httpx.Response, victim: dict[str, Any]) -> bool:
    # Anything that names the victim device: its GUID, unique id or note.
    text = reply.text.lower()
    secrets = (victim["guid"], victim["uniqueId"], victim.get("note") or "\0")
    return any(str(value).lower() in text for value in secrets)


def test_no_device_operation_reaches_another_tenant(served: Served, figures: Figures) -> None:
    with (
        _tenant(served.url, "demo", DEMO_USERNAME, DEMO_PASSWORD, DEMO_SOLUTION_KEY) as demo,
        _tenant(served.url, "other", OTHER_USER, OTHER_PASSWORD, OTHER_KEY) as other,
    ):
        tried = 0
        leaks: list[str] = []
        for owner, attacker in ((demo, other), (other, demo)):
            before = _everything(owner.client)
            for victim in owner.devices:
                for name, method, path, body in _attempts(victim, attacker):
                    reply = attacker.client.request(method, path, json=body)
                    tried += 1
                    # A write must be refused, a look-up must find nothing (409 DeviceNotFound,
                    # or 412 for a reference to it), a list must not name it.
                    refused = reply.status_code in (204, 409, 412) or (
                        method == "GET" and "?" in path and reply.status_code == 200
                    )
                    if not refused or _leaks(reply, victim):
                        leaks.append(
                            f"{attacker.name} {name}: {reply.status_code} {reply.text[:200]}"
                        )
            # Every create above named something of the owner's, so none of them landed.
            count = attacker.client.get("/Device/count").json()["data"][0]["deviceCount"]
            if count != len(attacker.devices) or _everything(attacker.client) != attacker.devices:
                leaks.append(f"{attacker.name} now has {count} devices")
            assert _everything(owner.client) == before, f"{owner.name}'s devices changed"
        figures.add("security", "cross-tenant device operations", tried)
        figures.add("security", "leaks", len(leaks))
        assert not leaks, leaks[:10]


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _with_payload(token: str, change: dict[str, Any]) -> str:
    # The same signature on another payload.
    header, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["user"].update(change)
    return f"{header}.{_b64(json.dumps(claims).encode())}.{signature}"


def _unsigned(claims: dict[str, Any]) -> str:
    header = _b64(json.dumps({"alg": "none", "typ": "JWT"}).encode())
    return f"{header}.{_b64(json.dumps(claims).encode())}."


def _signing_key(db: Path) -> str:
    # The key is in the mock's file; a test may read it, an attacker on the host may not (the
    # file is 0600, checked below).
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return str(conn.execute("SELECT value FROM meta WHERE key = 'jwt_secret'").fetchone()[0])
    finally:
        conn.close()


def _forged(served: Served, demo: Tenant, other: Tenant) -> dict[str, str]:
    token = demo.tokens["access_token"]
    claims = demo.claims
    key = _signing_key(served.db)
    theirs = other.claims["user"]
    without_exp = {k: v for k, v in claims.items() if k != "exp"}
    return {
        "payload names the other company": _with_payload(token, {"companyId": theirs["companyId"]}),
        "payload names the other user": _with_payload(
            token, {"id": theirs["id"], "companyId": theirs["companyId"]}
        ),
        "payload names the other solution key": _with_payload(
            token, {"solutionKey": theirs["solutionKey"]}
        ),
        "alg none": _unsigned(claims),
        "alg none, other tenant": _unsigned({**claims, "user": theirs}),
        "signed with another key": jwt.encode(claims, "another key" * 4, algorithm="HS256"),
        "the mock's key, HS512": jwt.encode(claims, key, algorithm="HS512"),
        "the mock's key, no exp": jwt.encode(without_exp, key, algorithm="HS256"),
        "the mock's key, another audience": jwt.encode(
            {**claims, "aud": "elsewhere"}, key, algorithm="HS256"
        ),
        "the mock's key, another issuer": jwt.encode(
            {**claims, "iss": "elsewhere"}, key, algorithm="HS256"
        ),
        "the mock's key, a user nobody has": jwt.encode(
            {**claims, "user": {**claims["user"], "id": NOBODY}}, key, algorithm="HS256"
        ),
        "signature cut off": token.rsplit(".", 1)[0] + ".",
        "a refresh token": demo.tokens["refresh_token"],
        "not a JWT": "not.a.jwt",
    }


def _refused(client: httpx.Client, token: str, entity: str, template: str) -> list[int]:
    headers = {"Authorization": f"Bearer {token}"}
    create = {
        "uniqueId": "forged",
        "deviceTemplateGuid": template,
        "displayName": "forged",
        "entityGuid": entity,
    }
    return [
        client.get("/Auth/verify-token", headers=headers).status_code,
        client.get("/Device", headers=headers).status_code,
        client.post("/Device", headers=headers, json=create).status_code,
    ]


def test_forged_expired_and_spent_tokens_are_refused(served: Served, figures: Figures) -> None:
    with (
        _tenant(served.url, "demo", DEMO_USERNAME, DEMO_PASSWORD, DEMO_SOLUTION_KEY) as demo,
        _tenant(served.url, "other", OTHER_USER, OTHER_PASSWORD, OTHER_KEY) as other,
        httpx.Client(base_url=served.url + BASE, timeout=DEADLINE) as anonymous,
    ):
        before = _everything(demo.client)
        outcomes = {
            name: _refused(anonymous, token, demo.entity, demo.template)
            for name, token in _forged(served, demo, other).items()
        }
        # Another mock (its own key) issued this one, for the same user and company.
        with serve_in_thread(create_app()) as elsewhere:
            foreign = _login(elsewhere, DEMO_USERNAME, DEMO_PASSWORD, DEMO_SOLUTION_KEY)
        outcomes["issued by another mock"] = _refused(
            anonymous, foreign["access_token"], demo.entity, demo.template
        )

        refresh = demo.tokens["refresh_token"]
        first = anonymous.post("/Auth/refresh-token", json={"refreshtoken": refresh})
        spent = anonymous.post("/Auth/refresh-token", json={"refreshtoken": refresh})
        as_refresh = anonymous.post(
            "/Auth/refresh-token", json={"refreshtoken": demo.tokens["access_token"]}
        )

        fresh = first.json()["access_token"]
        advanced = httpx.post(
            f"{served.url}/_mock/clock/advance",
            json={"seconds": demo.tokens["expires_in"] + 1},
            timeout=DEADLINE,
        )
        assert advanced.status_code == 200
        outcomes["expired"] = _refused(anonymous, fresh, demo.entity, demo.template)
        again = _login(served.url, DEMO_USERNAME, DEMO_PASSWORD, DEMO_SOLUTION_KEY)
        assert _everything(anonymous, again["access_token"]) == before, "a forged write landed"

    accepted = {name: codes for name, codes in outcomes.items() if codes != [401, 401, 401]}
    figures.add(
        "security",
        "forged or expired tokens refused",
        f"{len(outcomes) - len(accepted)} of {len(outcomes)} (verify, list, create each)",
    )
    figures.add("security", "spent refresh token", f"{first.status_code} then {spent.status_code}")
    assert not accepted, accepted
    assert first.status_code == 200
    assert spent.status_code == 409
    assert as_refresh.status_code == 409


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_token_store_and_database_are_private(
    served: Served, tmp_path: Path, figures: Figures
) -> None:
    store = FileTokenStore(tmp_path / "tokens")
    with IoTConnect(
        username=DEMO_USERNAME,
        password=DEMO_PASSWORD,
        solution_key=DEMO_SOLUTION_KEY,
        auth_url=served.url + BASE,
        device_url=served.url + BASE,
        token_store=store,
    ) as iot:
        assert list_devices.sync_detailed(client=iot.device).status_code == 200
    modes = {path: _mode(path) for path in [store.directory, *store.directory.iterdir()]}
    database = [served.db, Path(f"{served.db}-wal"), Path(f"{served.db}-shm")]
    modes |= {path: _mode(path) for path in [served.db.parent, *database] if path.exists()}
    for path, mode in modes.items():
        figures.add("security", f"mode of {path.relative_to(tmp_path)}", oct(mode))
    assert len([p for p in modes if p.name.startswith("token-")]) >= 2  # the token and its lock
    assert all(mode == (0o700 if path.is_dir() else 0o600) for path, mode in modes.items()), modes
