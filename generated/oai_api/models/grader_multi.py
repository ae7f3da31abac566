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
from ..models.grader_multi_type import GraderMultiType, check_grader_multi_type

if TYPE_CHECKING:
    from .._model import Table
    from ..models.grader_label_model import GraderLabelModel
    from ..models.grader_python import GraderPython
    from ..models.grader_score_model import GraderScoreModel
    from ..models.grader_string_check import GraderStringCheck
    from ..models.grader_text_similarity import GraderTextSimilarity


@_attrs_define(repr=False)
class GraderMulti(_OpenModel):
    """A grader that runs several graders and merges their scores with a formula."""

    type_: GraderMultiType
    """ Always `multi`. """
    name: str
    """ Name identifying this grader. """
    graders: (
        GraderLabelModel
        | GraderPython
        | GraderScoreModel
        | GraderStringCheck
        | GraderTextSimilarity
    )
    """ Sub-grader whose named score feeds the `calculate_output` formula. """
    calculate_output: str
    """ Expression that combines the sub-graders' scores into the final score. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("calculate_output", "graders", "name", "type")
    _tags = {"type": ("multi",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_grader_multi_type),
            ("name", "name", REQUIRED, None),
            (
                "graders",
                "graders",
                REQUIRED,
                one_of(
                    member(
                        "grader_string_check",
                        "GraderStringCheck",
                        ("type", "string_check"),
                    ),
                    member(
                        "grader_text_similarity",
                        "GraderTextSimilarity",
                        ("type", "text_similarity"),
                    ),
                    member("grader_python", "GraderPython", ("type", "python")),
                    member(
                        "grader_score_model",
                        "GraderScoreModel",
                        ("type", "score_model"),
                    ),
                    member(
                        "grader_label_model",
                        "GraderLabelModel",
                        ("type", "label_model"),
                    ),
                ),
            ),
            ("calculate_output", "calculate_output", REQUIRED, None),
        )
