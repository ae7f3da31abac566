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
from ..models.create_eval_stored_completions_data_source_config_type import (
    CreateEvalStoredCompletionsDataSourceConfigType,
    check_create_eval_stored_completions_data_source_config_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.create_eval_stored_completions_data_source_config_metadata import (
        CreateEvalStoredCompletionsDataSourceConfigMetadata,
    )


@_attrs_define(repr=False)
class CreateEvalStoredCompletionsDataSourceConfig(_OpenModel):
    """Deprecated: use the `logs` data source config. Selects stored chat completions by metadata."""

    type_: CreateEvalStoredCompletionsDataSourceConfigType
    """ Always `stored_completions` for this deprecated config. """
    metadata: CreateEvalStoredCompletionsDataSourceConfigMetadata | None = None
    """ Metadata key/value pairs that select which stored completions to use. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("metadata", "type")
    _tags = {"type": ("stored_completions",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.create_eval_stored_completions_data_source_config_metadata import (
            CreateEvalStoredCompletionsDataSourceConfigMetadata,
        )

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_create_eval_stored_completions_data_source_config_type,
            ),
            (
                "metadata",
                "metadata",
                OPTIONAL,
                CreateEvalStoredCompletionsDataSourceConfigMetadata,
            ),
            strict=True,
        )
