from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fine_tune_dpo_hyperparameters_batch_size_type_0 import (
    FineTuneDPOHyperparametersBatchSizeType0,
    check_fine_tune_dpo_hyperparameters_batch_size_type_0,
)
from ..models.fine_tune_dpo_hyperparameters_beta_type_0 import (
    FineTuneDPOHyperparametersBetaType0,
    check_fine_tune_dpo_hyperparameters_beta_type_0,
)
from ..models.fine_tune_dpo_hyperparameters_learning_rate_multiplier_type_0 import (
    FineTuneDPOHyperparametersLearningRateMultiplierType0,
    check_fine_tune_dpo_hyperparameters_learning_rate_multiplier_type_0,
)
from ..models.fine_tune_dpo_hyperparameters_n_epochs_type_0 import (
    FineTuneDPOHyperparametersNEpochsType0,
    check_fine_tune_dpo_hyperparameters_n_epochs_type_0,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="FineTuneDPOHyperparameters")


@_attrs_define
class FineTuneDPOHyperparameters:
    """Tuning knobs for direct preference optimization (DPO) training."""

    beta: FineTuneDPOHyperparametersBetaType0 | float | None = None
    """ DPO beta, or `auto`; larger values penalize drifting from the reference model more strongly. """
    batch_size: FineTuneDPOHyperparametersBatchSizeType0 | int | None = None
    """ Examples per training batch, or `auto`; bigger batches mean fewer, steadier parameter updates. """
    learning_rate_multiplier: (
        FineTuneDPOHyperparametersLearningRateMultiplierType0 | float | None
    ) = None
    """ Multiplier applied to the base learning rate, or `auto`; lowering it can reduce overfitting. """
    n_epochs: FineTuneDPOHyperparametersNEpochsType0 | int | None = None
    """ How many full passes over the training data to make, or `auto`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_beta = (
            self.beta if self.beta is not None or "beta" in self._none_flips else UNSET
        )

        if _v_beta is None or isinstance(_v_beta, Unset):
            beta = _v_beta
        else:
            beta: float | str | Unset
            if isinstance(_v_beta, Unset):
                beta = UNSET
            else:
                beta = _v_beta

        _v_batch_size = (
            self.batch_size
            if self.batch_size is not None or "batch_size" in self._none_flips
            else UNSET
        )

        if _v_batch_size is None or isinstance(_v_batch_size, Unset):
            batch_size = _v_batch_size
        else:
            batch_size: int | str | Unset
            if isinstance(_v_batch_size, Unset):
                batch_size = UNSET
            else:
                batch_size = _v_batch_size

        _v_learning_rate_multiplier = (
            self.learning_rate_multiplier
            if self.learning_rate_multiplier is not None
            or "learning_rate_multiplier" in self._none_flips
            else UNSET
        )

        if _v_learning_rate_multiplier is None or isinstance(
            _v_learning_rate_multiplier, Unset
        ):
            learning_rate_multiplier = _v_learning_rate_multiplier
        else:
            learning_rate_multiplier: float | str | Unset
            if isinstance(_v_learning_rate_multiplier, Unset):
                learning_rate_multiplier = UNSET
            else:
                learning_rate_multiplier = _v_learning_rate_multiplier

        _v_n_epochs = (
            self.n_epochs
            if self.n_epochs is not None or "n_epochs" in self._none_flips
            else UNSET
        )

        if _v_n_epochs is None or isinstance(_v_n_epochs, Unset):
            n_epochs = _v_n_epochs
        else:
            n_epochs: int | str | Unset
            if isinstance(_v_n_epochs, Unset):
                n_epochs = UNSET
            else:
                n_epochs = _v_n_epochs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if beta is not UNSET:
            field_dict["beta"] = beta
        if batch_size is not UNSET:
            field_dict["batch_size"] = batch_size
        if learning_rate_multiplier is not UNSET:
            field_dict["learning_rate_multiplier"] = learning_rate_multiplier
        if n_epochs is not UNSET:
            field_dict["n_epochs"] = n_epochs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _beta_raw = d.pop("beta", UNSET)
        if _beta_raw is None or isinstance(_beta_raw, Unset):
            if _beta_raw is None and strict_parsing.get():
                raise TypeError("beta")

            if _beta_raw is None:
                _none_flips += ("beta",)
            beta = None

        else:
            try:

                def _parse_beta(
                    data: object,
                ) -> FineTuneDPOHyperparametersBetaType0 | float | Unset:
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        beta_type_0 = check_fine_tune_dpo_hyperparameters_beta_type_0(
                            data
                        )

                        return beta_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        FineTuneDPOHyperparametersBetaType0 | float | Unset, data
                    )

                beta = _parse_beta(_beta_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                beta = _beta_raw

        _batch_size_raw = d.pop("batch_size", UNSET)
        if _batch_size_raw is None or isinstance(_batch_size_raw, Unset):
            if _batch_size_raw is None and strict_parsing.get():
                raise TypeError("batch_size")

            if _batch_size_raw is None:
                _none_flips += ("batch_size",)
            batch_size = None

        else:
            try:

                def _parse_batch_size(
                    data: object,
                ) -> FineTuneDPOHyperparametersBatchSizeType0 | int | Unset:
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        batch_size_type_0 = (
                            check_fine_tune_dpo_hyperparameters_batch_size_type_0(data)
                        )

                        return batch_size_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        FineTuneDPOHyperparametersBatchSizeType0 | int | Unset, data
                    )

                batch_size = _parse_batch_size(_batch_size_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                batch_size = _batch_size_raw

        _learning_rate_multiplier_raw = d.pop("learning_rate_multiplier", UNSET)
        if _learning_rate_multiplier_raw is None or isinstance(
            _learning_rate_multiplier_raw, Unset
        ):
            if _learning_rate_multiplier_raw is None and strict_parsing.get():
                raise TypeError("learning_rate_multiplier")

            if _learning_rate_multiplier_raw is None:
                _none_flips += ("learning_rate_multiplier",)
            learning_rate_multiplier = None

        else:
            try:

                def _parse_learning_rate_multiplier(
                    data: object,
                ) -> (
                    FineTuneDPOHyperparametersLearningRateMultiplierType0
                    | float
                    | Unset
                ):
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        learning_rate_multiplier_type_0 = check_fine_tune_dpo_hyperparameters_learning_rate_multiplier_type_0(
                            data
                        )

                        return learning_rate_multiplier_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        FineTuneDPOHyperparametersLearningRateMultiplierType0
                        | float
                        | Unset,
                        data,
                    )

                learning_rate_multiplier = _parse_learning_rate_multiplier(
                    _learning_rate_multiplier_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                learning_rate_multiplier = _learning_rate_multiplier_raw

        _n_epochs_raw = d.pop("n_epochs", UNSET)
        if _n_epochs_raw is None or isinstance(_n_epochs_raw, Unset):
            if _n_epochs_raw is None and strict_parsing.get():
                raise TypeError("n_epochs")

            if _n_epochs_raw is None:
                _none_flips += ("n_epochs",)
            n_epochs = None

        else:
            try:

                def _parse_n_epochs(
                    data: object,
                ) -> FineTuneDPOHyperparametersNEpochsType0 | int | Unset:
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        n_epochs_type_0 = (
                            check_fine_tune_dpo_hyperparameters_n_epochs_type_0(data)
                        )

                        return n_epochs_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        FineTuneDPOHyperparametersNEpochsType0 | int | Unset, data
                    )

                n_epochs = _parse_n_epochs(_n_epochs_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                n_epochs = _n_epochs_raw

        fine_tune_dpo_hyperparameters = cls(
            beta=beta,
            batch_size=batch_size,
            learning_rate_multiplier=learning_rate_multiplier,
            n_epochs=n_epochs,
        )
        if _none_flips:
            fine_tune_dpo_hyperparameters._none_flips = _none_flips

        fine_tune_dpo_hyperparameters.additional_properties = d
        return fine_tune_dpo_hyperparameters

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
