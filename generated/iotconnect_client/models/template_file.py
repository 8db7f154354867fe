from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

import msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from msgspec.structs import astuple

from ..models.auth_type import AuthType, check_auth_type
from ..models.template_file_green_grass import (
    TemplateFileGreenGrass,
    check_template_file_green_grass,
)
from ..models.template_file_wireless import (
    TemplateFileWireless,
    check_template_file_wireless,
)
from ..types import UNSET, Unset, bounded, model_repr

T = TypeVar("T", bound="TemplateFile")


class TemplateFileStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "code": "code",
        "name": "name",
        "auth_type": "authType",
        "message_version": "messageVersion",
        "attributes": "attributes",
        "commands": "commands",
        "properties": "properties",
        "green_grass": "greenGrass",
        "wireless": "wireless",
        "msg_code": "msgCode",
        "field_meta": "_meta",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a TemplateFile as msgspec validates it (``types.parse_json``)."""

    code: str
    name: str
    auth_type: AuthType
    message_version: str | Unset = UNSET
    attributes: list[TemplateFileAttributeStruct] | Unset = UNSET
    commands: list[TemplateFileCommandStruct] | Unset = UNSET
    properties: TemplateFilePropertiesStruct | Unset = UNSET
    green_grass: TemplateFileGreenGrass | Unset = UNSET
    wireless: TemplateFileWireless | Unset = UNSET
    msg_code: str | None | Unset = UNSET
    field_meta: dict[str, Any] | None | Unset = UNSET


@_attrs_define
class TemplateFile:
    """A template file as the web UI exports it: what `file` holds. `code` is 1-10 letters or
    digits, unique in the company; `authType` is an `AuthType`.

    """

    _struct: ClassVar[type[TemplateFileStruct]] = TemplateFileStruct

    code: str
    name: str
    auth_type: AuthType
    """ How devices of a template authenticate: 1 key (token), 2 CA-signed certificate (the
    template trusts a CA; a device brings no certificate of its own), 3 self-signed
    certificate, 4 TPM, 5 symmetric key, 7 CA-signed individual (each device is created
    with its own certificate, signed by the company's CA). `DeviceCreate` lists what a
    create needs for each. Clients keep a value this list lacks: the service adds auth
    types without notice.
     """
    message_version: str | Unset = "2.1"
    attributes: list[TemplateFileAttribute] | Unset = UNSET
    commands: list[TemplateFileCommand] | Unset = UNSET
    properties: TemplateFileProperties | Unset = UNSET
    green_grass: TemplateFileGreenGrass | Unset = UNSET
    wireless: TemplateFileWireless | Unset = UNSET
    msg_code: None | str | Unset = UNSET
    field_meta: None | TemplateFileMetaType0 | Unset = UNSET
    """ What the web UI wrote about the export. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        auth_type: int = self.auth_type

        message_version = self.message_version

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        commands: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.commands, Unset):
            commands = []
            for commands_item_data in self.commands:
                commands_item = commands_item_data.to_dict()
                commands.append(commands_item)

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        green_grass: str | Unset = UNSET
        if not isinstance(self.green_grass, Unset):
            green_grass = self.green_grass

        wireless: str | Unset = UNSET
        if not isinstance(self.wireless, Unset):
            wireless = self.wireless

        msg_code: None | str | Unset
        if isinstance(self.msg_code, Unset):
            msg_code = UNSET
        else:
            msg_code = self.msg_code

        field_meta: dict[str, Any] | None | Unset
        if isinstance(self.field_meta, Unset):
            field_meta = UNSET
        elif isinstance(self.field_meta, TemplateFileMetaType0):
            field_meta = self.field_meta.to_dict()
        else:
            field_meta = self.field_meta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
                "authType": auth_type,
            }
        )
        if message_version is not UNSET:
            field_dict["messageVersion"] = message_version
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if commands is not UNSET:
            field_dict["commands"] = commands
        if properties is not UNSET:
            field_dict["properties"] = properties
        if green_grass is not UNSET:
            field_dict["greenGrass"] = green_grass
        if wireless is not UNSET:
            field_dict["wireless"] = wireless
        if msg_code is not UNSET:
            field_dict["msgCode"] = msg_code
        if field_meta is not UNSET:
            field_dict["_meta"] = field_meta

        return field_dict

    @classmethod
    def _from_struct(cls, struct: TemplateFileStruct) -> Self:
        if (
            not struct.attributes
            and not struct.commands
            and not struct.properties
            and (struct.field_meta is None or struct.field_meta is UNSET)
        ):
            return cls(*astuple(struct))
        return cls(
            struct.code,
            struct.name,
            struct.auth_type,
            struct.message_version,
            [TemplateFileAttribute._from_struct(item) for item in struct.attributes]
            if isinstance(struct.attributes, list)
            else struct.attributes,
            [TemplateFileCommand._from_struct(item) for item in struct.commands]
            if isinstance(struct.commands, list)
            else struct.commands,
            TemplateFileProperties._from_struct(struct.properties)
            if isinstance(struct.properties, TemplateFilePropertiesStruct)
            else struct.properties,
            struct.green_grass,
            struct.wireless,
            struct.msg_code,
            TemplateFileMetaType0.from_dict(bounded(struct.field_meta))
            if isinstance(struct.field_meta, dict)
            else struct.field_meta,
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        auth_type = check_auth_type(d.pop("authType"))

        message_version = d.pop("messageVersion", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: list[TemplateFileAttribute] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = TemplateFileAttribute.from_dict(attributes_item_data)

                attributes.append(attributes_item)

        _commands = d.pop("commands", UNSET)
        commands: list[TemplateFileCommand] | Unset = UNSET
        if _commands is not UNSET:
            commands = []
            for commands_item_data in _commands:
                commands_item = TemplateFileCommand.from_dict(commands_item_data)

                commands.append(commands_item)

        _properties = d.pop("properties", UNSET)
        properties: TemplateFileProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = TemplateFileProperties.from_dict(_properties)

        _green_grass = d.pop("greenGrass", UNSET)
        green_grass: TemplateFileGreenGrass | Unset
        if isinstance(_green_grass, Unset):
            green_grass = UNSET
        else:
            green_grass = check_template_file_green_grass(_green_grass)

        _wireless = d.pop("wireless", UNSET)
        wireless: TemplateFileWireless | Unset
        if isinstance(_wireless, Unset):
            wireless = UNSET
        else:
            wireless = check_template_file_wireless(_wireless)

        msg_code: None | str | Unset = d.pop("msgCode", UNSET)

        _field_meta = d.pop("_meta", UNSET)
        field_meta: None | TemplateFileMetaType0 | Unset
        if _field_meta is None or isinstance(_field_meta, Unset):
            field_meta = _field_meta
        else:
            try:
                if not isinstance(_field_meta, dict):
                    raise TypeError()
                field_meta_type_0 = TemplateFileMetaType0.from_dict(_field_meta)

                field_meta = field_meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                field_meta = cast(None | TemplateFileMetaType0 | Unset, _field_meta)

        template_file = cls(
            code=code,
            name=name,
            auth_type=auth_type,
            message_version=message_version,
            attributes=attributes,
            commands=commands,
            properties=properties,
            green_grass=green_grass,
            wireless=wireless,
            msg_code=msg_code,
            field_meta=field_meta,
        )

        template_file.additional_properties = d
        return template_file

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one refers to, imported after it is defined: models that refer to each other
# then import without a cycle, and from_dict runs no import statement per call.
from ..models.template_file_attribute import (
    TemplateFileAttribute,
    TemplateFileAttributeStruct,
)
from ..models.template_file_command import (
    TemplateFileCommand,
    TemplateFileCommandStruct,
)
from ..models.template_file_meta_type_0 import TemplateFileMetaType0
from ..models.template_file_properties import (
    TemplateFileProperties,
    TemplateFilePropertiesStruct,
)
