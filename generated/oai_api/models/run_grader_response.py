from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.run_grader_response_metadata import RunGraderResponseMetadata
    from ..models.run_grader_response_model_grader_token_usage_per_model import (
        RunGraderResponseModelGraderTokenUsagePerModel,
    )
    from ..models.run_grader_response_sub_rewards import RunGraderResponseSubRewards


@_attrs_define(repr=False)
class RunGraderResponse(_OpenModel):
    """Outcome of a grader run: the reward, sub-rewards, metadata and token usage of model graders."""

    reward: float

    metadata: RunGraderResponseMetadata

    sub_rewards: RunGraderResponseSubRewards

    model_grader_token_usage_per_model: RunGraderResponseModelGraderTokenUsagePerModel

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("metadata", "model_grader_token_usage_per_model", "reward", "sub_rewards")

    @staticmethod
    def _fields() -> Table:
        from ..models.run_grader_response_metadata import RunGraderResponseMetadata
        from ..models.run_grader_response_model_grader_token_usage_per_model import (
            RunGraderResponseModelGraderTokenUsagePerModel,
        )
        from ..models.run_grader_response_sub_rewards import RunGraderResponseSubRewards

        return fields(
            ("reward", "reward", REQUIRED, None),
            ("metadata", "metadata", REQUIRED, RunGraderResponseMetadata),
            ("sub_rewards", "sub_rewards", REQUIRED, RunGraderResponseSubRewards),
            (
                "model_grader_token_usage_per_model",
                "model_grader_token_usage_per_model",
                REQUIRED,
                RunGraderResponseModelGraderTokenUsagePerModel,
            ),
        )
