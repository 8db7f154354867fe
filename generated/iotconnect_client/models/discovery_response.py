from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
)

import msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="DiscoveryResponse")


class DiscoveryResponseStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "data": "data",
        "status": "status",
        "message": "message",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a DiscoveryResponse as msgspec validates it (``types.parse_json``)."""

    data: ServiceUrlsStruct
    status: int | Unset = UNSET
    message: str | None | Unset = UNSET


@_attrs_define
class DiscoveryResponse:
    """The base URLs of a solution's services. Only `data` is required: a recorded real reply (api-facts, "Envelope")
    carried no `status`, so clients must not depend on it.

    """

    _struct: ClassVar[type[DiscoveryResponseStruct]] = DiscoveryResponseStruct

    data: ServiceUrls
    """ One base URL per service, version prefix included. """
    status: int | Unset = UNSET
    """ Mirrors the HTTP status code. """
    message: None | str | Unset = UNSET
    """ A human-readable outcome. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        status = self.status

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def _from_struct(cls, struct: DiscoveryResponseStruct) -> Self:
        return cls(
            ServiceUrls._from_struct(struct.data),
            struct.status,
            struct.message,
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data = ServiceUrls.from_dict(d.pop("data"))

        status = d.pop("status", UNSET)

        message: None | str | Unset = d.pop("message", UNSET)

        discovery_response = cls(
            data=data,
            status=status,
            message=message,
        )

        discovery_response.additional_properties = d
        return discovery_response

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
from ..models.service_urls import (
    ServiceUrls,
    ServiceUrlsStruct,
)
