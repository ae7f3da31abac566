from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel
from ..models.grader_score_model_type import (
    GraderScoreModelType,
    check_grader_score_model_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.eval_item import EvalItem
    from ..models.grader_score_model_sampling_params import (
        GraderScoreModelSamplingParams,
    )


@_attrs_define(repr=False)
class GraderScoreModel(_OpenModel):
    """Grader in which a model rates the input on a numeric scale."""

    type_: GraderScoreModelType
    """ Always `score_model` for this grader. """
    name: str
    """ Name identifying this grader in results. """
    model: str
    """ Model that produces the score. """
    input_: list[EvalItem]
    """ Messages the grading model reads; content may be text, model output, images or audio and may use template
    strings. """
    sampling_params: GraderScoreModelSamplingParams | None = None
    """ Sampling settings for the grading model. """
    range_: list[float] | None = None
    """ Lowest and highest possible score, as `[min, max]`; `[0, 1]` if omitted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("input", "model", "name", "range", "sampling_params", "type")
    _tags = {"type": ("score_model",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.eval_item import EvalItem
        from ..models.grader_score_model_sampling_params import (
            GraderScoreModelSamplingParams,
        )

        return fields(
            ("type_", "type", REQUIRED, check_grader_score_model_type),
            ("name", "name", REQUIRED, None),
            ("model", "model", REQUIRED, None),
            ("input_", "input", REQUIRED, list_of(EvalItem)),
            (
                "sampling_params",
                "sampling_params",
                OPTIONAL,
                GraderScoreModelSamplingParams,
            ),
            ("range_", "range", OPTIONAL, list_of(None)),
        )
