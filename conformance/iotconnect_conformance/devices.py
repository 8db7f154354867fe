"""The devices a run owns: how it names them, creates them, and records what it did to them.

A run may change or delete only devices it created. Everything that creates or changes a device
(the schemathesis children, the parent's probes, the clean-up) appends one line per call to the
run's :class:`DeviceLog`; at the end the parent reads it back to delete what is left and to
print every device the run touched.
"""

from __future__ import annotations

import json
import re
import secrets
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final
from uuid import UUID

import httpx

__all__ = [
    "CREATED",
    "DeviceLog",
    "Touched",
    "create_device",
    "guids_in",
    "new_prefix",
    "new_unique_id",
    "normal",
    "replace_guids",
]

#: The action a log line records when a create succeeded.
CREATED: Final = "created"

# A GUID as a server might parse one: with or without hyphens, in any case, anywhere in a value.
_GUID: Final = re.compile(
    r"[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}", re.IGNORECASE
)


def new_prefix() -> str:
    """A run's device prefix: ``conformance-<run id>-``, the run id 6 random hex digits."""
    return f"conformance-{secrets.token_hex(3)}-"


def new_unique_id(prefix: str) -> str:
    """A unique id for a device the run creates: the prefix and 8 random hex digits."""
    return f"{prefix}{secrets.token_hex(4)}"


def normal(guid: str) -> str:
    """A GUID as the service writes it: hyphenated, upper case."""
    return str(UUID(guid)).upper()


def guids_in(value: object) -> list[str]:
    """Every GUID a string could name (:func:`normal` form); none for other values."""
    if not isinstance(value, str):
        return []
    return [normal(match) for match in _GUID.findall(value)]


def replace_guids(value: str, guid: str) -> str:
    """``value`` with every GUID it could name replaced by ``guid``."""
    return _GUID.sub(guid, value)


@dataclass
class Touched:
    """One device the run created or changed, and what it did to it."""

    guid: str
    unique_id: str | None = None
    created: bool = False
    actions: Counter[str] = field(default_factory=Counter)

    def describe(self) -> str:
        """``created, updateDevice x2, deleteDevice`` and so on, in the order of first use."""
        parts = [CREATED] if self.created else []
        for action, count in self.actions.items():
            parts.append(action if count == 1 else f"{action} x{count}")
        return ", ".join(parts)


class DeviceLog:
    """An append-only file of ``{"guid", "uniqueId", "action", "status"}`` lines.

    The parent and its children write it in turn (never at once), one line per request.
    """

    def __init__(self, path: Path) -> None:
        """Use ``path`` (created on the first line written)."""
        self.path = path

    def record(self, guid: str, unique_id: str | None, action: str, status: int) -> None:
        """Note one call: a create (action :data:`CREATED`) or an operation on a device."""
        line = {"guid": normal(guid), "uniqueId": unique_id, "action": action, "status": status}
        with self.path.open("a", encoding="utf-8") as log:
            log.write(json.dumps(line) + "\n")

    def entries(self) -> list[dict[str, Any]]:
        """Every line so far, oldest first."""
        if not self.path.exists():
            return []
        with self.path.open(encoding="utf-8") as log:
            return [json.loads(line) for line in log if line.strip()]

    def created(self) -> dict[str, str | None]:
        """GUID -> unique id of every device a create of this run answered."""
        return {e["guid"]: e["uniqueId"] for e in self.entries() if e["action"] == CREATED}

    def alive(self) -> dict[str, str | None]:
        """The created devices that no successful delete of this run has removed yet."""
        entries = self.entries()
        deleted = {
            e["guid"] for e in entries if e["action"] == "deleteDevice" and 200 <= e["status"] < 300
        }
        return {
            e["guid"]: e["uniqueId"]
            for e in entries
            if e["action"] == CREATED and e["guid"] not in deleted
        }

    def touched(self) -> list[Touched]:
        """Every device the run created or sent a state-changing call about, in first-use order."""
        devices: dict[str, Touched] = {}
        for entry in self.entries():
            device = devices.setdefault(entry["guid"], Touched(entry["guid"]))
            device.unique_id = device.unique_id or entry["uniqueId"]
            if entry["action"] == CREATED:
                device.created = True
            else:
                device.actions[entry["action"]] += 1
        return list(devices.values())


def create_device(
    http: httpx.Client,
    log: DeviceLog,
    prefix: str,
    references: tuple[str, str],
    *,
    unique_id: str | None = None,
) -> tuple[str, str]:
    """Create a device named with the run's prefix through ``http`` (an authenticated client of
    the device service); record it and return its GUID and unique id.

    Raises :class:`RuntimeError` when the server does not create it.
    """
    entity, template = references
    unique_id = unique_id or new_unique_id(prefix)
    body = {
        "uniqueId": unique_id,
        "displayName": unique_id,
        "entityGuid": entity,
        "deviceTemplateGuid": template,
    }
    reply = http.post("/Device", json=body)
    if reply.status_code != 200:
        raise RuntimeError(f"POST /Device answered {reply.status_code} to a valid create")
    guid = normal(str(reply.json()["data"][0]["newid"]))
    log.record(guid, unique_id, CREATED, reply.status_code)
    return guid, unique_id
