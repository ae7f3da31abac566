from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr, strict_parsing

T = TypeVar("T", bound="FineTuningJobCheckpointMetrics")


@_attrs_define
class FineTuningJobCheckpointMetrics:
    step: float | None = None
    train_loss: float | None = None
    train_mean_token_accuracy: float | None = None
    valid_loss: float | None = None
    valid_mean_token_accuracy: float | None = None
    full_valid_loss: float | None = None
    full_valid_mean_token_accuracy: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_step = (
            self.step if self.step is not None or "step" in self._none_flips else UNSET
        )

        step = _v_step

        _v_train_loss = (
            self.train_loss
            if self.train_loss is not None or "train_loss" in self._none_flips
            else UNSET
        )

        train_loss = _v_train_loss

        _v_train_mean_token_accuracy = (
            self.train_mean_token_accuracy
            if self.train_mean_token_accuracy is not None
            or "train_mean_token_accuracy" in self._none_flips
            else UNSET
        )

        train_mean_token_accuracy = _v_train_mean_token_accuracy

        _v_valid_loss = (
            self.valid_loss
            if self.valid_loss is not None or "valid_loss" in self._none_flips
            else UNSET
        )

        valid_loss = _v_valid_loss

        _v_valid_mean_token_accuracy = (
            self.valid_mean_token_accuracy
            if self.valid_mean_token_accuracy is not None
            or "valid_mean_token_accuracy" in self._none_flips
            else UNSET
        )

        valid_mean_token_accuracy = _v_valid_mean_token_accuracy

        _v_full_valid_loss = (
            self.full_valid_loss
            if self.full_valid_loss is not None or "full_valid_loss" in self._none_flips
            else UNSET
        )

        full_valid_loss = _v_full_valid_loss

        _v_full_valid_mean_token_accuracy = (
            self.full_valid_mean_token_accuracy
            if self.full_valid_mean_token_accuracy is not None
            or "full_valid_mean_token_accuracy" in self._none_flips
            else UNSET
        )

        full_valid_mean_token_accuracy = _v_full_valid_mean_token_accuracy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if step is not UNSET:
            field_dict["step"] = step
        if train_loss is not UNSET:
            field_dict["train_loss"] = train_loss
        if train_mean_token_accuracy is not UNSET:
            field_dict["train_mean_token_accuracy"] = train_mean_token_accuracy
        if valid_loss is not UNSET:
            field_dict["valid_loss"] = valid_loss
        if valid_mean_token_accuracy is not UNSET:
            field_dict["valid_mean_token_accuracy"] = valid_mean_token_accuracy
        if full_valid_loss is not UNSET:
            field_dict["full_valid_loss"] = full_valid_loss
        if full_valid_mean_token_accuracy is not UNSET:
            field_dict["full_valid_mean_token_accuracy"] = (
                full_valid_mean_token_accuracy
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        step = d.pop("step", UNSET)
        if step is None and strict_parsing.get():
            raise TypeError("step")

        if step is None or step is UNSET:
            if step is None:
                _none_flips += ("step",)
            step = None

        train_loss = d.pop("train_loss", UNSET)
        if train_loss is None and strict_parsing.get():
            raise TypeError("train_loss")

        if train_loss is None or train_loss is UNSET:
            if train_loss is None:
                _none_flips += ("train_loss",)
            train_loss = None

        train_mean_token_accuracy = d.pop("train_mean_token_accuracy", UNSET)
        if train_mean_token_accuracy is None and strict_parsing.get():
            raise TypeError("train_mean_token_accuracy")

        if train_mean_token_accuracy is None or train_mean_token_accuracy is UNSET:
            if train_mean_token_accuracy is None:
                _none_flips += ("train_mean_token_accuracy",)
            train_mean_token_accuracy = None

        valid_loss = d.pop("valid_loss", UNSET)
        if valid_loss is None and strict_parsing.get():
            raise TypeError("valid_loss")

        if valid_loss is None or valid_loss is UNSET:
            if valid_loss is None:
                _none_flips += ("valid_loss",)
            valid_loss = None

        valid_mean_token_accuracy = d.pop("valid_mean_token_accuracy", UNSET)
        if valid_mean_token_accuracy is None and strict_parsing.get():
            raise TypeError("valid_mean_token_accuracy")

        if valid_mean_token_accuracy is None or valid_mean_token_accuracy is UNSET:
            if valid_mean_token_accuracy is None:
                _none_flips += ("valid_mean_token_accuracy",)
            valid_mean_token_accuracy = None

        full_valid_loss = d.pop("full_valid_loss", UNSET)
        if full_valid_loss is None and strict_parsing.get():
            raise TypeError("full_valid_loss")

        if full_valid_loss is None or full_valid_loss is UNSET:
            if full_valid_loss is None:
                _none_flips += ("full_valid_loss",)
            full_valid_loss = None

        full_valid_mean_token_accuracy = d.pop("full_valid_mean_token_accuracy", UNSET)
        if full_valid_mean_token_accuracy is None and strict_parsing.get():
            raise TypeError("full_valid_mean_token_accuracy")

        if (
            full_valid_mean_token_accuracy is None
            or full_valid_mean_token_accuracy is UNSET
        ):
            if full_valid_mean_token_accuracy is None:
                _none_flips += ("full_valid_mean_token_accuracy",)
            full_valid_mean_token_accuracy = None

        fine_tuning_job_checkpoint_metrics = cls(
            step=step,
            train_loss=train_loss,
            train_mean_token_accuracy=train_mean_token_accuracy,
            valid_loss=valid_loss,
            valid_mean_token_accuracy=valid_mean_token_accuracy,
            full_valid_loss=full_valid_loss,
            full_valid_mean_token_accuracy=full_valid_mean_token_accuracy,
        )
        if _none_flips:
            fine_tuning_job_checkpoint_metrics._none_flips = _none_flips

        fine_tuning_job_checkpoint_metrics.additional_properties = d
        return fine_tuning_job_checkpoint_metrics

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
