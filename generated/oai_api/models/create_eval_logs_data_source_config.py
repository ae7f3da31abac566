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
from ..models.create_eval_logs_data_source_config_type import (
    CreateEvalLogsDataSourceConfigType,
    check_create_eval_logs_data_source_config_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.create_eval_logs_data_source_config_metadata import (
        CreateEvalLogsDataSourceConfigMetadata,
    )


@_attrs_define(repr=False)
class CreateEvalLogsDataSourceConfig(_OpenModel):
    """Data source config built from your logged traffic, selected by metadata such as `usecase=chatbot`."""

    type_: CreateEvalLogsDataSourceConfigType
    """ Always `logs` for this config. """
    metadata: CreateEvalLogsDataSourceConfigMetadata | None = None
    """ Metadata key/value pairs that select which logs to use. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("metadata", "type")
    _tags = {"type": ("logs",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.create_eval_logs_data_source_config_metadata import (
            CreateEvalLogsDataSourceConfigMetadata,
        )

        return fields(
            ("type_", "type", REQUIRED, check_create_eval_logs_data_source_config_type),
            ("metadata", "metadata", OPTIONAL, CreateEvalLogsDataSourceConfigMetadata),
            strict=True,
        )
