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
from ..models.eval_run_output_item_object import (
    EvalRunOutputItemObject,
    check_eval_run_output_item_object,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.eval_run_output_item_datasource_item import (
        EvalRunOutputItemDatasourceItem,
    )
    from ..models.eval_run_output_item_result import EvalRunOutputItemResult
    from ..models.eval_run_output_item_sample import EvalRunOutputItemSample


@_attrs_define(repr=False)
class EvalRunOutputItem(_OpenModel):
    """One graded item from an eval run: the source data, the model's sample, and each grader's result."""

    object_: EvalRunOutputItemObject

    id: str

    run_id: str

    eval_id: str

    created_at: int

    status: str

    datasource_item_id: int

    datasource_item: EvalRunOutputItemDatasourceItem

    results: list[EvalRunOutputItemResult]

    sample: EvalRunOutputItemSample

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "created_at",
        "datasource_item",
        "datasource_item_id",
        "eval_id",
        "id",
        "object",
        "results",
        "run_id",
        "sample",
        "status",
    )
    _tags = {"object": ("eval.run.output_item",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.eval_run_output_item_datasource_item import (
            EvalRunOutputItemDatasourceItem,
        )
        from ..models.eval_run_output_item_result import EvalRunOutputItemResult
        from ..models.eval_run_output_item_sample import EvalRunOutputItemSample

        return fields(
            ("object_", "object", REQUIRED, check_eval_run_output_item_object),
            ("id", "id", REQUIRED, None),
            ("run_id", "run_id", REQUIRED, None),
            ("eval_id", "eval_id", REQUIRED, None),
            ("created_at", "created_at", REQUIRED, None),
            ("status", "status", REQUIRED, None),
            ("datasource_item_id", "datasource_item_id", REQUIRED, None),
            (
                "datasource_item",
                "datasource_item",
                REQUIRED,
                EvalRunOutputItemDatasourceItem,
            ),
            ("results", "results", REQUIRED, list_of(EvalRunOutputItemResult)),
            ("sample", "sample", REQUIRED, EvalRunOutputItemSample),
        )
