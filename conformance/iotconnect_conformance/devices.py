"""The devices a run owns: how it names them, creates them, and records what it did to them.

A run may change or delete only devices it created. Everything that creates or changes a device
(the schemathesis children, the parent's probes, the clean-up) appends one line per call to the
run's :class:`DeviceLog`; at the end the parent reads it back to delete what is left and to
print every device the run touched.

Ownership is proven, never taken on the server's word: a GUID a create answered is the run's
only once reading it back (``GET /Device/{guid}``) shows the unique id the run gave it, with
the run's prefix (:func:`prove`). The proof is repeated before every state-changing request and
every clean-up delete; a GUID that fails it is logged as :data:`DISOWNED`, dropped, and never
written to. Every unique id a create is sent with is logged first (:data:`CREATE_SENT`), so that
the clean-up finds the run's devices even when the server's reply to the create was lost or lied.
"""

from __future__ import annotations

import datetime
import functools
import json
import re
import secrets
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final
from uuid import UUID

import httpx

from .limits import json_of

__all__ = [
    "CLEAN_UP",
    "CREATED",
    "CREATE_SENT",
    "DISOWNED",
    "GONE",
    "MINE",
    "NOT_MINE",
    "OWNERSHIP_PROVEN",
    "UNKNOWN",
    "DeviceLog",
    "NotOwned",
    "Proof",
    "Touched",
    "create_device",
    "guids_in",
    "new_prefix",
    "new_unique_id",
    "normal",
    "prove",
    "read_back",
    "remove_template",
    "replace_guids",
    "template_is",
    "test_certificate",
]


@functools.cache
def test_certificate() -> str:
    """A self-signed certificate (PEM) for creates that carry one; its key is thrown away."""
    from cryptography import x509  # the mock's dependency, which conformance brings
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "iotconnect-conformance")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    return certificate.public_bytes(serialization.Encoding.PEM).decode()


#: The action a log line records when a create succeeded and the device read back as the run's.
CREATED: Final = "created"
#: The action logged (without a GUID) just before a create is sent with a unique id.
CREATE_SENT: Final = "create sent"
#: The action logged when a GUID failed the proof of ownership: it is never written to.
DISOWNED: Final = "disowned"
#: The action of the deletes of the run's clean-up.
CLEAN_UP: Final = "clean-up delete"
#: The check that fails for each GUID a server named as the run's that did not read back so.
OWNERSHIP_PROVEN: Final = "ownership_proven"
#: The verdicts of :func:`prove`.
MINE: Final = "mine"
GONE: Final = "gone"
NOT_MINE: Final = "not mine"
UNKNOWN: Final = "unknown"

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


def template_is(http: httpx.Client, guid: str | None, code: str) -> bool:
    """Whether ``GET /device-template/{guid}`` shows ``code``, a template code the run made up:
    a template GUID the server answered is the run's only then, and nothing deletes it before."""
    if guid is None:
        return False
    try:
        reply = http.get(f"/device-template/{normal(guid)}")
        shown = json_of(reply.content)["data"][0]["templateCode"]
    except (httpx.HTTPError, ValueError, KeyError, IndexError, TypeError):
        return False
    return reply.status_code == 200 and str(shown).casefold() == code.casefold()


def remove_template(http: httpx.Client, guid: str | None, code: str) -> None:
    """Delete the run's template with ``code``: at ``guid`` if it reads back with that code, else
    the one the service finds by the code (an upload whose reply was lost or lied), if any."""
    if not template_is(http, guid, code):
        try:
            reply = http.get(f"/device-template/template-code/{code}")
            guid = str(json_of(reply.content)["data"][0]["guid"])
        except (httpx.HTTPError, ValueError, KeyError, IndexError, TypeError):
            return
        if not template_is(http, guid, code):
            return
    http.delete(f"/device-template/{normal(str(guid))}")


def guids_in(value: object) -> list[str]:
    """Every GUID a string could name (:func:`normal` form); none for other values."""
    if not isinstance(value, str):
        return []
    return [normal(match) for match in _GUID.findall(value)]


def replace_guids(value: str, guid: str) -> str:
    """``value`` with every GUID it could name replaced by ``guid``."""
    return _GUID.sub(guid, value)


class NotOwned(RuntimeError):
    """The server named a device the run cannot prove is its own; nothing was sent about it."""


def read_back(http: httpx.Client, guid: str) -> tuple[int, str | None]:
    """``GET /Device/{guid}``: the status, and the unique id the reply shows (if any)."""
    reply = http.get(f"/Device/{guid}")
    try:
        item = json_of(reply.content)["data"][0]
        unique_id = item["uniqueId"]
    except (ValueError, KeyError, IndexError, TypeError):
        return reply.status_code, None
    return reply.status_code, unique_id if isinstance(unique_id, str) else None


@dataclass(frozen=True)
class Proof:
    """What reading a device back showed: :data:`MINE`, :data:`GONE`, :data:`NOT_MINE` (the
    server shows another device under the GUID) or :data:`UNKNOWN` (the read failed), and why."""

    verdict: str
    why: str = ""


def prove(http: httpx.Client, guid: str, unique_id: str | None, prefix: str) -> Proof:
    """Whether the device ``guid`` reads back with the run's ``unique_id`` (GONE: the server
    says there is no such device, 409 or 404)."""
    if unique_id is None or not unique_id.startswith(prefix):
        return Proof(NOT_MINE, f"the run gave it no unique id of its own (it sent {unique_id!r})")
    try:
        status, shown = read_back(http, guid)
    except httpx.HTTPError as exc:
        return Proof(UNKNOWN, f"reading it back failed ({type(exc).__name__})")
    if status in (404, 409):
        return Proof(GONE)
    if status != 200:
        return Proof(UNKNOWN, f"GET /Device/{guid} answered {status}")
    if shown != unique_id:
        return Proof(NOT_MINE, f"it reads back as uniqueId {shown!r}, not the run's {unique_id!r}")
    return Proof(MINE)


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

    def record(
        self,
        guid: str | None,
        unique_id: str | None,
        action: str,
        status: int,
        *,
        operation: str | None = None,
        why: str | None = None,
    ) -> None:
        """Note one call: a create (:data:`CREATED`, or :data:`CREATE_SENT` before it, without
        a GUID), an operation on a device, or a GUID :data:`DISOWNED` (before ``operation``,
        because of ``why``)."""
        line: dict[str, Any] = {
            "guid": None if guid is None else normal(guid),
            "uniqueId": unique_id,
            "action": action,
            "status": status,
        }
        if operation is not None:
            line |= {"operation": operation, "why": why}
        with self.path.open("a", encoding="utf-8") as log:
            log.write(json.dumps(line) + "\n")

    def disown(self, guid: str, unique_id: str | None, operation: str, why: str) -> None:
        """Note that ``guid`` failed the proof of ownership before ``operation``."""
        self.record(guid, unique_id, DISOWNED, 0, operation=operation, why=why)

    def disowned(self) -> list[dict[str, Any]]:
        """The lines of every GUID that failed the proof of ownership, oldest first."""
        return [e for e in self.entries() if e["action"] == DISOWNED]

    def unclaimed(self) -> list[str]:
        """Unique ids creates were sent with whose device the run never proved (a lost or
        lying reply, or a create the server refused), oldest first."""
        proven = {e["uniqueId"] for e in self.entries() if e["action"] == CREATED}
        sent = [e["uniqueId"] for e in self.entries() if e["action"] == CREATE_SENT]
        return [unique_id for unique_id in dict.fromkeys(sent) if unique_id not in proven]

    def entries(self) -> list[dict[str, Any]]:
        """Every line so far, oldest first."""
        if not self.path.exists():
            return []
        with self.path.open(encoding="utf-8") as log:
            return [json.loads(line) for line in log if line.strip()]

    def created(self) -> dict[str, str | None]:
        """GUID -> unique id of every device of this run: created, proven, never disowned."""
        entries = self.entries()
        disowned = {e["guid"] for e in entries if e["action"] == DISOWNED}
        return {
            e["guid"]: e["uniqueId"]
            for e in entries
            if e["action"] == CREATED and e["guid"] not in disowned
        }

    def alive(self) -> dict[str, str | None]:
        """The run's devices that no successful delete of this run has removed yet."""
        deleted = {
            e["guid"]
            for e in self.entries()
            if e["action"] in ("deleteDevice", CLEAN_UP) and 200 <= e["status"] < 300
        }
        return {guid: uid for guid, uid in self.created().items() if guid not in deleted}

    def touched(self) -> list[Touched]:
        """Every device the run created or sent a state-changing call about, in first-use order."""
        devices: dict[str, Touched] = {}
        for entry in self.entries():
            if entry["action"] in (CREATE_SENT, DISOWNED):
                continue
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
    fields: Mapping[str, object] | None = None,
) -> tuple[str, str]:
    """Create a device named with the run's prefix through ``http`` (an authenticated client of
    the device service), with more body ``fields`` if given; prove it is the run's, record it
    and return its GUID and unique id.

    Raises :class:`NotOwned` when the GUID the server answered does not read back as the
    device just created, :class:`RuntimeError` when the server does not create it.
    """
    entity, template = references
    unique_id = unique_id or new_unique_id(prefix)
    body = {
        "uniqueId": unique_id,
        "displayName": unique_id,
        "entityGuid": entity,
        "deviceTemplateGuid": template,
        **(fields or {}),
    }
    log.record(None, unique_id, CREATE_SENT, 0)
    reply = http.post("/Device", json=body)
    if reply.status_code != 200:
        raise RuntimeError(f"POST /Device answered {reply.status_code} to a valid create")
    try:
        guid = normal(str(json_of(reply.content)["data"][0]["newid"]))
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise RuntimeError(f"POST /Device answered 200 without data[0].newid ({exc})") from None
    proof = prove(http, guid, unique_id, prefix)
    if proof.verdict != MINE:
        why = f"the create answered {guid}, but {proof.why or 'it is gone'}"
        log.disown(guid, unique_id, "POST /Device", why)
        raise NotOwned(f"POST /Device: {why}")
    log.record(guid, unique_id, CREATED, reply.status_code)
    return guid, unique_id
