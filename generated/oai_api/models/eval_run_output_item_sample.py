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

if TYPE_CHECKING:
    from .._model import Table
    from ..models.eval_api_error import EvalApiError
    from ..models.eval_run_output_item_sample_input_item import (
        EvalRunOutputItemSampleInputItem,
    )
    from ..models.eval_run_output_item_sample_output_item import (
        EvalRunOutputItemSampleOutputItem,
    )
    from ..models.eval_run_output_item_sample_usage import EvalRunOutputItemSampleUsage


@_attrs_define(repr=False)
class EvalRunOutputItemSample(_OpenModel):
    input_: list[EvalRunOutputItemSampleInputItem]

    output: list[EvalRunOutputItemSampleOutputItem]

    finish_reason: str

    model: str

    usage: EvalRunOutputItemSampleUsage

    error: EvalApiError
    """ An error reported by the Evals API, with a code and a message. """
    temperature: float

    max_completion_tokens: int

    top_p: float

    seed: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "error",
        "finish_reason",
        "input",
        "max_completion_tokens",
        "model",
        "output",
        "seed",
        "temperature",
        "top_p",
        "usage",
    )

    @staticmethod
    def _fields() -> Table:
        from ..models.eval_api_error import EvalApiError
        from ..models.eval_run_output_item_sample_input_item import (
            EvalRunOutputItemSampleInputItem,
        )
        from ..models.eval_run_output_item_sample_output_item import (
            EvalRunOutputItemSampleOutputItem,
        )
        from ..models.eval_run_output_item_sample_usage import (
            EvalRunOutputItemSampleUsage,
        )

        return fields(
            ("input_", "input", REQUIRED, list_of(EvalRunOutputItemSampleInputItem)),
            ("output", "output", REQUIRED, list_of(EvalRunOutputItemSampleOutputItem)),
            ("finish_reason", "finish_reason", REQUIRED, None),
            ("model", "model", REQUIRED, None),
            ("usage", "usage", REQUIRED, EvalRunOutputItemSampleUsage),
            ("error", "error", REQUIRED, EvalApiError),
            ("temperature", "temperature", REQUIRED, None),
            ("max_completion_tokens", "max_completion_tokens", REQUIRED, None),
            ("top_p", "top_p", REQUIRED, None),
            ("seed", "seed", REQUIRED, None),
        )
