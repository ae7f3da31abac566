from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_fine_tuning_job_request_integrations_type_0_item_type_type_0 import (
    CreateFineTuningJobRequestIntegrationsType0ItemTypeType0,
    check_create_fine_tuning_job_request_integrations_type_0_item_type_type_0,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.create_fine_tuning_job_request_integrations_type_0_item_wandb import (
        CreateFineTuningJobRequestIntegrationsType0ItemWandb,
    )


T = TypeVar("T", bound="CreateFineTuningJobRequestIntegrationsType0Item")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, CreateFineTuningJobRequestIntegrationsType0ItemWandb
    from ..models.create_fine_tuning_job_request_integrations_type_0_item_wandb import (
        CreateFineTuningJobRequestIntegrationsType0ItemWandb,
    )

    _models_bound = True


@_attrs_define
class CreateFineTuningJobRequestIntegrationsType0Item:
    type_: CreateFineTuningJobRequestIntegrationsType0ItemTypeType0
    """ Integration kind; `wandb` (Weights and Biases) is the only option. """
    wandb: CreateFineTuningJobRequestIntegrationsType0ItemWandb
    """ Weights and Biases options: the target project plus optional run name, entity and tags. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str
            type_ = _v_type_

        _v_wandb = (
            self.wandb
            if self.wandb is not None or "wandb" not in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_wandb, CreateFineTuningJobRequestIntegrationsType0ItemWandb
        ):
            wandb = _v_wandb
        else:
            wandb = _v_wandb.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "wandb": wandb,
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
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            raise KeyError(
                "CreateFineTuningJobRequestIntegrationsType0Item: required field type is missing"
            )

        else:

            def _parse_type_(
                data: object,
            ) -> CreateFineTuningJobRequestIntegrationsType0ItemTypeType0:

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    type_type_0 = check_create_fine_tuning_job_request_integrations_type_0_item_type_type_0(
                        data
                    )

                    return type_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    CreateFineTuningJobRequestIntegrationsType0ItemTypeType0, data
                )

            type_ = _parse_type_(_type__raw)

        _wandb_raw = d.pop("wandb", UNSET)
        if _wandb_raw is None or isinstance(_wandb_raw, Unset):
            raise KeyError(
                "CreateFineTuningJobRequestIntegrationsType0Item: required field wandb is missing"
            )

        else:
            wandb = CreateFineTuningJobRequestIntegrationsType0ItemWandb.from_dict(
                _wandb_raw
            )

        create_fine_tuning_job_request_integrations_type_0_item = cls(
            type_=type_,
            wandb=wandb,
        )
        if _none_flips:
            create_fine_tuning_job_request_integrations_type_0_item._none_flips = (
                _none_flips
            )

        create_fine_tuning_job_request_integrations_type_0_item.additional_properties = d
        return create_fine_tuning_job_request_integrations_type_0_item

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
