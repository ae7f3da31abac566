from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.eval_custom_data_source_config_type import (
    EvalCustomDataSourceConfigType,
    check_eval_custom_data_source_config_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.eval_custom_data_source_config_schema import (
        EvalCustomDataSourceConfigSchema,
    )


@_attrs_define(repr=False)
class EvalCustomDataSourceConfig(_OpenModel):
    """A custom data source config as stored on an eval, with the resulting JSON schema for `item` and, optionally,
    `sample`."""

    type_: EvalCustomDataSourceConfigType

    schema: EvalCustomDataSourceConfigSchema

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("schema", "type")
    _tags = {"type": ("custom",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.eval_custom_data_source_config_schema import (
            EvalCustomDataSourceConfigSchema,
        )

        return fields(
            ("type_", "type", REQUIRED, check_eval_custom_data_source_config_type),
            ("schema", "schema", REQUIRED, EvalCustomDataSourceConfigSchema),
        )
