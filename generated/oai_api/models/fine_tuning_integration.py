from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.fine_tuning_integration_type import (
    FineTuningIntegrationType,
    check_fine_tuning_integration_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.fine_tuning_integration_wandb import FineTuningIntegrationWandb


@_attrs_define(repr=False)
class FineTuningIntegration(_OpenModel):
    """A third-party integration attached to a fine-tuning job; currently Weights and Biases."""

    type_: FineTuningIntegrationType

    wandb: FineTuningIntegrationWandb

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("type", "wandb")
    _tags = {"type": ("wandb",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.fine_tuning_integration_wandb import FineTuningIntegrationWandb

        return fields(
            ("type_", "type", REQUIRED, check_fine_tuning_integration_type),
            ("wandb", "wandb", REQUIRED, FineTuningIntegrationWandb),
        )
