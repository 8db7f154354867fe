"""The JSON of devices and templates: the one place a record becomes what a reply shows.

A device has two shapes, both built here from one ``DeviceRecord``:

- ``list_item``: an item of ``GET /Device``. The service spells three names its own way in
  lists: ``IsAcquired``, ``lastactivityDate``, ``firmwareupgradeGuid``;
- ``information``: the single-device reply (``GET /Device/{guid}``, ``/Device/uniqueId/{id}``),
  with ``isAcquired``, ``lastActivityDate``, ``firmwareUpgradeGuid`` and more fields.

Templates have two shapes as well: ``template``, an item of the template list, and
``template_detail``, the reply of the look-ups by guid and by code (``templateCode``,
``templateName``).

The store keeps every device's list item as text (``list_item_json``) so that a page is a
concatenation of stored strings; ``LIST_ITEM_FINGERPRINT`` tells it when items stored by an
earlier version of this module must be rendered again.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Sequence
from typing import Any

from ._json import dumps
from .clock import format_timestamp
from .records import DeviceRecord, Template, TemplateAttribute, TemplateCommand

__all__ = [
    "LIST_ITEM_FINGERPRINT",
    "child_item",
    "information",
    "list_item",
    "list_item_json",
    "template",
    "template_attribute",
    "template_command",
    "template_detail",
]


_AUTH_TYPE_NAMES = {
    1: "Key",
    2: "CA Signed Certificate",
    3: "Self Signed Certificate",
    4: "TPM",
    5: "Symmetric Key",
    7: "CA Signed Individual",  # as the vendor's template create names it
}


def _flag(acquired: str | None) -> int:
    # The service reports acquisition as 0/1, not as the state's name.
    return int(acquired == "acquired")


def _identity(d: DeviceRecord) -> dict[str, Any]:
    # The fields both shapes open with, spelled alike.
    return {
        "guid": d.guid,
        "uniqueId": d.unique_id,
        "displayName": d.display_name,
        "isActive": d.is_active,
        "isConnected": d.is_connected,
        "deviceTemplateGuid": d.template_guid,
        "deviceTemplateName": d.template_name,
    }


def list_item(d: DeviceRecord) -> dict[str, Any]:
    """A device as an item of the device list."""
    return {
        **_identity(d),
        "entityName": d.entity_name,
        "authType": d.auth_type,
        "messageVersion": d.message_version,
        "lastConnection": format_timestamp(d.last_connection_ms),
        "lastCommunication": format_timestamp(d.last_communication_ms),
        "lastactivityDate": format_timestamp(d.last_activity_ms),
        "firmwareupgradeGuid": d.firmware_upgrade_guid,
        "deviceStatus": "active" if d.is_active else "inactive",
        "childDeviceCount": d.child_count,
        "solutionGuid": d.solution_guid,
        # A boolean in lists (a recorded real reply, both Swaggers); 0/1 in single reads.
        "IsAcquired": d.acquired == "acquired",
    }


def list_item_json(d: DeviceRecord) -> str:
    """``list_item`` as the JSON text the store keeps and a page splices in."""
    return dumps(list_item(d))


def child_item(d: DeviceRecord) -> dict[str, Any]:
    """A device as an item of its gateway's child list (the vendor's ``ChildDeviceList``)."""
    return {
        **_identity(d),
        "tag": d.tag,
        "entityName": d.entity_name,
        "lastactivityDate": format_timestamp(d.last_activity_ms),
        "lastCommunication": format_timestamp(d.last_communication_ms),
        "firmwareupgradeGuid": d.firmware_upgrade_guid,
        "reportingTo": d.parent_unique_id,
        # A boolean here, as in the device list (the vendor's ChildDeviceList).
        "isAcquired": d.acquired == "acquired",
    }


def information(d: DeviceRecord) -> dict[str, Any]:
    """A device as the single-device reply shows it."""
    return {
        **_identity(d),
        "entityGuid": d.entity_guid,
        "entityName": d.entity_name,
        "cpId": d.cp_id,
        "isAcquired": _flag(d.acquired),
        "isEdgeSupport": d.is_edge_support,
        "isParentAcquired": _flag(d.parent_acquired),
        "note": d.note,
        "tag": d.tag,
        "parentDeviceGuid": d.parent_guid,
        "certificateGuid": d.certificate_guid,
        "deviceTemplateAuthType": d.auth_type,
        "authType": d.auth_type,
        "messageVersion": d.message_version,
        "createdDate": format_timestamp(d.created_ms),
        "lastActivityDate": format_timestamp(d.last_activity_ms),
        "firmwareUpgradeGuid": d.firmware_upgrade_guid,
        "parentDeviceUniqueId": d.parent_unique_id,
        "properties": d.properties,
    }


def template(t: Template, devices: int, attributes: int = 0, commands: int = 0) -> dict[str, Any]:
    """A template as the list shows it (the fields the mock knows; the rest are null)."""
    return {
        "guid": t.guid,
        "code": t.code,
        "name": t.name,
        "description": None,
        "tag": None,
        "authType": t.auth_type,
        "authenticationType": _AUTH_TYPE_NAMES.get(t.auth_type),
        "messageVersion": t.message_version,
        "isEdgeSupport": t.is_edge_support,
        "isIotEdgeEnable": False,
        "gatewaySupport": t.is_gateway,
        "isLowBandwidth": False,
        "isSolutionTemplate": False,
        "fileSupport": False,
        "attributeCount": attributes,
        "settingCount": 0,
        "commandCount": commands,
        "deviceCount": devices,
        "ruleCount": 0,
    }


def template_detail(
    t: Template, devices: int, commands: Sequence[TemplateCommand] = ()
) -> dict[str, Any]:
    """A template's details: the look-ups' reply item (``templateCode``, ``templateName``)."""
    return {
        "guid": t.guid,
        "templateCode": t.code,
        "templateName": t.name,
        "tag": None,
        "authType": t.auth_type,
        "messageVersion": t.message_version,
        "isEdgeSupport": t.is_edge_support,
        "isIotEdgeEnable": False,
        "isType2Support": False,
        "isLowBandwidth": False,
        "isSolutionTemplate": False,
        "isAttachedWithDevice": devices > 0,
        "attributes": None,
        "commands": [template_command(c) for c in commands],
    }


def template_command(c: TemplateCommand) -> dict[str, Any]:
    """A command of a template, as its list and the template's details show it."""
    return {
        "guid": c.guid,
        "name": c.name,
        "command": c.command,
        "requiredParam": c.required_param,
        "requiredAck": c.required_ack,
        "isOTACommand": c.is_ota,
        "tag": None,
    }


def template_attribute(a: TemplateAttribute, sequence: int) -> dict[str, Any]:
    """An attribute of a template, as its list shows it (``localName``, ``dataTypeName``)."""
    return {
        "guid": a.guid,
        "localName": a.name,
        "description": a.description,
        "dataTypeName": a.data_type,
        "unit": a.unit,
        "sequence": sequence,
        "tag": None,
    }


def _fingerprint() -> str:
    # Two devices that set every field one way and the other: any change to what list_item
    # writes (a name, a type, a format) changes their text, hence the fingerprint.
    full = DeviceRecord(
        guid="00000000-0000-0000-0000-000000000001",
        unique_id="u",
        display_name="d",
        template_guid="00000000-0000-0000-0000-000000000002",
        template_name="t",
        auth_type=2,
        message_version="2.1",
        is_edge_support=True,
        entity_guid="00000000-0000-0000-0000-000000000003",
        entity_name="e",
        solution_guid="00000000-0000-0000-0000-000000000004",
        cp_id="c",
        is_active=True,
        is_connected=True,
        acquired="acquired",
        note="n",
        tag="g",
        parent_guid="00000000-0000-0000-0000-000000000005",
        parent_unique_id="p",
        parent_acquired="acquired",
        firmware_upgrade_guid="00000000-0000-0000-0000-000000000006",
        certificate_guid="00000000-0000-0000-0000-000000000007",
        properties=[{"guid": "00000000-0000-0000-0000-000000000008", "value": "v"}],
        child_count=3,
        created_ms=1,
        last_connection_ms=2,
        last_communication_ms=3,
        last_activity_ms=4,
    )
    bare = dataclasses.replace(
        full,
        is_active=False,
        is_connected=False,
        acquired="released",
        note=None,
        tag=None,
        parent_guid=None,
        parent_unique_id=None,
        parent_acquired=None,
        firmware_upgrade_guid=None,
        certificate_guid=None,
        properties=[],
        child_count=0,
        last_connection_ms=None,
        last_communication_ms=None,
        last_activity_ms=None,
    )
    text = "\n".join(list_item_json(d) for d in (full, bare))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


#: Changes whenever ``list_item``'s output does; stored items under another one are re-rendered.
LIST_ITEM_FINGERPRINT = _fingerprint()
