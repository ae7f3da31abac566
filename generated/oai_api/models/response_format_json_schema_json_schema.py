from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.response_format_json_schema_schema import (
        ResponseFormatJsonSchemaSchema,
    )


T = TypeVar("T", bound="ResponseFormatJsonSchemaJsonSchema")

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
class ResponseFormatJsonSchemaJsonSchema:
    """The schema and its settings."""

    name: str
    """ Format name (letters, digits, _ and -; max 64). """
    description: str | None = None
    """ What the format is for, for the model. """
    schema: ResponseFormatJsonSchemaSchema | None = None
    """ The JSON Schema the output must follow. """
    strict: bool | None = None
    """ Enforce the schema exactly. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_name = (
            self.name
            if self.name is not None or "name" not in self._none_flips
            else UNSET
        )

        name = _v_name

        _v_description = (
            self.description
            if self.description is not None or "description" in self._none_flips
            else UNSET
        )

        description = _v_description

        _v_schema = (
            self.schema
            if self.schema is not None or "schema" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_schema, ResponseFormatJsonSchemaSchema):
            schema = _v_schema
        else:
            schema: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_schema, Unset):
                schema = _v_schema.to_dict()

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
                    "name": name,
                }.items()
                if v is not UNSET
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if schema is not UNSET:
            field_dict["schema"] = schema
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        name = d.pop("name", UNSET)
        if (name is None or isinstance(name, Unset)) and strict_parsing.get():
            raise KeyError("name")

        if name is None or name is UNSET:
            if name is UNSET:
                _none_flips += ("name",)
            name = None

        description = d.pop("description", UNSET)
        if description is None and strict_parsing.get():
            raise TypeError("description")

        if description is None or description is UNSET:
            if description is None:
                _none_flips += ("description",)
            description = None

        _schema_raw = d.pop("schema", UNSET)
        if _schema_raw is None or isinstance(_schema_raw, Unset):
            if _schema_raw is None and strict_parsing.get():
                raise TypeError("schema")

            if _schema_raw is None:
                _none_flips += ("schema",)
            schema = None

        else:
            try:
                _schema = _schema_raw
                schema: ResponseFormatJsonSchemaSchema | Unset
                if isinstance(_schema, Unset):
                    schema = UNSET
                else:
                    schema = ResponseFormatJsonSchemaSchema.from_dict(_schema)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                schema = _schema_raw

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

        response_format_json_schema_json_schema = cls(
            name=name,
            description=description,
            schema=schema,
            strict=strict,
        )
        if _none_flips:
            response_format_json_schema_json_schema._none_flips = _none_flips

        response_format_json_schema_json_schema.additional_properties = d
        return response_format_json_schema_json_schema

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
