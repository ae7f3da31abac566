from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.create_fine_tuning_job_request_integrations_type_0_item_type_type_0 import (
    CreateFineTuningJobRequestIntegrationsType0ItemTypeType0,
    check_create_fine_tuning_job_request_integrations_type_0_item_type_type_0,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.create_fine_tuning_job_request_integrations_type_0_item_wandb import (
        CreateFineTuningJobRequestIntegrationsType0ItemWandb,
    )


@_attrs_define(repr=False)
class CreateFineTuningJobRequestIntegrationsType0Item(_OpenModel):
    type_: CreateFineTuningJobRequestIntegrationsType0ItemTypeType0
    """ Integration kind; `wandb` (Weights and Biases) is the only option. """
    wandb: CreateFineTuningJobRequestIntegrationsType0ItemWandb
    """ Weights and Biases options: the target project plus optional run name, entity and tags. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("type", "wandb")

    @staticmethod
    def _fields() -> Table:
        from ..models.create_fine_tuning_job_request_integrations_type_0_item_wandb import (
            CreateFineTuningJobRequestIntegrationsType0ItemWandb,
        )

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                one_of(
                    check_create_fine_tuning_job_request_integrations_type_0_item_type_type_0
                ),
            ),
            (
                "wandb",
                "wandb",
                REQUIRED,
                CreateFineTuningJobRequestIntegrationsType0ItemWandb,
            ),
            strict=True,
        )
