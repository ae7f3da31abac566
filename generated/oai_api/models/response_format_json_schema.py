from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_format_json_schema_type import (
    ResponseFormatJsonSchemaType,
    check_response_format_json_schema_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.response_format_json_schema_json_schema import (
        ResponseFormatJsonSchemaJsonSchema,
    )


T = TypeVar("T", bound="ResponseFormatJsonSchema")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, ResponseFormatJsonSchemaJsonSchema
    from ..models.response_format_json_schema_json_schema import (
        ResponseFormatJsonSchemaJsonSchema,
    )

    _models_bound = True


@_attrs_define
class ResponseFormatJsonSchema:
    """Output that follows a given JSON Schema."""

    type_: ResponseFormatJsonSchemaType
    """ Format kind. """
    json_schema: ResponseFormatJsonSchemaJsonSchema
    """ The schema and its settings. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_json_schema = (
            self.json_schema
            if self.json_schema is not None or "json_schema" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_json_schema, ResponseFormatJsonSchemaJsonSchema):
            json_schema = _v_json_schema
        else:
            json_schema = _v_json_schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "json_schema": json_schema,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_response_format_json_schema_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _json_schema_raw = d.pop("json_schema", UNSET)
        if _json_schema_raw is None or isinstance(_json_schema_raw, Unset):
            if strict_parsing.get():
                raise KeyError("json_schema")

            if _json_schema_raw is UNSET:
                _none_flips += ("json_schema",)
            json_schema = None

        else:
            try:
                json_schema = ResponseFormatJsonSchemaJsonSchema.from_dict(
                    _json_schema_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                json_schema = _json_schema_raw

        response_format_json_schema = cls(
            type_=type_,
            json_schema=json_schema,
        )
        if _none_flips:
            response_format_json_schema._none_flips = _none_flips

        response_format_json_schema.additional_properties = d
        return response_format_json_schema

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
