from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel
from ..models.eval_jsonl_file_content_source_type import (
    EvalJsonlFileContentSourceType,
    check_eval_jsonl_file_content_source_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.eval_jsonl_file_content_source_content_item import (
        EvalJsonlFileContentSourceContentItem,
    )


@_attrs_define(repr=False)
class EvalJsonlFileContentSource(_OpenModel):
    """JSONL rows supplied inline in the request."""

    type_: EvalJsonlFileContentSourceType
    """ Always `file_content`: the rows are sent inline. """
    content: list[EvalJsonlFileContentSourceContentItem]
    """ The rows, each with an `item` and optionally a `sample`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("content", "type")
    _tags = {"type": ("file_content",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.eval_jsonl_file_content_source_content_item import (
            EvalJsonlFileContentSourceContentItem,
        )

        return fields(
            ("type_", "type", REQUIRED, check_eval_jsonl_file_content_source_type),
            (
                "content",
                "content",
                REQUIRED,
                list_of(EvalJsonlFileContentSourceContentItem),
            ),
        )
