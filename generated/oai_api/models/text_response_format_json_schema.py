from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.text_response_format_json_schema_type import (
    TextResponseFormatJsonSchemaType,
    check_text_response_format_json_schema_type,
)
from ..types import UNSET, Unset, strict_parsing

if TYPE_CHECKING:
    from ..models.response_format_json_schema_schema import (
        ResponseFormatJsonSchemaSchema,
    )


T = TypeVar("T", bound="TextResponseFormatJsonSchema")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, ResponseFormatJsonSchemaSchema
    from ..models.response_format_json_schema_schema import (
        ResponseFormatJsonSchemaSchema,
    )

    _models_bound = True


@_attrs_define
class TextResponseFormatJsonSchema:
    """Ask for output that matches a JSON schema (Structured Outputs)."""

    type_: TextResponseFormatJsonSchemaType
    """ Fixed tag `json_schema`. """
    name: str
    """ Name of the format (letters, digits, _ and -, at most 64). """
    schema: ResponseFormatJsonSchemaSchema
    """ The JSON Schema the output must follow. """
    description: str | Unset = UNSET
    """ What the output is for; helps the model. """
    strict: bool | None | Unset = UNSET
    """ Enforce the schema exactly (a subset of JSON Schema is supported). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_: str = self.type_

        name = self.name

        if not isinstance(self.schema, ResponseFormatJsonSchemaSchema):
            schema = self.schema
        else:
            schema = self.schema.to_dict()

        description = self.description

        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "name": name,
                    "schema": schema,
                }.items()
                if v is not UNSET
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            type_ = _type__raw
        else:
            try:
                type_ = check_text_response_format_json_schema_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        name = d.pop("name", UNSET)
        if (name is None or isinstance(name, Unset)) and strict_parsing.get():
            raise KeyError("name")

        _schema_raw = d.pop("schema", UNSET)
        if _schema_raw is None or isinstance(_schema_raw, Unset):
            if strict_parsing.get():
                raise KeyError("schema")

            schema = _schema_raw
        else:
            try:
                schema = ResponseFormatJsonSchemaSchema.from_dict(_schema_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                schema = _schema_raw

        description = d.pop("description", UNSET)
        if description is None and strict_parsing.get():
            raise TypeError("description")

        _strict_raw = d.pop("strict", UNSET)
        if _strict_raw is None or isinstance(_strict_raw, Unset):
            strict = _strict_raw
        else:
            try:

                def _parse_strict(data: object) -> bool | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(bool | None | Unset, data)

                strict = _parse_strict(_strict_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                strict = _strict_raw

        text_response_format_json_schema = cls(
            type_=type_,
            name=name,
            schema=schema,
            description=description,
            strict=strict,
        )

        text_response_format_json_schema.additional_properties = d
        return text_response_format_json_schema

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
