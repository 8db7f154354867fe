"""Template files: the multipart upload of ``POST /device-template/quick``, read and validated.

The web UI exports a template as JSON; the service takes it back as the multipart part ``file``.
Everything wrong with it is one 412 with an ``error[]`` entry per problem, named where it is
(``code``, ``attributes[1].type``, ``commands[0].command``), as the service's validation answers.
"""

from __future__ import annotations

import email.parser
import email.policy
import re
from dataclasses import dataclass
from typing import Any, Final

from ._http import Fields, _json_object, canonical_keys, invalid_unicode
from .auth_types import AUTH_TYPES
from .errors import DeviceError, FieldError
from .records import Template, TemplateAttribute, TemplateCommand, new_guid

__all__ = ["ATTRIBUTE_TYPES", "TemplateUpload", "read_template_file"]

ATTRIBUTE_TYPES: Final = frozenset(
    {"STRING", "INTEGER", "LONG", "DECIMAL", "BOOLEAN", "BIT", "DATE", "DATETIME", "TIME"}
    | {"LATLONG", "OBJECT"}
)
"""The attribute types a template file may name (the spec's ``TemplateFileAttribute.type``)."""

_CODE: Final = re.compile(r"[A-Za-z0-9]{1,10}")
_MAX_ITEMS: Final = 1000
_FILE_KEYS: Final = (
    "code",
    "name",
    "authType",
    "messageVersion",
    "attributes",
    "commands",
    "greenGrass",
    "wireless",
)
_ATTRIBUTE_KEYS: Final = ("name", "type", "description", "unit")
_COMMAND_KEYS: Final = ("name", "command", "requiredParam", "requiredAck", "isOTACommand")


@dataclass(frozen=True)
class TemplateUpload:
    """A valid template file: the template, its attributes and its commands."""

    template: Template
    attributes: tuple[TemplateAttribute, ...]
    commands: tuple[TemplateCommand, ...]


def _file_part(content_type: str, body: bytes) -> bytes:
    """The ``file`` part of a multipart/form-data body (any case of the name, as the service)."""
    if not content_type.lower().startswith("multipart/form-data"):
        raise DeviceError.code(400, "body", "The body must be multipart/form-data with a file part")
    # The standard library's MIME parser reads form data once it has the boundary header.
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1", "replace")
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    if not message.is_multipart():
        raise DeviceError.code(400, "body", "The multipart body could not be read")
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if isinstance(name, str) and name.lower() == "file":
            payload = part.get_payload(decode=True)
            return payload if isinstance(payload, bytes) else b""
    raise DeviceError.invalid([FieldError("file", "file is required: the template JSON")])


def read_template_file(content_type: str, body: bytes) -> TemplateUpload:
    """The template a ``POST /device-template/quick`` body uploads; 400 for a body that is not
    multipart, 412 naming every problem of the file."""
    document = _json_object(_file_part(content_type, body))
    if isinstance(document, str):
        raise DeviceError.invalid([FieldError("file", document.replace("request body", "file"))])
    where = invalid_unicode(document)
    if where is not None:
        raise DeviceError.invalid([FieldError(where, f"{where} is not valid Unicode")])
    q = Fields(canonical_keys(document.items(), _FILE_KEYS))
    code = q.string("code", required=True, max_len=10)
    if code is not None and not _CODE.fullmatch(code):
        q.fail("code", "code must be 1 to 10 letters or digits")
    name = q.string("name", required=True, max_len=100)
    auth_type = q.raw("authType")
    if isinstance(auth_type, bool) or auth_type not in AUTH_TYPES:
        q.fail("authType", f"authType must be one of {', '.join(map(str, AUTH_TYPES))}")
    version = q.string("messageVersion", max_len=10) or "2.1"
    for flag in ("greenGrass", "wireless"):
        if q.present(flag) and q.raw(flag) not in ("0", "1"):
            q.fail(flag, f'{flag} must be "0" or "1"')
    attributes = _items(q, "attributes", _attribute)
    commands = _items(q, "commands", _command)
    if not q.errors:  # positions in the lists are only right when every item was read
        _unique(q, "attributes", [a.name for a in attributes], "name")
        _unique(q, "commands", [c.command for c in commands], "command")
    if q.errors:
        raise DeviceError.invalid(q.errors)
    template = Template(
        guid=new_guid(),
        name=str(name),
        code=str(code),
        auth_type=int(auth_type),
        message_version=version,
        is_edge_support=False,
        is_gateway=False,
    )
    return TemplateUpload(template, tuple(attributes), tuple(commands))


def _items(q: Fields, key: str, read: Any) -> list[Any]:
    raw = q.raw(key)
    if raw is None:
        return []
    if not isinstance(raw, list) or len(raw) > _MAX_ITEMS:
        q.fail(key, f"{key} must be a list of at most {_MAX_ITEMS} objects")
        return []
    found = []
    for index, item in enumerate(raw):
        where = f"{key}[{index}]"
        if not isinstance(item, dict):
            q.fail(where, f"{where} must be an object")
            continue
        fields = Fields(canonical_keys(item.items(), (*_ATTRIBUTE_KEYS, *_COMMAND_KEYS)))
        value = read(fields)
        q.errors += [
            FieldError(f"{where}.{e.param}", f"{where}.{e.message}") for e in fields.errors
        ]
        if not fields.errors:
            found.append(value)
    return found


def _attribute(f: Fields) -> TemplateAttribute:
    name = f.string("name", required=True, max_len=100)
    kind = f.string("type", required=True, max_len=20)
    if kind is not None and kind.upper() not in ATTRIBUTE_TYPES:
        f.fail("type", f"type must be one of {', '.join(sorted(ATTRIBUTE_TYPES))}")
    description = f.string("description", max_len=500)
    unit = f.string("unit", max_len=50)
    return TemplateAttribute(new_guid(), str(name), str(kind).upper(), description, unit)


def _command(f: Fields) -> TemplateCommand:
    name = f.string("name", required=True, max_len=100)
    command = f.string("command", required=True, max_len=100)
    flags = [bool(f.boolean(flag)) for flag in ("requiredParam", "requiredAck", "isOTACommand")]
    return TemplateCommand(new_guid(), str(name), str(command), *flags)


def _unique(q: Fields, key: str, names: list[str], field: str) -> None:
    seen: set[str] = set()
    for index, name in enumerate(names):
        if name.casefold() in seen:
            q.fail(f"{key}[{index}].{field}", f"{key}[{index}].{field} {name!r} is there twice")
        seen.add(name.casefold())
