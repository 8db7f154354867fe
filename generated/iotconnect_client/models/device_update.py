from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)
from uuid import UUID

import msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from msgspec.structs import astuple

from ..types import UNSET, Unset, bounded, model_repr

T = TypeVar("T", bound="DeviceUpdate")


class DeviceUpdateStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "display_name": "displayName",
        "entity_guid": "entityGuid",
        "note": "note",
        "properties": "properties",
        "xml_properties": "xmlProperties",
        "video_stream_resource": "videoStreamResource",
        "auto_start_video_stream": "autoStartVideoStream",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a DeviceUpdate as msgspec validates it (``types.parse_json``)."""

    display_name: str
    entity_guid: UUID
    note: str | None | Unset = UNSET
    properties: list[DevicePropertyStruct] | None | Unset = UNSET
    xml_properties: dict[str, Any] | None | Unset = UNSET
    video_stream_resource: int | None | Unset = UNSET
    auto_start_video_stream: bool | None | Unset = UNSET


@_attrs_define
class DeviceUpdate:
    """The new values of a device. Optional fields may be null, which the service takes as absent."""

    _struct: ClassVar[type[DeviceUpdateStruct]] = DeviceUpdateStruct

    display_name: str
    entity_guid: UUID
    """ A GUID, upper-case in replies, matched case-insensitively. """
    note: None | str | Unset = UNSET
    properties: list[DeviceProperty] | None | Unset = UNSET
    xml_properties: DeviceUpdateXmlPropertiesType0 | None | Unset = UNSET
    """ Properties as the vendor's XML-shaped object; `properties` is the usual way. """
    video_stream_resource: int | None | Unset = UNSET
    """ The video stream resource of a video device. AWS only. """
    auto_start_video_stream: bool | None | Unset = UNSET
    """ Whether a video device starts streaming on its own. AWS only. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        entity_guid = str(self.entity_guid)

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        properties: list[dict[str, Any]] | None | Unset
        if isinstance(self.properties, Unset):
            properties = UNSET
        elif isinstance(self.properties, list):
            properties = []
            for properties_type_0_item_data in self.properties:
                properties_type_0_item = properties_type_0_item_data.to_dict()
                properties.append(properties_type_0_item)

        else:
            properties = self.properties

        xml_properties: dict[str, Any] | None | Unset
        if isinstance(self.xml_properties, Unset):
            xml_properties = UNSET
        elif isinstance(self.xml_properties, DeviceUpdateXmlPropertiesType0):
            xml_properties = self.xml_properties.to_dict()
        else:
            xml_properties = self.xml_properties

        video_stream_resource: int | None | Unset
        if isinstance(self.video_stream_resource, Unset):
            video_stream_resource = UNSET
        else:
            video_stream_resource = self.video_stream_resource

        auto_start_video_stream: bool | None | Unset
        if isinstance(self.auto_start_video_stream, Unset):
            auto_start_video_stream = UNSET
        else:
            auto_start_video_stream = self.auto_start_video_stream

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "displayName": display_name,
                "entityGuid": entity_guid,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if properties is not UNSET:
            field_dict["properties"] = properties
        if xml_properties is not UNSET:
            field_dict["xmlProperties"] = xml_properties
        if video_stream_resource is not UNSET:
            field_dict["videoStreamResource"] = video_stream_resource
        if auto_start_video_stream is not UNSET:
            field_dict["autoStartVideoStream"] = auto_start_video_stream

        return field_dict

    @classmethod
    def _from_struct(cls, struct: DeviceUpdateStruct) -> Self:
        if not struct.properties and (
            struct.xml_properties is None or struct.xml_properties is UNSET
        ):
            return cls(*astuple(struct))
        return cls(
            struct.display_name,
            struct.entity_guid,
            struct.note,
            [DeviceProperty._from_struct(item) for item in struct.properties]
            if isinstance(struct.properties, list)
            else struct.properties,
            DeviceUpdateXmlPropertiesType0.from_dict(bounded(struct.xml_properties))
            if isinstance(struct.xml_properties, dict)
            else struct.xml_properties,
            struct.video_stream_resource,
            struct.auto_start_video_stream,
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        display_name = d.pop("displayName")

        entity_guid = UUID(d.pop("entityGuid"))

        note: None | str | Unset = d.pop("note", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: list[DeviceProperty] | None | Unset
        if _properties is None or isinstance(_properties, Unset):
            properties = _properties
        else:
            try:
                if not isinstance(_properties, list):
                    raise TypeError()
                properties_type_0 = []
                _properties_type_0 = _properties
                for properties_type_0_item_data in _properties_type_0:
                    properties_type_0_item = DeviceProperty.from_dict(
                        properties_type_0_item_data
                    )

                    properties_type_0.append(properties_type_0_item)

                properties = properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                properties = cast(list[DeviceProperty] | None | Unset, _properties)

        _xml_properties = d.pop("xmlProperties", UNSET)
        xml_properties: DeviceUpdateXmlPropertiesType0 | None | Unset
        if _xml_properties is None or isinstance(_xml_properties, Unset):
            xml_properties = _xml_properties
        else:
            try:
                if not isinstance(_xml_properties, dict):
                    raise TypeError()
                xml_properties_type_0 = DeviceUpdateXmlPropertiesType0.from_dict(
                    _xml_properties
                )

                xml_properties = xml_properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                xml_properties = cast(
                    DeviceUpdateXmlPropertiesType0 | None | Unset, _xml_properties
                )

        video_stream_resource: int | None | Unset = d.pop("videoStreamResource", UNSET)

        auto_start_video_stream: bool | None | Unset = d.pop(
            "autoStartVideoStream", UNSET
        )

        device_update = cls(
            display_name=display_name,
            entity_guid=entity_guid,
            note=note,
            properties=properties,
            xml_properties=xml_properties,
            video_stream_resource=video_stream_resource,
            auto_start_video_stream=auto_start_video_stream,
        )

        device_update.additional_properties = d
        return device_update

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
from ..models.device_property import (
    DeviceProperty,
    DevicePropertyStruct,
)
from ..models.device_update_xml_properties_type_0 import DeviceUpdateXmlPropertiesType0
