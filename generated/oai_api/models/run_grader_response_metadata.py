from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.run_grader_response_metadata_errors import (
        RunGraderResponseMetadataErrors,
    )
    from ..models.run_grader_response_metadata_scores import (
        RunGraderResponseMetadataScores,
    )


@_attrs_define(repr=False)
class RunGraderResponseMetadata(_OpenModel):
    name: str

    type_: str

    errors: RunGraderResponseMetadataErrors

    execution_time: float

    scores: RunGraderResponseMetadataScores

    token_usage: int | None

    sampled_model_name: None | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "errors",
        "execution_time",
        "name",
        "sampled_model_name",
        "scores",
        "token_usage",
        "type",
    )

    @staticmethod
    def _fields() -> Table:
        from ..models.run_grader_response_metadata_errors import (
            RunGraderResponseMetadataErrors,
        )
        from ..models.run_grader_response_metadata_scores import (
            RunGraderResponseMetadataScores,
        )

        return fields(
            ("name", "name", REQUIRED, None),
            ("type_", "type", REQUIRED, None),
            ("errors", "errors", REQUIRED, RunGraderResponseMetadataErrors),
            ("execution_time", "execution_time", REQUIRED, None),
            ("scores", "scores", REQUIRED, RunGraderResponseMetadataScores),
            ("token_usage", "token_usage", REQUIRED_OR_NULL, one_of(int, None)),
            (
                "sampled_model_name",
                "sampled_model_name",
                REQUIRED_OR_NULL,
                one_of(str, None),
            ),
        )
