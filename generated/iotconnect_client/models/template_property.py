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
from msgspec.structs import astuple

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="TemplateProperty")


class TemplatePropertyStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "description": "description",
        "data_frequency": "dataFrequency",
        "file_support": "fileSupport",
        "video_stream_resource": "videoStreamResource",
        "support_video_stream": "SupportVideoStream",
        "auto_start_video_stream": "autoStartVideoStream",
        "cert_renewal_day": "certRenewalDay",
        "enable_csr": "enableCSR",
        "enable_geo_location": "enableGeoLocation",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a TemplateProperty as msgspec validates it (``types.parse_json``)."""

    description: str | None | Unset = UNSET
    data_frequency: int | None | Unset = UNSET
    file_support: bool | None | Unset = UNSET
    video_stream_resource: str | None | Unset = UNSET
    support_video_stream: str | None | Unset = UNSET
    auto_start_video_stream: bool | None | Unset = UNSET
    cert_renewal_day: int | None | Unset = UNSET
    enable_csr: bool | None | Unset = UNSET
    enable_geo_location: bool | None | Unset = UNSET


@_attrs_define
class TemplateProperty:
    """A template's data settings."""

    _struct: ClassVar[type[TemplatePropertyStruct]] = TemplatePropertyStruct

    description: None | str | Unset = UNSET
    """ Free text or null. """
    data_frequency: int | None | Unset = UNSET
    file_support: bool | None | Unset = UNSET
    video_stream_resource: None | str | Unset = UNSET
    """ Free text or null. """
    support_video_stream: None | str | Unset = UNSET
    """ Free text or null. """
    auto_start_video_stream: bool | None | Unset = UNSET
    cert_renewal_day: int | None | Unset = UNSET
    enable_csr: bool | None | Unset = UNSET
    enable_geo_location: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        data_frequency: int | None | Unset
        if isinstance(self.data_frequency, Unset):
            data_frequency = UNSET
        else:
            data_frequency = self.data_frequency

        file_support: bool | None | Unset
        if isinstance(self.file_support, Unset):
            file_support = UNSET
        else:
            file_support = self.file_support

        video_stream_resource: None | str | Unset
        if isinstance(self.video_stream_resource, Unset):
            video_stream_resource = UNSET
        else:
            video_stream_resource = self.video_stream_resource

        support_video_stream: None | str | Unset
        if isinstance(self.support_video_stream, Unset):
            support_video_stream = UNSET
        else:
            support_video_stream = self.support_video_stream

        auto_start_video_stream: bool | None | Unset
        if isinstance(self.auto_start_video_stream, Unset):
            auto_start_video_stream = UNSET
        else:
            auto_start_video_stream = self.auto_start_video_stream

        cert_renewal_day: int | None | Unset
        if isinstance(self.cert_renewal_day, Unset):
            cert_renewal_day = UNSET
        else:
            cert_renewal_day = self.cert_renewal_day

        enable_csr: bool | None | Unset
        if isinstance(self.enable_csr, Unset):
            enable_csr = UNSET
        else:
            enable_csr = self.enable_csr

        enable_geo_location: bool | None | Unset
        if isinstance(self.enable_geo_location, Unset):
            enable_geo_location = UNSET
        else:
            enable_geo_location = self.enable_geo_location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if data_frequency is not UNSET:
            field_dict["dataFrequency"] = data_frequency
        if file_support is not UNSET:
            field_dict["fileSupport"] = file_support
        if video_stream_resource is not UNSET:
            field_dict["videoStreamResource"] = video_stream_resource
        if support_video_stream is not UNSET:
            field_dict["SupportVideoStream"] = support_video_stream
        if auto_start_video_stream is not UNSET:
            field_dict["autoStartVideoStream"] = auto_start_video_stream
        if cert_renewal_day is not UNSET:
            field_dict["certRenewalDay"] = cert_renewal_day
        if enable_csr is not UNSET:
            field_dict["enableCSR"] = enable_csr
        if enable_geo_location is not UNSET:
            field_dict["enableGeoLocation"] = enable_geo_location

        return field_dict

    @classmethod
    def _from_struct(cls, struct: TemplatePropertyStruct) -> Self:
        return cls(*astuple(struct))

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description: None | str | Unset = d.pop("description", UNSET)

        data_frequency: int | None | Unset = d.pop("dataFrequency", UNSET)

        file_support: bool | None | Unset = d.pop("fileSupport", UNSET)

        video_stream_resource: None | str | Unset = d.pop("videoStreamResource", UNSET)

        support_video_stream: None | str | Unset = d.pop("SupportVideoStream", UNSET)

        auto_start_video_stream: bool | None | Unset = d.pop(
            "autoStartVideoStream", UNSET
        )

        cert_renewal_day: int | None | Unset = d.pop("certRenewalDay", UNSET)

        enable_csr: bool | None | Unset = d.pop("enableCSR", UNSET)

        enable_geo_location: bool | None | Unset = d.pop("enableGeoLocation", UNSET)

        template_property = cls(
            description=description,
            data_frequency=data_frequency,
            file_support=file_support,
            video_stream_resource=video_stream_resource,
            support_video_stream=support_video_stream,
            auto_start_video_stream=auto_start_video_stream,
            cert_renewal_day=cert_renewal_day,
            enable_csr=enable_csr,
            enable_geo_location=enable_geo_location,
        )

        template_property.additional_properties = d
        return template_property

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
