from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_eval_custom_data_source_config_type import (
    CreateEvalCustomDataSourceConfigType,
    check_create_eval_custom_data_source_config_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.create_eval_custom_data_source_config_item_schema import (
        CreateEvalCustomDataSourceConfigItemSchema,
    )


T = TypeVar("T", bound="CreateEvalCustomDataSourceConfig")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, CreateEvalCustomDataSourceConfigItemSchema
    from ..models.create_eval_custom_data_source_config_item_schema import (
        CreateEvalCustomDataSourceConfigItemSchema,
    )

    _models_bound = True


@_attrs_define
class CreateEvalCustomDataSourceConfig:
    """Data source config where you supply a JSON schema for the items; it fixes what graders can reference and what each
    run must provide.

    """

    type_: CreateEvalCustomDataSourceConfigType
    """ Always `custom` for this config. """
    item_schema: CreateEvalCustomDataSourceConfigItemSchema
    """ JSON schema that every data item must satisfy. """
    include_sample_schema: bool | None = None
    """ Set true when runs will generate model outputs into the `sample` namespace for graders to use (default
    false). """
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

        _v_item_schema = (
            self.item_schema
            if self.item_schema is not None or "item_schema" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_item_schema, CreateEvalCustomDataSourceConfigItemSchema):
            item_schema = _v_item_schema
        else:
            item_schema = _v_item_schema.to_dict()

        _v_include_sample_schema = (
            self.include_sample_schema
            if self.include_sample_schema is not None
            or "include_sample_schema" in self._none_flips
            else UNSET
        )

        include_sample_schema = _v_include_sample_schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "item_schema": item_schema,
                }.items()
                if v is not UNSET
            }
        )
        if include_sample_schema is not UNSET:
            field_dict["include_sample_schema"] = include_sample_schema

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            raise KeyError(
                "CreateEvalCustomDataSourceConfig: required field type is missing"
            )

        else:
            type_ = check_create_eval_custom_data_source_config_type(_type__raw)

        _item_schema_raw = d.pop("item_schema", UNSET)
        if _item_schema_raw is None or isinstance(_item_schema_raw, Unset):
            raise KeyError(
                "CreateEvalCustomDataSourceConfig: required field item_schema is missing"
            )

        else:
            item_schema = CreateEvalCustomDataSourceConfigItemSchema.from_dict(
                _item_schema_raw
            )

        include_sample_schema = d.pop("include_sample_schema", UNSET)
        if include_sample_schema is None and strict_parsing.get():
            raise TypeError("include_sample_schema")

        if include_sample_schema is None or include_sample_schema is UNSET:
            if include_sample_schema is None:
                _none_flips += ("include_sample_schema",)
            include_sample_schema = None

        create_eval_custom_data_source_config = cls(
            type_=type_,
            item_schema=item_schema,
            include_sample_schema=include_sample_schema,
        )
        if _none_flips:
            create_eval_custom_data_source_config._none_flips = _none_flips

        create_eval_custom_data_source_config.additional_properties = d
        return create_eval_custom_data_source_config

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
