from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.fine_tune_dpo_hyperparameters import FineTuneDPOHyperparameters


T = TypeVar("T", bound="FineTuneDPOMethod")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, FineTuneDPOHyperparameters
    from ..models.fine_tune_dpo_hyperparameters import FineTuneDPOHyperparameters

    _models_bound = True


@_attrs_define
class FineTuneDPOMethod:
    """Settings for training with direct preference optimization (DPO)."""

    hyperparameters: FineTuneDPOHyperparameters | None = None
    """ Tuning knobs for direct preference optimization (DPO) training. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_hyperparameters = (
            self.hyperparameters
            if self.hyperparameters is not None or "hyperparameters" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_hyperparameters, FineTuneDPOHyperparameters):
            hyperparameters = _v_hyperparameters
        else:
            hyperparameters: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_hyperparameters, Unset):
                hyperparameters = _v_hyperparameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if hyperparameters is not UNSET:
            field_dict["hyperparameters"] = hyperparameters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _hyperparameters_raw = d.pop("hyperparameters", UNSET)
        if _hyperparameters_raw is None or isinstance(_hyperparameters_raw, Unset):
            if _hyperparameters_raw is None and strict_parsing.get():
                raise TypeError("hyperparameters")

            if _hyperparameters_raw is None:
                _none_flips += ("hyperparameters",)
            hyperparameters = None

        else:
            try:
                _hyperparameters = _hyperparameters_raw
                hyperparameters: FineTuneDPOHyperparameters | Unset
                if isinstance(_hyperparameters, Unset):
                    hyperparameters = UNSET
                else:
                    hyperparameters = FineTuneDPOHyperparameters.from_dict(
                        _hyperparameters
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                hyperparameters = _hyperparameters_raw

        fine_tune_dpo_method = cls(
            hyperparameters=hyperparameters,
        )
        if _none_flips:
            fine_tune_dpo_method._none_flips = _none_flips

        fine_tune_dpo_method.additional_properties = d
        return fine_tune_dpo_method

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
