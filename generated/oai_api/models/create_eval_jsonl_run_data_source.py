from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.create_eval_jsonl_run_data_source_type import (
    CreateEvalJsonlRunDataSourceType,
    check_create_eval_jsonl_run_data_source_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.eval_jsonl_file_content_source import EvalJsonlFileContentSource
    from ..models.eval_jsonl_file_id_source import EvalJsonlFileIdSource


@_attrs_define(repr=False)
class CreateEvalJsonlRunDataSource(_OpenModel):
    """Run data source that reads items from JSONL, either inline or from an uploaded file, matching the eval's schema."""

    type_: CreateEvalJsonlRunDataSourceType
    """ Always `jsonl` for this data source. """
    source: EvalJsonlFileContentSource | EvalJsonlFileIdSource
    """ The JSONL data that fills the `item` namespace: inline rows or a file ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("source", "type")
    _tags = {"type": ("jsonl",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_create_eval_jsonl_run_data_source_type),
            (
                "source",
                "source",
                REQUIRED,
                one_of(
                    member(
                        "eval_jsonl_file_content_source",
                        "EvalJsonlFileContentSource",
                        ("type", "file_content"),
                    ),
                    member(
                        "eval_jsonl_file_id_source",
                        "EvalJsonlFileIdSource",
                        ("type", "file_id"),
                    ),
                ),
            ),
        )
