from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.eval_jsonl_file_id_source_type import (
    EvalJsonlFileIdSourceType,
    check_eval_jsonl_file_id_source_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class EvalJsonlFileIdSource(_OpenModel):
    """JSONL rows taken from a file you uploaded earlier."""

    type_: EvalJsonlFileIdSourceType
    """ Always `file_id`: the rows come from an uploaded file. """
    id: str
    """ ID of the uploaded JSONL file. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("id", "type")
    _tags = {"type": ("file_id",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_eval_jsonl_file_id_source_type),
            ("id", "id", REQUIRED, None),
        )
