from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_text_response_format_json_schema_type import (
    BetaTextResponseFormatJsonSchemaType,
    check_beta_text_response_format_json_schema_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_response_format_json_schema_schema import (
        BetaResponseFormatJsonSchemaSchema,
    )


T = TypeVar("T", bound="BetaTextResponseFormatJsonSchema")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, BetaResponseFormatJsonSchemaSchema
    from ..models.beta_response_format_json_schema_schema import (
        BetaResponseFormatJsonSchemaSchema,
    )

    _models_bound = True


@_attrs_define
class BetaTextResponseFormatJsonSchema:
    """Structured Outputs format: the model's JSON output follows the schema you supply."""

    type_: BetaTextResponseFormatJsonSchemaType
    """ Fixed tag `json_schema`. """
    name: str
    """ Format name: letters, digits, underscores and dashes, up to 64 characters. """
    schema: BetaResponseFormatJsonSchemaSchema
    """ JSON Schema object the model's output must conform to. """
    description: str | None = None
    """ What the format is for; helps the model decide how to fill it. """
    strict: bool | None = None
    """ If true, output follows the schema exactly (only a subset of JSON Schema allowed); default false. """
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

        _v_name = (
            self.name
            if self.name is not None or "name" not in self._none_flips
            else UNSET
        )

        name = _v_name

        _v_schema = (
            self.schema
            if self.schema is not None or "schema" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_schema, BetaResponseFormatJsonSchemaSchema):
            schema = _v_schema
        else:
            schema = _v_schema.to_dict()

        _v_description = (
            self.description
            if self.description is not None or "description" in self._none_flips
            else UNSET
        )

        description = _v_description

        _v_strict = (
            self.strict
            if self.strict is not None or "strict" in self._none_flips
            else UNSET
        )

        strict: bool | None | Unset
        if isinstance(_v_strict, Unset):
            strict = UNSET
        else:
            strict = _v_strict

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
                type_ = check_beta_text_response_format_json_schema_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        name = d.pop("name", UNSET)
        if (name is None or isinstance(name, Unset)) and strict_parsing.get():
            raise KeyError("name")

        if name is None or name is UNSET:
            if name is UNSET:
                _none_flips += ("name",)
            name = None

        _schema_raw = d.pop("schema", UNSET)
        if _schema_raw is None or isinstance(_schema_raw, Unset):
            if strict_parsing.get():
                raise KeyError("schema")

            if _schema_raw is UNSET:
                _none_flips += ("schema",)
            schema = None

        else:
            try:
                schema = BetaResponseFormatJsonSchemaSchema.from_dict(_schema_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                schema = _schema_raw

        description = d.pop("description", UNSET)
        if description is None and strict_parsing.get():
            raise TypeError("description")

        if description is None or description is UNSET:
            if description is None:
                _none_flips += ("description",)
            description = None

        _strict_raw = d.pop("strict", UNSET)
        if _strict_raw is None or isinstance(_strict_raw, Unset):
            if _strict_raw is None:
                _none_flips += ("strict",)
            strict = None

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

        beta_text_response_format_json_schema = cls(
            type_=type_,
            name=name,
            schema=schema,
            description=description,
            strict=strict,
        )
        if _none_flips:
            beta_text_response_format_json_schema._none_flips = _none_flips

        beta_text_response_format_json_schema.additional_properties = d
        return beta_text_response_format_json_schema

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
