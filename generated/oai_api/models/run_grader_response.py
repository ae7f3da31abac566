from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.run_grader_response_metadata import RunGraderResponseMetadata
    from ..models.run_grader_response_model_grader_token_usage_per_model import (
        RunGraderResponseModelGraderTokenUsagePerModel,
    )
    from ..models.run_grader_response_sub_rewards import RunGraderResponseSubRewards


T = TypeVar("T", bound="RunGraderResponse")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        RunGraderResponseMetadata, \
        RunGraderResponseModelGraderTokenUsagePerModel, \
        RunGraderResponseSubRewards
    from ..models.run_grader_response_metadata import RunGraderResponseMetadata
    from ..models.run_grader_response_model_grader_token_usage_per_model import (
        RunGraderResponseModelGraderTokenUsagePerModel,
    )
    from ..models.run_grader_response_sub_rewards import RunGraderResponseSubRewards

    _models_bound = True


@_attrs_define
class RunGraderResponse:
    """Outcome of a grader run: the reward, sub-rewards, metadata and token usage of model graders."""

    reward: float
    metadata: RunGraderResponseMetadata
    sub_rewards: RunGraderResponseSubRewards
    model_grader_token_usage_per_model: RunGraderResponseModelGraderTokenUsagePerModel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_reward = (
            self.reward
            if self.reward is not None or "reward" not in self._none_flips
            else UNSET
        )

        reward = _v_reward

        _v_metadata = (
            self.metadata
            if self.metadata is not None or "metadata" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_metadata, RunGraderResponseMetadata):
            metadata = _v_metadata
        else:
            metadata = _v_metadata.to_dict()

        _v_sub_rewards = (
            self.sub_rewards
            if self.sub_rewards is not None or "sub_rewards" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_sub_rewards, RunGraderResponseSubRewards):
            sub_rewards = _v_sub_rewards
        else:
            sub_rewards = _v_sub_rewards.to_dict()

        _v_model_grader_token_usage_per_model = (
            self.model_grader_token_usage_per_model
            if self.model_grader_token_usage_per_model is not None
            or "model_grader_token_usage_per_model" not in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_model_grader_token_usage_per_model,
            RunGraderResponseModelGraderTokenUsagePerModel,
        ):
            model_grader_token_usage_per_model = _v_model_grader_token_usage_per_model
        else:
            model_grader_token_usage_per_model = (
                _v_model_grader_token_usage_per_model.to_dict()
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "reward": reward,
                    "metadata": metadata,
                    "sub_rewards": sub_rewards,
                    "model_grader_token_usage_per_model": model_grader_token_usage_per_model,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        reward = d.pop("reward", UNSET)
        if (reward is None or isinstance(reward, Unset)) and strict_parsing.get():
            raise KeyError("reward")

        if reward is None or reward is UNSET:
            if reward is UNSET:
                _none_flips += ("reward",)
            reward = None

        _metadata_raw = d.pop("metadata", UNSET)
        if _metadata_raw is None or isinstance(_metadata_raw, Unset):
            if strict_parsing.get():
                raise KeyError("metadata")

            if _metadata_raw is UNSET:
                _none_flips += ("metadata",)
            metadata = None

        else:
            try:
                metadata = RunGraderResponseMetadata.from_dict(_metadata_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                metadata = _metadata_raw

        _sub_rewards_raw = d.pop("sub_rewards", UNSET)
        if _sub_rewards_raw is None or isinstance(_sub_rewards_raw, Unset):
            if strict_parsing.get():
                raise KeyError("sub_rewards")

            if _sub_rewards_raw is UNSET:
                _none_flips += ("sub_rewards",)
            sub_rewards = None

        else:
            try:
                sub_rewards = RunGraderResponseSubRewards.from_dict(_sub_rewards_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                sub_rewards = _sub_rewards_raw

        _model_grader_token_usage_per_model_raw = d.pop(
            "model_grader_token_usage_per_model", UNSET
        )
        if _model_grader_token_usage_per_model_raw is None or isinstance(
            _model_grader_token_usage_per_model_raw, Unset
        ):
            if strict_parsing.get():
                raise KeyError("model_grader_token_usage_per_model")

            if _model_grader_token_usage_per_model_raw is UNSET:
                _none_flips += ("model_grader_token_usage_per_model",)
            model_grader_token_usage_per_model = None

        else:
            try:
                model_grader_token_usage_per_model = (
                    RunGraderResponseModelGraderTokenUsagePerModel.from_dict(
                        _model_grader_token_usage_per_model_raw
                    )
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                model_grader_token_usage_per_model = (
                    _model_grader_token_usage_per_model_raw
                )

        run_grader_response = cls(
            reward=reward,
            metadata=metadata,
            sub_rewards=sub_rewards,
            model_grader_token_usage_per_model=model_grader_token_usage_per_model,
        )
        if _none_flips:
            run_grader_response._none_flips = _none_flips

        run_grader_response.additional_properties = d
        return run_grader_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
