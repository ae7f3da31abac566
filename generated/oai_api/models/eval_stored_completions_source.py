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
from ..models.eval_stored_completions_source_type import (
    EvalStoredCompletionsSourceType,
    check_eval_stored_completions_source_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.metadata_type_0 import MetadataType0


@_attrs_define(repr=False)
class EvalStoredCompletionsSource(_OpenModel):
    """Run source that selects stored chat completions by model, metadata and creation time."""

    type_: EvalStoredCompletionsSourceType
    """ Always `stored_completions` for this source. """
    metadata: MetadataType0 | None = None
    """ Up to 16 string key/value tags attached to an object. """
    model: None | str = None
    """ Only use completions from this model, e.g. `gpt-4o`. """
    created_after: int | None = None
    """ Only use completions created after this Unix time (seconds). """
    created_before: int | None = None
    """ Only use completions created before this Unix time (seconds). """
    limit: int | None = None
    """ Most completions to use; None means no cap. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("created_after", "created_before", "limit", "metadata", "model", "type")
    _tags = {"type": ("stored_completions",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_eval_stored_completions_source_type),
            (
                "metadata",
                "metadata",
                OPTIONAL_OR_NULL,
                one_of(member("metadata_type_0", "MetadataType0"), None),
            ),
            ("model", "model", OPTIONAL_OR_NULL, one_of(str, None)),
            ("created_after", "created_after", OPTIONAL_OR_NULL, one_of(int, None)),
            ("created_before", "created_before", OPTIONAL_OR_NULL, one_of(int, None)),
            ("limit", "limit", OPTIONAL_OR_NULL, one_of(int, None)),
        )
