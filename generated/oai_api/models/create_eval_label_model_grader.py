from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.create_eval_label_model_grader_type import (
    CreateEvalLabelModelGraderType,
    check_create_eval_label_model_grader_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.create_eval_item_type_0 import CreateEvalItemType0
    from ..models.eval_item import EvalItem


@_attrs_define(repr=False)
class CreateEvalLabelModelGrader(_OpenModel):
    """Grader that has a model pick labels for each item; an item passes when its label is one of the passing ones."""

    type_: CreateEvalLabelModelGraderType
    """ Always `label_model` for this grader. """
    name: str
    """ Name identifying this grader in results. """
    model: str
    """ Labelling model; it has to support structured outputs. """
    input_: list[CreateEvalItemType0 | EvalItem]
    """ Prompt messages sent to the labelling model; they may use `{{item.field}}` placeholders. """
    labels: list[str]
    """ Every label the model may choose from. """
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

        return fields(
            ("type_", "type", REQUIRED, check_create_eval_label_model_grader_type),
            ("name", "name", REQUIRED, None),
            ("model", "model", REQUIRED, None),
            (
                "input_",
                "input",
                REQUIRED,
                list_of(
                    one_of(
                        member("create_eval_item_type_0", "CreateEvalItemType0"),
                        member("eval_item", "EvalItem", ("type", "message")),
                    )
                ),
            ),
            ("labels", "labels", REQUIRED, list_of(None)),
            ("passing_labels", "passing_labels", REQUIRED, list_of(None)),
            strict=True,
        )
