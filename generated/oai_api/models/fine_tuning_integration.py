from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fine_tuning_integration_type import (
    FineTuningIntegrationType,
    check_fine_tuning_integration_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.fine_tuning_integration_wandb import FineTuningIntegrationWandb


T = TypeVar("T", bound="FineTuningIntegration")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, FineTuningIntegrationWandb
    from ..models.fine_tuning_integration_wandb import FineTuningIntegrationWandb

    _models_bound = True


@_attrs_define
class FineTuningIntegration:
    """A third-party integration attached to a fine-tuning job; currently Weights and Biases."""

    type_: FineTuningIntegrationType
    wandb: FineTuningIntegrationWandb
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
            type_: str = _v_type_

        _v_wandb = (
            self.wandb
            if self.wandb is not None or "wandb" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_wandb, FineTuningIntegrationWandb):
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
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_fine_tuning_integration_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _wandb_raw = d.pop("wandb", UNSET)
        if _wandb_raw is None or isinstance(_wandb_raw, Unset):
            if strict_parsing.get():
                raise KeyError("wandb")

            if _wandb_raw is UNSET:
                _none_flips += ("wandb",)
            wandb = None

        else:
            try:
                wandb = FineTuningIntegrationWandb.from_dict(_wandb_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                wandb = _wandb_raw

        fine_tuning_integration = cls(
            type_=type_,
            wandb=wandb,
        )
        if _none_flips:
            fine_tuning_integration._none_flips = _none_flips

        fine_tuning_integration.additional_properties = d
        return fine_tuning_integration

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
