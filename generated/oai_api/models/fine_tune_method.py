from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fine_tune_method_type import (
    FineTuneMethodType,
    check_fine_tune_method_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.fine_tune_dpo_method import FineTuneDPOMethod
    from ..models.fine_tune_reinforcement_method import FineTuneReinforcementMethod
    from ..models.fine_tune_supervised_method import FineTuneSupervisedMethod


T = TypeVar("T", bound="FineTuneMethod")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        FineTuneDPOMethod, \
        FineTuneReinforcementMethod, \
        FineTuneSupervisedMethod
    from ..models.fine_tune_dpo_method import FineTuneDPOMethod
    from ..models.fine_tune_reinforcement_method import FineTuneReinforcementMethod
    from ..models.fine_tune_supervised_method import FineTuneSupervisedMethod

    _models_bound = True


@_attrs_define
class FineTuneMethod:
    """Which training method a job uses, with that method's settings."""

    type_: FineTuneMethodType
    """ Training method: `supervised`, `dpo` (preference pairs) or `reinforcement` (grader-scored). """
    supervised: FineTuneSupervisedMethod | None = None
    """ Settings for supervised fine-tuning. """
    dpo: FineTuneDPOMethod | None = None
    """ Settings for training with direct preference optimization (DPO). """
    reinforcement: FineTuneReinforcementMethod | None = None
    """ Settings for reinforcement fine-tuning: a grader that scores outputs, plus optional hyperparameters. """
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

        _v_supervised = (
            self.supervised
            if self.supervised is not None or "supervised" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_supervised, FineTuneSupervisedMethod):
            supervised = _v_supervised
        else:
            supervised: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_supervised, Unset):
                supervised = _v_supervised.to_dict()

        _v_dpo = (
            self.dpo if self.dpo is not None or "dpo" in self._none_flips else UNSET
        )

        if not isinstance(_v_dpo, FineTuneDPOMethod):
            dpo = _v_dpo
        else:
            dpo: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_dpo, Unset):
                dpo = _v_dpo.to_dict()

        _v_reinforcement = (
            self.reinforcement
            if self.reinforcement is not None or "reinforcement" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_reinforcement, FineTuneReinforcementMethod):
            reinforcement = _v_reinforcement
        else:
            reinforcement: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_reinforcement, Unset):
                reinforcement = _v_reinforcement.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                }.items()
                if v is not UNSET
            }
        )
        if supervised is not UNSET:
            field_dict["supervised"] = supervised
        if dpo is not UNSET:
            field_dict["dpo"] = dpo
        if reinforcement is not UNSET:
            field_dict["reinforcement"] = reinforcement

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
                type_ = check_fine_tune_method_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _supervised_raw = d.pop("supervised", UNSET)
        if _supervised_raw is None or isinstance(_supervised_raw, Unset):
            if _supervised_raw is None and strict_parsing.get():
                raise TypeError("supervised")

            if _supervised_raw is None:
                _none_flips += ("supervised",)
            supervised = None

        else:
            try:
                _supervised = _supervised_raw
                supervised: FineTuneSupervisedMethod | Unset
                if isinstance(_supervised, Unset):
                    supervised = UNSET
                else:
                    supervised = FineTuneSupervisedMethod.from_dict(_supervised)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                supervised = _supervised_raw

        _dpo_raw = d.pop("dpo", UNSET)
        if _dpo_raw is None or isinstance(_dpo_raw, Unset):
            if _dpo_raw is None and strict_parsing.get():
                raise TypeError("dpo")

            if _dpo_raw is None:
                _none_flips += ("dpo",)
            dpo = None

        else:
            try:
                _dpo = _dpo_raw
                dpo: FineTuneDPOMethod | Unset
                if isinstance(_dpo, Unset):
                    dpo = UNSET
                else:
                    dpo = FineTuneDPOMethod.from_dict(_dpo)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                dpo = _dpo_raw

        _reinforcement_raw = d.pop("reinforcement", UNSET)
        if _reinforcement_raw is None or isinstance(_reinforcement_raw, Unset):
            if _reinforcement_raw is None and strict_parsing.get():
                raise TypeError("reinforcement")

            if _reinforcement_raw is None:
                _none_flips += ("reinforcement",)
            reinforcement = None

        else:
            try:
                _reinforcement = _reinforcement_raw
                reinforcement: FineTuneReinforcementMethod | Unset
                if isinstance(_reinforcement, Unset):
                    reinforcement = UNSET
                else:
                    reinforcement = FineTuneReinforcementMethod.from_dict(
                        _reinforcement
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                reinforcement = _reinforcement_raw

        fine_tune_method = cls(
            type_=type_,
            supervised=supervised,
            dpo=dpo,
            reinforcement=reinforcement,
        )
        if _none_flips:
            fine_tune_method._none_flips = _none_flips

        fine_tune_method.additional_properties = d
        return fine_tune_method

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
