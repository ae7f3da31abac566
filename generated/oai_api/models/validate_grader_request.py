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

if TYPE_CHECKING:
    from .._model import Table
    from ..models.grader_multi import GraderMulti
    from ..models.grader_python import GraderPython
    from ..models.grader_score_model import GraderScoreModel
    from ..models.grader_string_check import GraderStringCheck
    from ..models.grader_text_similarity import GraderTextSimilarity


@_attrs_define(repr=False)
class ValidateGraderRequest(_OpenModel):
    """A grader definition to validate."""

    grader: (
        GraderMulti
        | GraderPython
        | GraderScoreModel
        | GraderStringCheck
        | GraderTextSimilarity
    )
    """ Grader definition to check. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("grader",)

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "grader",
                "grader",
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
                    member("grader_multi", "GraderMulti", ("type", "multi")),
                ),
            ),
            strict=True,
        )
