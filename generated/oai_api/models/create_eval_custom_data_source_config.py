from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.create_eval_custom_data_source_config_type import (
    CreateEvalCustomDataSourceConfigType,
    check_create_eval_custom_data_source_config_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.create_eval_custom_data_source_config_item_schema import (
        CreateEvalCustomDataSourceConfigItemSchema,
    )


@_attrs_define(repr=False)
class CreateEvalCustomDataSourceConfig(_OpenModel):
    """Data source config where you supply a JSON schema for the items; it fixes what graders can reference and what each
    run must provide."""

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
    _keys = ("include_sample_schema", "item_schema", "type")
    _tags = {"type": ("custom",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.create_eval_custom_data_source_config_item_schema import (
            CreateEvalCustomDataSourceConfigItemSchema,
        )

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_create_eval_custom_data_source_config_type,
            ),
            (
                "item_schema",
                "item_schema",
                REQUIRED,
                CreateEvalCustomDataSourceConfigItemSchema,
            ),
            ("include_sample_schema", "include_sample_schema", OPTIONAL, None),
            strict=True,
        )
