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


@_attrs_define(repr=False)
class RunGraderResponseMetadataErrors(_OpenModel):
    formula_parse_error: bool

    sample_parse_error: bool

    truncated_observation_error: bool

    unresponsive_reward_error: bool

    invalid_variable_error: bool

    other_error: bool

    python_grader_server_error: bool

    python_grader_server_error_type: None | str

    python_grader_runtime_error: bool

    python_grader_runtime_error_details: None | str

    model_grader_server_error: bool

    model_grader_refusal_error: bool

    model_grader_parse_error: bool

    model_grader_server_error_details: None | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "formula_parse_error",
        "invalid_variable_error",
        "model_grader_parse_error",
        "model_grader_refusal_error",
        "model_grader_server_error",
        "model_grader_server_error_details",
        "other_error",
        "python_grader_runtime_error",
        "python_grader_runtime_error_details",
        "python_grader_server_error",
        "python_grader_server_error_type",
        "sample_parse_error",
        "truncated_observation_error",
        "unresponsive_reward_error",
    )

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("formula_parse_error", "formula_parse_error", REQUIRED, None),
            ("sample_parse_error", "sample_parse_error", REQUIRED, None),
            (
                "truncated_observation_error",
                "truncated_observation_error",
                REQUIRED,
                None,
            ),
            ("unresponsive_reward_error", "unresponsive_reward_error", REQUIRED, None),
            ("invalid_variable_error", "invalid_variable_error", REQUIRED, None),
            ("other_error", "other_error", REQUIRED, None),
            (
                "python_grader_server_error",
                "python_grader_server_error",
                REQUIRED,
                None,
            ),
            (
                "python_grader_server_error_type",
                "python_grader_server_error_type",
                REQUIRED_OR_NULL,
                one_of(str, None),
            ),
            (
                "python_grader_runtime_error",
                "python_grader_runtime_error",
                REQUIRED,
                None,
            ),
            (
                "python_grader_runtime_error_details",
                "python_grader_runtime_error_details",
                REQUIRED_OR_NULL,
                one_of(str, None),
            ),
            ("model_grader_server_error", "model_grader_server_error", REQUIRED, None),
            (
                "model_grader_refusal_error",
                "model_grader_refusal_error",
                REQUIRED,
                None,
            ),
            ("model_grader_parse_error", "model_grader_parse_error", REQUIRED, None),
            (
                "model_grader_server_error_details",
                "model_grader_server_error_details",
                REQUIRED_OR_NULL,
                one_of(str, None),
            ),
        )
