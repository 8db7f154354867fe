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

T = TypeVar("T", bound="DeviceOutputParam")


class DeviceOutputParamStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "f_name": "fName",
        "d_name": "dName",
        "value": "value",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a DeviceOutputParam as msgspec validates it (``types.parse_json``)."""

    f_name: str | None | Unset = UNSET
    d_name: str | None | Unset = UNSET
    value: dict[str, Any] | None | Unset = UNSET


@_attrs_define
class DeviceOutputParam:
    """One named value of a list item's `info`."""

    _struct: ClassVar[type[DeviceOutputParamStruct]] = DeviceOutputParamStruct

    f_name: None | str | Unset = UNSET
    """ Free text or null. """
    d_name: None | str | Unset = UNSET
    """ Free text or null. """
    value: DeviceOutputParamValueType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        f_name: None | str | Unset
        if isinstance(self.f_name, Unset):
            f_name = UNSET
        else:
            f_name = self.f_name

        d_name: None | str | Unset
        if isinstance(self.d_name, Unset):
            d_name = UNSET
        else:
            d_name = self.d_name

        value: dict[str, Any] | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, DeviceOutputParamValueType0):
            value = self.value.to_dict()
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if f_name is not UNSET:
            field_dict["fName"] = f_name
        if d_name is not UNSET:
            field_dict["dName"] = d_name
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def _from_struct(cls, struct: DeviceOutputParamStruct) -> Self:
        if struct.value is None or struct.value is UNSET:
            return cls(*astuple(struct))
        return cls(
            struct.f_name,
            struct.d_name,
            DeviceOutputParamValueType0.from_dict(bounded(struct.value))
            if isinstance(struct.value, dict)
            else struct.value,
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        f_name: None | str | Unset = d.pop("fName", UNSET)

        d_name: None | str | Unset = d.pop("dName", UNSET)

        _value = d.pop("value", UNSET)
        value: DeviceOutputParamValueType0 | None | Unset
        if _value is None or isinstance(_value, Unset):
            value = _value
        else:
            try:
                if not isinstance(_value, dict):
                    raise TypeError()
                value_type_0 = DeviceOutputParamValueType0.from_dict(_value)

                value = value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                value = cast(DeviceOutputParamValueType0 | None | Unset, _value)

        device_output_param = cls(
            f_name=f_name,
            d_name=d_name,
            value=value,
        )

        device_output_param.additional_properties = d
        return device_output_param

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
from ..models.device_output_param_value_type_0 import DeviceOutputParamValueType0
