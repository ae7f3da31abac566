from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class FineTuningJobCheckpointMetrics(_OpenModel):
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
    _keys = (
        "full_valid_loss",
        "full_valid_mean_token_accuracy",
        "step",
        "train_loss",
        "train_mean_token_accuracy",
        "valid_loss",
        "valid_mean_token_accuracy",
    )

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("step", "step", OPTIONAL, None),
            ("train_loss", "train_loss", OPTIONAL, None),
            ("train_mean_token_accuracy", "train_mean_token_accuracy", OPTIONAL, None),
            ("valid_loss", "valid_loss", OPTIONAL, None),
            ("valid_mean_token_accuracy", "valid_mean_token_accuracy", OPTIONAL, None),
            ("full_valid_loss", "full_valid_loss", OPTIONAL, None),
            (
                "full_valid_mean_token_accuracy",
                "full_valid_mean_token_accuracy",
                OPTIONAL,
                None,
            ),
        )
