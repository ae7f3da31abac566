from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.eval_custom_data_source_config_type import (
    EvalCustomDataSourceConfigType,
    check_eval_custom_data_source_config_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.eval_custom_data_source_config_schema import (
        EvalCustomDataSourceConfigSchema,
    )


T = TypeVar("T", bound="EvalCustomDataSourceConfig")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, EvalCustomDataSourceConfigSchema
    from ..models.eval_custom_data_source_config_schema import (
        EvalCustomDataSourceConfigSchema,
    )

    _models_bound = True


@_attrs_define
class EvalCustomDataSourceConfig:
    """A custom data source config as stored on an eval, with the resulting JSON schema for `item` and, optionally,
    `sample`.

    """

    type_: EvalCustomDataSourceConfigType
    schema: EvalCustomDataSourceConfigSchema
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

        _v_schema = (
            self.schema
            if self.schema is not None or "schema" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_schema, EvalCustomDataSourceConfigSchema):
            schema = _v_schema
        else:
            schema = _v_schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "schema": schema,
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
                type_ = check_eval_custom_data_source_config_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _schema_raw = d.pop("schema", UNSET)
        if _schema_raw is None or isinstance(_schema_raw, Unset):
            if strict_parsing.get():
                raise KeyError("schema")

            if _schema_raw is UNSET:
                _none_flips += ("schema",)
            schema = None

        else:
            try:
                schema = EvalCustomDataSourceConfigSchema.from_dict(_schema_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                schema = _schema_raw

        eval_custom_data_source_config = cls(
            type_=type_,
            schema=schema,
        )
        if _none_flips:
            eval_custom_data_source_config._none_flips = _none_flips

        eval_custom_data_source_config.additional_properties = d
        return eval_custom_data_source_config

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
