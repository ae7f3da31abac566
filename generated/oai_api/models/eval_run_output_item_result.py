from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.eval_run_output_item_result_sample_type_0 import (
        EvalRunOutputItemResultSampleType0,
    )


@_attrs_define(repr=False)
class EvalRunOutputItemResult(_OpenModel):
    """How one grader judged one output item: its score and whether it passed."""

    name: str

    score: float

    passed: bool

    type_: str | None = None

    sample: EvalRunOutputItemResultSampleType0 | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("name", "passed", "sample", "score", "type")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("name", "name", REQUIRED, None),
            ("score", "score", REQUIRED, None),
            ("passed", "passed", REQUIRED, None),
            ("type_", "type", OPTIONAL, None),
            (
                "sample",
                "sample",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "eval_run_output_item_result_sample_type_0",
                        "EvalRunOutputItemResultSampleType0",
                    ),
                    None,
                ),
            ),
        )
