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

if TYPE_CHECKING:
    from .._model import Table
    from ..models.eval_jsonl_file_content_source_content_item_item import (
        EvalJsonlFileContentSourceContentItemItem,
    )
    from ..models.eval_jsonl_file_content_source_content_item_sample import (
        EvalJsonlFileContentSourceContentItemSample,
    )


@_attrs_define(repr=False)
class EvalJsonlFileContentSourceContentItem(_OpenModel):
    item: EvalJsonlFileContentSourceContentItemItem
    """ The data for this row, exposed to graders as the `item` namespace. """
    sample: EvalJsonlFileContentSourceContentItemSample | None = None
    """ Optional model output for this row, exposed to graders as the `sample` namespace. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("item", "sample")

    @staticmethod
    def _fields() -> Table:
        from ..models.eval_jsonl_file_content_source_content_item_item import (
            EvalJsonlFileContentSourceContentItemItem,
        )
        from ..models.eval_jsonl_file_content_source_content_item_sample import (
            EvalJsonlFileContentSourceContentItemSample,
        )

        return fields(
            ("item", "item", REQUIRED, EvalJsonlFileContentSourceContentItemItem),
            ("sample", "sample", OPTIONAL, EvalJsonlFileContentSourceContentItemSample),
        )
