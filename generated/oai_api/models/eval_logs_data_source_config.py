from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.eval_logs_data_source_config_type import (
    EvalLogsDataSourceConfigType,
    check_eval_logs_data_source_config_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.eval_logs_data_source_config_schema import (
        EvalLogsDataSourceConfigSchema,
    )
    from ..models.metadata_type_0 import MetadataType0


@_attrs_define(repr=False)
class EvalLogsDataSourceConfig(_OpenModel):
    """A logs data source config as stored on an eval: the metadata filter plus the schema of the `item` and `sample`
    variables it provides."""

    type_: EvalLogsDataSourceConfigType

    schema: EvalLogsDataSourceConfigSchema

    metadata: MetadataType0 | None = None
    """ Up to 16 string key/value tags attached to an object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("metadata", "schema", "type")
    _tags = {"type": ("logs",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.eval_logs_data_source_config_schema import (
            EvalLogsDataSourceConfigSchema,
        )

        return fields(
            ("type_", "type", REQUIRED, check_eval_logs_data_source_config_type),
            ("schema", "schema", REQUIRED, EvalLogsDataSourceConfigSchema),
            (
                "metadata",
                "metadata",
                OPTIONAL_OR_NULL,
                one_of(member("metadata_type_0", "MetadataType0"), None),
            ),
        )
