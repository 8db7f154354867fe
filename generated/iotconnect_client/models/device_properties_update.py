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

from ..types import UNSET, Unset, bounded, model_repr

T = TypeVar("T", bound="DevicePropertiesUpdate")


class DevicePropertiesUpdateStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "properties": "properties",
        "xml_properties": "xmlProperties",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a DevicePropertiesUpdate as msgspec validates it (``types.parse_json``)."""

    properties: list[DevicePropertyStruct]
    xml_properties: dict[str, Any] | None | Unset = UNSET


@_attrs_define
class DevicePropertiesUpdate:
    """New values for some of a device's properties (the vendor's `DevicePropertyUpdateRequest`)."""

    _struct: ClassVar[type[DevicePropertiesUpdateStruct]] = DevicePropertiesUpdateStruct

    properties: list[DeviceProperty]
    xml_properties: DevicePropertiesUpdateXmlPropertiesType0 | None | Unset = UNSET
    """ Properties as the vendor's XML-shaped object; `properties` is the usual way. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        properties = []
        for properties_item_data in self.properties:
            properties_item = properties_item_data.to_dict()
            properties.append(properties_item)

        xml_properties: dict[str, Any] | None | Unset
        if isinstance(self.xml_properties, Unset):
            xml_properties = UNSET
        elif isinstance(self.xml_properties, DevicePropertiesUpdateXmlPropertiesType0):
            xml_properties = self.xml_properties.to_dict()
        else:
            xml_properties = self.xml_properties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "properties": properties,
            }
        )
        if xml_properties is not UNSET:
            field_dict["xmlProperties"] = xml_properties

        return field_dict

    @classmethod
    def _from_struct(cls, struct: DevicePropertiesUpdateStruct) -> Self:
        if not struct.properties and (
            struct.xml_properties is None or struct.xml_properties is UNSET
        ):
            return cls(*astuple(struct))
        return cls(
            [DeviceProperty._from_struct(item) for item in struct.properties],
            DevicePropertiesUpdateXmlPropertiesType0.from_dict(
                bounded(struct.xml_properties)
            )
            if isinstance(struct.xml_properties, dict)
            else struct.xml_properties,
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        properties = []
        _properties = d.pop("properties")
        for properties_item_data in _properties:
            properties_item = DeviceProperty.from_dict(properties_item_data)

            properties.append(properties_item)

        _xml_properties = d.pop("xmlProperties", UNSET)
        xml_properties: DevicePropertiesUpdateXmlPropertiesType0 | None | Unset
        if _xml_properties is None or isinstance(_xml_properties, Unset):
            xml_properties = _xml_properties
        else:
            try:
                if not isinstance(_xml_properties, dict):
                    raise TypeError()
                xml_properties_type_0 = (
                    DevicePropertiesUpdateXmlPropertiesType0.from_dict(_xml_properties)
                )

                xml_properties = xml_properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                xml_properties = cast(
                    DevicePropertiesUpdateXmlPropertiesType0 | None | Unset,
                    _xml_properties,
                )

        device_properties_update = cls(
            properties=properties,
            xml_properties=xml_properties,
        )

        device_properties_update.additional_properties = d
        return device_properties_update

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
from ..models.device_properties_update_xml_properties_type_0 import (
    DevicePropertiesUpdateXmlPropertiesType0,
)
from ..models.device_property import (
    DeviceProperty,
    DevicePropertyStruct,
)
