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
from ..models.grader_label_model_type import (
    GraderLabelModelType,
    check_grader_label_model_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.eval_item import EvalItem


@_attrs_define(repr=False)
class GraderLabelModel(_OpenModel):
    """Grader that asks a model to label each item; items whose label is in `passing_labels` pass."""

    type_: GraderLabelModelType
    """ Always `label_model` for this grader. """
    name: str
    """ Name identifying this grader in results. """
    model: str
    """ Labelling model; it has to support structured outputs. """
    input_: list[EvalItem]
    """ Prompt messages given to the labelling model; may include template placeholders. """
    labels: list[str]
    """ Every label the model may give an item. """
    passing_labels: list[str]
    """ Labels counted as a pass; must be drawn from `labels`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("input", "labels", "model", "name", "passing_labels", "type")
    _tags = {"type": ("label_model",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.eval_item import EvalItem

        return fields(
            ("type_", "type", REQUIRED, check_grader_label_model_type),
            ("name", "name", REQUIRED, None),
            ("model", "model", REQUIRED, None),
            ("input_", "input", REQUIRED, list_of(EvalItem)),
            ("labels", "labels", REQUIRED, list_of(None)),
            ("passing_labels", "passing_labels", REQUIRED, list_of(None)),
        )
