from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fine_tuning_job_checkpoint_object import (
    FineTuningJobCheckpointObject,
    check_fine_tuning_job_checkpoint_object,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.fine_tuning_job_checkpoint_metrics import (
        FineTuningJobCheckpointMetrics,
    )


T = TypeVar("T", bound="FineTuningJobCheckpoint")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, FineTuningJobCheckpointMetrics
    from ..models.fine_tuning_job_checkpoint_metrics import (
        FineTuningJobCheckpointMetrics,
    )

    _models_bound = True


@_attrs_define
class FineTuningJobCheckpoint:
    """A saved, usable model snapshot taken at one step of a fine-tuning job, with its metrics."""

    id: str
    created_at: int
    fine_tuned_model_checkpoint: str
    step_number: int
    metrics: FineTuningJobCheckpointMetrics
    fine_tuning_job_id: str
    object_: FineTuningJobCheckpointObject
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_created_at = (
            self.created_at
            if self.created_at is not None or "created_at" not in self._none_flips
            else UNSET
        )

        created_at = _v_created_at

        _v_fine_tuned_model_checkpoint = (
            self.fine_tuned_model_checkpoint
            if self.fine_tuned_model_checkpoint is not None
            or "fine_tuned_model_checkpoint" not in self._none_flips
            else UNSET
        )

        fine_tuned_model_checkpoint = _v_fine_tuned_model_checkpoint

        _v_step_number = (
            self.step_number
            if self.step_number is not None or "step_number" not in self._none_flips
            else UNSET
        )

        step_number = _v_step_number

        _v_metrics = (
            self.metrics
            if self.metrics is not None or "metrics" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_metrics, FineTuningJobCheckpointMetrics):
            metrics = _v_metrics
        else:
            metrics = _v_metrics.to_dict()

        _v_fine_tuning_job_id = (
            self.fine_tuning_job_id
            if self.fine_tuning_job_id is not None
            or "fine_tuning_job_id" not in self._none_flips
            else UNSET
        )

        fine_tuning_job_id = _v_fine_tuning_job_id

        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" not in self._none_flips
            else UNSET
        )

        if _v_object_ is None or isinstance(_v_object_, Unset):
            object_ = _v_object_
        else:
            object_: str = _v_object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "created_at": created_at,
                    "fine_tuned_model_checkpoint": fine_tuned_model_checkpoint,
                    "step_number": step_number,
                    "metrics": metrics,
                    "fine_tuning_job_id": fine_tuning_job_id,
                    "object": object_,
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
        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        created_at = d.pop("created_at", UNSET)
        if (
            created_at is None or isinstance(created_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("created_at")

        if created_at is None or created_at is UNSET:
            if created_at is UNSET:
                _none_flips += ("created_at",)
            created_at = None

        fine_tuned_model_checkpoint = d.pop("fine_tuned_model_checkpoint", UNSET)
        if (
            fine_tuned_model_checkpoint is None
            or isinstance(fine_tuned_model_checkpoint, Unset)
        ) and strict_parsing.get():
            raise KeyError("fine_tuned_model_checkpoint")

        if fine_tuned_model_checkpoint is None or fine_tuned_model_checkpoint is UNSET:
            if fine_tuned_model_checkpoint is UNSET:
                _none_flips += ("fine_tuned_model_checkpoint",)
            fine_tuned_model_checkpoint = None

        step_number = d.pop("step_number", UNSET)
        if (
            step_number is None or isinstance(step_number, Unset)
        ) and strict_parsing.get():
            raise KeyError("step_number")

        if step_number is None or step_number is UNSET:
            if step_number is UNSET:
                _none_flips += ("step_number",)
            step_number = None

        _metrics_raw = d.pop("metrics", UNSET)
        if _metrics_raw is None or isinstance(_metrics_raw, Unset):
            if strict_parsing.get():
                raise KeyError("metrics")

            if _metrics_raw is UNSET:
                _none_flips += ("metrics",)
            metrics = None

        else:
            try:
                metrics = FineTuningJobCheckpointMetrics.from_dict(_metrics_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                metrics = _metrics_raw

        fine_tuning_job_id = d.pop("fine_tuning_job_id", UNSET)
        if (
            fine_tuning_job_id is None or isinstance(fine_tuning_job_id, Unset)
        ) and strict_parsing.get():
            raise KeyError("fine_tuning_job_id")

        if fine_tuning_job_id is None or fine_tuning_job_id is UNSET:
            if fine_tuning_job_id is UNSET:
                _none_flips += ("fine_tuning_job_id",)
            fine_tuning_job_id = None

        _object__raw = d.pop("object", UNSET)
        if _object__raw is None or isinstance(_object__raw, Unset):
            if strict_parsing.get():
                raise KeyError("object")

            if _object__raw is UNSET:
                _none_flips += ("object_",)
            object_ = None

        else:
            try:
                object_ = check_fine_tuning_job_checkpoint_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        fine_tuning_job_checkpoint = cls(
            id=id,
            created_at=created_at,
            fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
            step_number=step_number,
            metrics=metrics,
            fine_tuning_job_id=fine_tuning_job_id,
            object_=object_,
        )
        if _none_flips:
            fine_tuning_job_checkpoint._none_flips = _none_flips

        fine_tuning_job_checkpoint.additional_properties = d
        return fine_tuning_job_checkpoint

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
