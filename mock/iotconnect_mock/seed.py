"""Tenants and demo data: what a fresh mock holds before the first request."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from collections.abc import Sequence

from .records import (
    CommandSent,
    Company,
    Entity,
    NewDevice,
    Template,
    TemplateAttribute,
    TemplateCommand,
    User,
)
from .settings import MockSettings, parse_user
from .store import Store

__all__ = ["check_password", "seed_store"]

# GUIDs of seeded rows derive from the solution key, so they are the same on every start and
# in every document that shows them; devices created later get random ones.
_NAMESPACE = uuid.UUID("6f1c1c52-4d0e-4f4e-9d55-0c6b1d3c9a10")

_ADMIN_ROLE = "Admin"


def _guid(*parts: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, "/".join(parts))).upper()


def _hash_password(salt: str, password: str) -> str:
    # A mock's users guard demo data only; a fast salted hash keeps login cheap for benchmarks.
    return hashlib.sha256(f"{salt}:{password}".encode()).hexdigest()


def check_password(salt: str, password_hash: str, password: str) -> bool:
    """Whether ``password`` matches the stored salted hash (constant-time compare)."""
    return hmac.compare_digest(_hash_password(salt, password), password_hash)


def _templates(solution_key: str) -> list[Template]:
    # authType codes as the service numbers them: 1 key, 2 CA-signed certificate,
    # 3 self-signed certificate, 5 symmetric key.
    return [
        Template(
            guid=_guid(solution_key, "template", "sensor"),
            name="Temperature Sensor",
            code="tempsensor",
            auth_type=5,
            message_version="2.1",
            is_edge_support=False,
            is_gateway=False,
        ),
        Template(
            guid=_guid(solution_key, "template", "gateway"),
            name="Edge Gateway",
            code="edgegw",
            auth_type=2,
            message_version="2.1",
            is_edge_support=True,
            is_gateway=True,
        ),
        Template(
            guid=_guid(solution_key, "template", "camera"),
            name="Self-signed Camera",
            code="camera",
            auth_type=3,
            message_version="2.1",
            is_edge_support=False,
            is_gateway=False,
        ),
    ]


def _template_parts(
    solution_key: str, code: str
) -> tuple[list[TemplateAttribute], list[TemplateCommand]]:
    """What the seeded templates measure and obey: the sensor reports and takes commands (one
    acknowledged, one with a parameter), the gateway reports its uptime and can be restarted,
    the camera has neither (its lists answer 409, as the service's do)."""

    def guid(kind: str, name: str) -> str:
        return _guid(solution_key, "template", code, kind, name)

    if code == "tempsensor":
        return [
            TemplateAttribute(
                guid("attribute", "temperature"), "temperature", "DECIMAL", "Air", "°C"
            ),
            TemplateAttribute(guid("attribute", "humidity"), "humidity", "DECIMAL", None, "%"),
        ], [
            TemplateCommand(guid("command", "reboot"), "Reboot", "reboot", required_ack=True),
            TemplateCommand(
                guid("command", "interval"), "Set interval", "set-interval", required_param=True
            ),
        ]
    if code == "edgegw":
        return [
            TemplateAttribute(guid("attribute", "uptime"), "uptime", "LONG", "Seconds up", "s")
        ], [TemplateCommand(guid("command", "restart"), "Restart", "restart", required_ack=True)]
    return [], []


def _ensure_company(store: Store, solution_key: str, index: int) -> tuple[Company, bool]:
    existing = store.company_by_key(solution_key)
    if existing is not None:
        return existing, False
    company = Company(
        guid=_guid(solution_key, "company"),
        solution_key=solution_key,
        name="Demo Company" if index == 0 else f"Company {index + 1}",
        cp_id=hashlib.sha256(solution_key.encode()).hexdigest()[:12].upper(),
        solution_guid=_guid(solution_key, "solution"),
        root_entity_guid=_guid(solution_key, "entity", "root"),
    )
    store.add_company(company, root_entity_name=f"{company.name} HQ")
    # Every tenant gets a small tree under its root, so that entity look-ups by name and the
    # tenant boundary have something to find (and to hide from other tenants).
    for entity in _child_entities(company):
        store.add_entity(company.guid, entity)
    for template in _templates(solution_key):
        store.add_template(company.guid, template, *_template_parts(solution_key, template.code))
    return company, True


def _ensure_users(store: Store, company: Company, entries: Sequence[str]) -> None:
    for entry in entries:
        email, password = parse_user(entry)
        salt = secrets.token_hex(8)
        user = User(
            guid=_guid(company.solution_key, "user", email.lower()),
            company_guid=company.guid,
            email=email,
            role_guid=_guid(company.solution_key, "role", _ADMIN_ROLE),
            role_name=_ADMIN_ROLE,
            entity_guid=company.root_entity_guid,
        )
        store.put_user(user, salt, _hash_password(salt, password))


def _child_entities(company: Company) -> tuple[Entity, Entity]:
    """The seeded children of a tenant's root entity: the demo plant and a warehouse."""
    key, root = company.solution_key, company.root_entity_guid
    return (
        Entity(guid=_guid(key, "entity", "plant"), name="Plant A", parent_guid=root),
        Entity(guid=_guid(key, "entity", "warehouse"), name="Warehouse B", parent_guid=root),
    )


def _demo_devices(company: Company, count: int, now_ms: int) -> list[NewDevice]:
    plant, _warehouse = _child_entities(company)
    sensor, gateway, _camera = _templates(company.solution_key)
    devices: list[NewDevice] = []
    width = max(2, len(str(count)))
    for n in range(1, count + 1):
        is_gateway = n % 5 == 1
        template = gateway if is_gateway else sensor
        connected = n % 3 != 0
        # Spread timestamps so the lastConnection/lastCommunication sorts have work to do.
        seen = now_ms - n * 61_000 if connected else None
        devices.append(
            NewDevice(
                guid=_guid(company.solution_key, "device", str(n)),
                unique_id=f"{'demo-gw' if is_gateway else 'demo-sensor'}-{n:0{width}d}",
                display_name=f"{'Gateway' if is_gateway else 'Sensor'} {n}",
                template_guid=template.guid,
                entity_guid=plant.guid if n % 2 == 0 else company.root_entity_guid,
                created_ms=now_ms - 86_400_000 + n,
                is_active=n % 4 != 0,
                is_connected=connected,
                acquired=("acquired", "released", "inprogress")[n % 3],
                wireless=n % 2 == 1,
                tag="demo",
                last_connection_ms=seen,
                last_communication_ms=None if seen is None else seen + 5_000,
                last_activity_ms=seen,
            )
        )
    return devices


def _demo_history(
    company: Company, devices: list[NewDevice], users: Sequence[str], now_ms: int
) -> list[CommandSent]:
    """Two commands sensors got: a reboot the third device acknowledged, an interval (no ack)
    for the fourth."""
    if len(devices) < 4 or not users:
        return []
    device, fourth = devices[2], devices[3]
    _attributes, (reboot, interval) = _template_parts(company.solution_key, "tempsensor")
    who = parse_user(users[0])[0]
    key = company.solution_key
    return [
        CommandSent(
            _guid(key, "command", "1"),
            device.guid,
            device.unique_id,
            reboot.guid,
            "reboot",
            True,
            "Acknowledged",
            now_ms - 3_600_000,
            who,
        ),
        CommandSent(
            _guid(key, "command", "2"),
            fourth.guid,
            fourth.unique_id,
            interval.guid,
            "set-interval 30",
            False,
            "Sent",
            now_ms - 1_800_000,
            who,
        ),
    ]


def seed_store(store: Store, settings: MockSettings, now_ms: int) -> None:
    """Create the configured tenants and users, and the demo data on a fresh main tenant.

    Idempotent: on a database file that already holds the tenants, only users are refreshed
    (new ``--user`` entries added, passwords updated); devices are left alone.
    """
    company, created = _ensure_company(store, settings.solution_key, 0)
    _ensure_users(store, company, settings.users)
    if created and settings.seed:
        devices = _demo_devices(company, settings.demo_devices, now_ms)
        store.insert_devices(company.guid, devices)
        store.add_commands(company.guid, _demo_history(company, devices, settings.users, now_ms))
    for index, (key, entries) in enumerate(settings.tenants.items(), start=1):
        other, _ = _ensure_company(store, key, index)
        _ensure_users(store, other, entries)
