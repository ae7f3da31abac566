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
from ..models.eval_stored_completions_data_source_config_type import (
    EvalStoredCompletionsDataSourceConfigType,
    check_eval_stored_completions_data_source_config_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.eval_stored_completions_data_source_config_schema import (
        EvalStoredCompletionsDataSourceConfigSchema,
    )
    from ..models.metadata_type_0 import MetadataType0


@_attrs_define(repr=False)
class EvalStoredCompletionsDataSourceConfig(_OpenModel):
    """Deprecated: use the `logs` data source config. Stored-completions config as saved on an eval, with its schema."""

    type_: EvalStoredCompletionsDataSourceConfigType

    schema: EvalStoredCompletionsDataSourceConfigSchema

    metadata: MetadataType0 | None = None
    """ Up to 16 string key/value tags attached to an object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("metadata", "schema", "type")
    _tags = {"type": ("stored_completions",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.eval_stored_completions_data_source_config_schema import (
            EvalStoredCompletionsDataSourceConfigSchema,
        )

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_eval_stored_completions_data_source_config_type,
            ),
            ("schema", "schema", REQUIRED, EvalStoredCompletionsDataSourceConfigSchema),
            (
                "metadata",
                "metadata",
                OPTIONAL_OR_NULL,
                one_of(member("metadata_type_0", "MetadataType0"), None),
            ),
        )
