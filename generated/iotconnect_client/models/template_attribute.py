from __future__ import annotations

import datetime
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

from ..types import UNSET, Unset, bounded, model_repr, parse_datetime

T = TypeVar("T", bound="TemplateAttribute")


class TemplateAttributeStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "guid": "guid",
        "local_name": "localName",
        "display_name": "displayName",
        "description": "description",
        "data_type_guid": "dataTypeGuid",
        "data_type_name": "dataTypeName",
        "created_date": "createdDate",
        "createdby": "createdby",
        "updated_date": "updatedDate",
        "data_validation": "dataValidation",
        "unit": "unit",
        "tag": "tag",
        "sequence": "sequence",
        "parent_template_attribute_guid": "parentTemplateAttributeGuid",
        "is_template_attribute_used": "isTemplateAttributeUsed",
        "is_tag_used": "isTagUsed",
        "aggregate_type": "aggregateType",
        "aggregate_type_count": "aggregateTypeCount",
        "tumbling_window": "tumblingWindow",
        "start_index": "startIndex",
        "num_char": "numChar",
        "attributes": "attributes",
        "is_power_bi_attribute_used": "isPowerBIAttributeUsed",
        "attribute_color": "attributeColor",
        "condition_bit_value": "conditionBitValue",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a TemplateAttribute as msgspec validates it (``types.parse_json``)."""

    guid: UUID
    local_name: str | None | Unset = UNSET
    display_name: str | None | Unset = UNSET
    description: str | None | Unset = UNSET
    data_type_guid: str | None | Unset = UNSET
    data_type_name: str | None | Unset = UNSET
    created_date: datetime.datetime | None | Unset = UNSET
    createdby: str | None | Unset = UNSET
    updated_date: datetime.datetime | None | Unset = UNSET
    data_validation: str | None | Unset = UNSET
    unit: str | None | Unset = UNSET
    tag: str | None | Unset = UNSET
    sequence: int | None | Unset = UNSET
    parent_template_attribute_guid: str | None | Unset = UNSET
    is_template_attribute_used: bool | None | Unset = UNSET
    is_tag_used: bool | None | Unset = UNSET
    aggregate_type: dict[str, Any] | None | Unset = UNSET
    aggregate_type_count: int | None | Unset = UNSET
    tumbling_window: str | None | Unset = UNSET
    start_index: int | None | Unset = UNSET
    num_char: int | None | Unset = UNSET
    attributes: Any | Unset = UNSET
    is_power_bi_attribute_used: bool | None | Unset = UNSET
    attribute_color: str | None | Unset = UNSET
    condition_bit_value: int | None | Unset = UNSET


@_attrs_define
class TemplateAttribute:
    """An attribute of a template (the vendor's `AttributeList`): `localName` is its name,
    `dataTypeName` its type.

    """

    _struct: ClassVar[type[TemplateAttributeStruct]] = TemplateAttributeStruct

    guid: UUID
    """ A GUID, upper-case in replies, matched case-insensitively. """
    local_name: None | str | Unset = UNSET
    """ Free text or null. """
    display_name: None | str | Unset = UNSET
    """ Free text or null. """
    description: None | str | Unset = UNSET
    """ Free text or null. """
    data_type_guid: None | str | Unset = UNSET
    """ Free text or null. """
    data_type_name: None | str | Unset = UNSET
    """ Free text or null. """
    created_date: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 UTC with milliseconds, or null. """
    createdby: None | str | Unset = UNSET
    """ Free text or null. """
    updated_date: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 UTC with milliseconds, or null. """
    data_validation: None | str | Unset = UNSET
    """ Free text or null. """
    unit: None | str | Unset = UNSET
    """ Free text or null. """
    tag: None | str | Unset = UNSET
    """ Free text or null. """
    sequence: int | None | Unset = UNSET
    parent_template_attribute_guid: None | str | Unset = UNSET
    """ Free text or null. """
    is_template_attribute_used: bool | None | Unset = UNSET
    is_tag_used: bool | None | Unset = UNSET
    aggregate_type: None | TemplateAttributeAggregateTypeType0 | Unset = UNSET
    aggregate_type_count: int | None | Unset = UNSET
    tumbling_window: None | str | Unset = UNSET
    """ Free text or null. """
    start_index: int | None | Unset = UNSET
    num_char: int | None | Unset = UNSET
    attributes: Any | Unset = UNSET
    """ The child attributes of an OBJECT attribute. """
    is_power_bi_attribute_used: bool | None | Unset = UNSET
    attribute_color: None | str | Unset = UNSET
    """ Free text or null. """
    condition_bit_value: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        guid = str(self.guid)

        local_name: None | str | Unset
        if isinstance(self.local_name, Unset):
            local_name = UNSET
        else:
            local_name = self.local_name

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        data_type_guid: None | str | Unset
        if isinstance(self.data_type_guid, Unset):
            data_type_guid = UNSET
        else:
            data_type_guid = self.data_type_guid

        data_type_name: None | str | Unset
        if isinstance(self.data_type_name, Unset):
            data_type_name = UNSET
        else:
            data_type_name = self.data_type_name

        created_date: None | str | Unset
        if isinstance(self.created_date, Unset):
            created_date = UNSET
        elif isinstance(self.created_date, datetime.datetime):
            created_date = self.created_date.isoformat()
        else:
            created_date = self.created_date

        createdby: None | str | Unset
        if isinstance(self.createdby, Unset):
            createdby = UNSET
        else:
            createdby = self.createdby

        updated_date: None | str | Unset
        if isinstance(self.updated_date, Unset):
            updated_date = UNSET
        elif isinstance(self.updated_date, datetime.datetime):
            updated_date = self.updated_date.isoformat()
        else:
            updated_date = self.updated_date

        data_validation: None | str | Unset
        if isinstance(self.data_validation, Unset):
            data_validation = UNSET
        else:
            data_validation = self.data_validation

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        tag: None | str | Unset
        if isinstance(self.tag, Unset):
            tag = UNSET
        else:
            tag = self.tag

        sequence: int | None | Unset
        if isinstance(self.sequence, Unset):
            sequence = UNSET
        else:
            sequence = self.sequence

        parent_template_attribute_guid: None | str | Unset
        if isinstance(self.parent_template_attribute_guid, Unset):
            parent_template_attribute_guid = UNSET
        else:
            parent_template_attribute_guid = self.parent_template_attribute_guid

        is_template_attribute_used: bool | None | Unset
        if isinstance(self.is_template_attribute_used, Unset):
            is_template_attribute_used = UNSET
        else:
            is_template_attribute_used = self.is_template_attribute_used

        is_tag_used: bool | None | Unset
        if isinstance(self.is_tag_used, Unset):
            is_tag_used = UNSET
        else:
            is_tag_used = self.is_tag_used

        aggregate_type: dict[str, Any] | None | Unset
        if isinstance(self.aggregate_type, Unset):
            aggregate_type = UNSET
        elif isinstance(self.aggregate_type, TemplateAttributeAggregateTypeType0):
            aggregate_type = self.aggregate_type.to_dict()
        else:
            aggregate_type = self.aggregate_type

        aggregate_type_count: int | None | Unset
        if isinstance(self.aggregate_type_count, Unset):
            aggregate_type_count = UNSET
        else:
            aggregate_type_count = self.aggregate_type_count

        tumbling_window: None | str | Unset
        if isinstance(self.tumbling_window, Unset):
            tumbling_window = UNSET
        else:
            tumbling_window = self.tumbling_window

        start_index: int | None | Unset
        if isinstance(self.start_index, Unset):
            start_index = UNSET
        else:
            start_index = self.start_index

        num_char: int | None | Unset
        if isinstance(self.num_char, Unset):
            num_char = UNSET
        else:
            num_char = self.num_char

        attributes = self.attributes

        is_power_bi_attribute_used: bool | None | Unset
        if isinstance(self.is_power_bi_attribute_used, Unset):
            is_power_bi_attribute_used = UNSET
        else:
            is_power_bi_attribute_used = self.is_power_bi_attribute_used

        attribute_color: None | str | Unset
        if isinstance(self.attribute_color, Unset):
            attribute_color = UNSET
        else:
            attribute_color = self.attribute_color

        condition_bit_value: int | None | Unset
        if isinstance(self.condition_bit_value, Unset):
            condition_bit_value = UNSET
        else:
            condition_bit_value = self.condition_bit_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "guid": guid,
            }
        )
        if local_name is not UNSET:
            field_dict["localName"] = local_name
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if description is not UNSET:
            field_dict["description"] = description
        if data_type_guid is not UNSET:
            field_dict["dataTypeGuid"] = data_type_guid
        if data_type_name is not UNSET:
            field_dict["dataTypeName"] = data_type_name
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if createdby is not UNSET:
            field_dict["createdby"] = createdby
        if updated_date is not UNSET:
            field_dict["updatedDate"] = updated_date
        if data_validation is not UNSET:
            field_dict["dataValidation"] = data_validation
        if unit is not UNSET:
            field_dict["unit"] = unit
        if tag is not UNSET:
            field_dict["tag"] = tag
        if sequence is not UNSET:
            field_dict["sequence"] = sequence
        if parent_template_attribute_guid is not UNSET:
            field_dict["parentTemplateAttributeGuid"] = parent_template_attribute_guid
        if is_template_attribute_used is not UNSET:
            field_dict["isTemplateAttributeUsed"] = is_template_attribute_used
        if is_tag_used is not UNSET:
            field_dict["isTagUsed"] = is_tag_used
        if aggregate_type is not UNSET:
            field_dict["aggregateType"] = aggregate_type
        if aggregate_type_count is not UNSET:
            field_dict["aggregateTypeCount"] = aggregate_type_count
        if tumbling_window is not UNSET:
            field_dict["tumblingWindow"] = tumbling_window
        if start_index is not UNSET:
            field_dict["startIndex"] = start_index
        if num_char is not UNSET:
            field_dict["numChar"] = num_char
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if is_power_bi_attribute_used is not UNSET:
            field_dict["isPowerBIAttributeUsed"] = is_power_bi_attribute_used
        if attribute_color is not UNSET:
            field_dict["attributeColor"] = attribute_color
        if condition_bit_value is not UNSET:
            field_dict["conditionBitValue"] = condition_bit_value

        return field_dict

    @classmethod
    def _from_struct(cls, struct: TemplateAttributeStruct) -> Self:
        if (
            struct.aggregate_type is None or struct.aggregate_type is UNSET
        ) and not struct.attributes:
            return cls(*astuple(struct))
        return cls(
            struct.guid,
            struct.local_name,
            struct.display_name,
            struct.description,
            struct.data_type_guid,
            struct.data_type_name,
            struct.created_date,
            struct.createdby,
            struct.updated_date,
            struct.data_validation,
            struct.unit,
            struct.tag,
            struct.sequence,
            struct.parent_template_attribute_guid,
            struct.is_template_attribute_used,
            struct.is_tag_used,
            TemplateAttributeAggregateTypeType0.from_dict(
                bounded(struct.aggregate_type)
            )
            if isinstance(struct.aggregate_type, dict)
            else struct.aggregate_type,
            struct.aggregate_type_count,
            struct.tumbling_window,
            struct.start_index,
            struct.num_char,
            bounded(struct.attributes),
            struct.is_power_bi_attribute_used,
            struct.attribute_color,
            struct.condition_bit_value,
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        guid = UUID(d.pop("guid"))

        local_name: None | str | Unset = d.pop("localName", UNSET)

        display_name: None | str | Unset = d.pop("displayName", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        data_type_guid: None | str | Unset = d.pop("dataTypeGuid", UNSET)

        data_type_name: None | str | Unset = d.pop("dataTypeName", UNSET)

        _created_date = d.pop("createdDate", UNSET)
        created_date: datetime.datetime | None | Unset
        if _created_date is None or isinstance(_created_date, Unset):
            created_date = _created_date
        else:
            try:
                if not isinstance(_created_date, str):
                    raise TypeError()
                componentsschemas_nullable_timestamp_type_0 = parse_datetime(
                    _created_date
                )

                created_date = componentsschemas_nullable_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                created_date = cast(datetime.datetime | None | Unset, _created_date)

        createdby: None | str | Unset = d.pop("createdby", UNSET)

        _updated_date = d.pop("updatedDate", UNSET)
        updated_date: datetime.datetime | None | Unset
        if _updated_date is None or isinstance(_updated_date, Unset):
            updated_date = _updated_date
        else:
            try:
                if not isinstance(_updated_date, str):
                    raise TypeError()
                componentsschemas_nullable_timestamp_type_0 = parse_datetime(
                    _updated_date
                )

                updated_date = componentsschemas_nullable_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                updated_date = cast(datetime.datetime | None | Unset, _updated_date)

        data_validation: None | str | Unset = d.pop("dataValidation", UNSET)

        unit: None | str | Unset = d.pop("unit", UNSET)

        tag: None | str | Unset = d.pop("tag", UNSET)

        sequence: int | None | Unset = d.pop("sequence", UNSET)

        parent_template_attribute_guid: None | str | Unset = d.pop(
            "parentTemplateAttributeGuid", UNSET
        )

        is_template_attribute_used: bool | None | Unset = d.pop(
            "isTemplateAttributeUsed", UNSET
        )

        is_tag_used: bool | None | Unset = d.pop("isTagUsed", UNSET)

        _aggregate_type = d.pop("aggregateType", UNSET)
        aggregate_type: None | TemplateAttributeAggregateTypeType0 | Unset
        if _aggregate_type is None or isinstance(_aggregate_type, Unset):
            aggregate_type = _aggregate_type
        else:
            try:
                if not isinstance(_aggregate_type, dict):
                    raise TypeError()
                aggregate_type_type_0 = TemplateAttributeAggregateTypeType0.from_dict(
                    _aggregate_type
                )

                aggregate_type = aggregate_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                aggregate_type = cast(
                    None | TemplateAttributeAggregateTypeType0 | Unset, _aggregate_type
                )

        aggregate_type_count: int | None | Unset = d.pop("aggregateTypeCount", UNSET)

        tumbling_window: None | str | Unset = d.pop("tumblingWindow", UNSET)

        start_index: int | None | Unset = d.pop("startIndex", UNSET)

        num_char: int | None | Unset = d.pop("numChar", UNSET)

        attributes = d.pop("attributes", UNSET)

        is_power_bi_attribute_used: bool | None | Unset = d.pop(
            "isPowerBIAttributeUsed", UNSET
        )

        attribute_color: None | str | Unset = d.pop("attributeColor", UNSET)

        condition_bit_value: int | None | Unset = d.pop("conditionBitValue", UNSET)

        template_attribute = cls(
            guid=guid,
            local_name=local_name,
            display_name=display_name,
            description=description,
            data_type_guid=data_type_guid,
            data_type_name=data_type_name,
            created_date=created_date,
            createdby=createdby,
            updated_date=updated_date,
            data_validation=data_validation,
            unit=unit,
            tag=tag,
            sequence=sequence,
            parent_template_attribute_guid=parent_template_attribute_guid,
            is_template_attribute_used=is_template_attribute_used,
            is_tag_used=is_tag_used,
            aggregate_type=aggregate_type,
            aggregate_type_count=aggregate_type_count,
            tumbling_window=tumbling_window,
            start_index=start_index,
            num_char=num_char,
            attributes=attributes,
            is_power_bi_attribute_used=is_power_bi_attribute_used,
            attribute_color=attribute_color,
            condition_bit_value=condition_bit_value,
        )

        template_attribute.additional_properties = d
        return template_attribute

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
from ..models.template_attribute_aggregate_type_type_0 import (
    TemplateAttributeAggregateTypeType0,
)
