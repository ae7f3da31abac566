from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fine_tune_reinforcement_hyperparameters_batch_size_type_0 import (
    FineTuneReinforcementHyperparametersBatchSizeType0,
    check_fine_tune_reinforcement_hyperparameters_batch_size_type_0,
)
from ..models.fine_tune_reinforcement_hyperparameters_compute_multiplier_type_0 import (
    FineTuneReinforcementHyperparametersComputeMultiplierType0,
    check_fine_tune_reinforcement_hyperparameters_compute_multiplier_type_0,
)
from ..models.fine_tune_reinforcement_hyperparameters_eval_interval_type_0 import (
    FineTuneReinforcementHyperparametersEvalIntervalType0,
    check_fine_tune_reinforcement_hyperparameters_eval_interval_type_0,
)
from ..models.fine_tune_reinforcement_hyperparameters_eval_samples_type_0 import (
    FineTuneReinforcementHyperparametersEvalSamplesType0,
    check_fine_tune_reinforcement_hyperparameters_eval_samples_type_0,
)
from ..models.fine_tune_reinforcement_hyperparameters_learning_rate_multiplier_type_0 import (
    FineTuneReinforcementHyperparametersLearningRateMultiplierType0,
    check_fine_tune_reinforcement_hyperparameters_learning_rate_multiplier_type_0,
)
from ..models.fine_tune_reinforcement_hyperparameters_n_epochs_type_0 import (
    FineTuneReinforcementHyperparametersNEpochsType0,
    check_fine_tune_reinforcement_hyperparameters_n_epochs_type_0,
)
from ..models.fine_tune_reinforcement_hyperparameters_reasoning_effort import (
    FineTuneReinforcementHyperparametersReasoningEffort,
    check_fine_tune_reinforcement_hyperparameters_reasoning_effort,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="FineTuneReinforcementHyperparameters")


@_attrs_define
class FineTuneReinforcementHyperparameters:
    """Tuning knobs for reinforcement fine-tuning."""

    batch_size: FineTuneReinforcementHyperparametersBatchSizeType0 | int | None = None
    """ Examples per training batch, or `auto`; bigger batches mean fewer, steadier parameter updates. """
    learning_rate_multiplier: (
        FineTuneReinforcementHyperparametersLearningRateMultiplierType0 | float | None
    ) = None
    """ Multiplier applied to the base learning rate, or `auto`; lowering it can reduce overfitting. """
    n_epochs: FineTuneReinforcementHyperparametersNEpochsType0 | int | None = None
    """ How many full passes over the training data to make, or `auto`. """
    reasoning_effort: FineTuneReinforcementHyperparametersReasoningEffort | None = None
    """ How hard the model reasons during training: `default`, `low`, `medium` or `high`. """
    compute_multiplier: (
        FineTuneReinforcementHyperparametersComputeMultiplierType0 | float | None
    ) = None
    """ Scales the compute spent exploring the search space while training, or `auto`. """
    eval_interval: (
        FineTuneReinforcementHyperparametersEvalIntervalType0 | int | None
    ) = None
    """ How often to evaluate, in training steps; `auto` lets the service choose. """
    eval_samples: FineTuneReinforcementHyperparametersEvalSamplesType0 | int | None = (
        None
    )
    """ How many eval samples to produce per training step; `auto` lets the service choose. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
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

        _v_reasoning_effort = (
            self.reasoning_effort
            if self.reasoning_effort is not None
            or "reasoning_effort" in self._none_flips
            else UNSET
        )

        if _v_reasoning_effort is None or isinstance(_v_reasoning_effort, Unset):
            reasoning_effort = _v_reasoning_effort
        else:
            reasoning_effort: str | Unset = UNSET
            if not isinstance(_v_reasoning_effort, Unset):
                reasoning_effort = _v_reasoning_effort

        _v_compute_multiplier = (
            self.compute_multiplier
            if self.compute_multiplier is not None
            or "compute_multiplier" in self._none_flips
            else UNSET
        )

        if _v_compute_multiplier is None or isinstance(_v_compute_multiplier, Unset):
            compute_multiplier = _v_compute_multiplier
        else:
            compute_multiplier: float | str | Unset
            if isinstance(_v_compute_multiplier, Unset):
                compute_multiplier = UNSET
            else:
                compute_multiplier = _v_compute_multiplier

        _v_eval_interval = (
            self.eval_interval
            if self.eval_interval is not None or "eval_interval" in self._none_flips
            else UNSET
        )

        if _v_eval_interval is None or isinstance(_v_eval_interval, Unset):
            eval_interval = _v_eval_interval
        else:
            eval_interval: int | str | Unset
            if isinstance(_v_eval_interval, Unset):
                eval_interval = UNSET
            else:
                eval_interval = _v_eval_interval

        _v_eval_samples = (
            self.eval_samples
            if self.eval_samples is not None or "eval_samples" in self._none_flips
            else UNSET
        )

        if _v_eval_samples is None or isinstance(_v_eval_samples, Unset):
            eval_samples = _v_eval_samples
        else:
            eval_samples: int | str | Unset
            if isinstance(_v_eval_samples, Unset):
                eval_samples = UNSET
            else:
                eval_samples = _v_eval_samples

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if batch_size is not UNSET:
            field_dict["batch_size"] = batch_size
        if learning_rate_multiplier is not UNSET:
            field_dict["learning_rate_multiplier"] = learning_rate_multiplier
        if n_epochs is not UNSET:
            field_dict["n_epochs"] = n_epochs
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if compute_multiplier is not UNSET:
            field_dict["compute_multiplier"] = compute_multiplier
        if eval_interval is not UNSET:
            field_dict["eval_interval"] = eval_interval
        if eval_samples is not UNSET:
            field_dict["eval_samples"] = eval_samples

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
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
                ) -> FineTuneReinforcementHyperparametersBatchSizeType0 | int | Unset:
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        batch_size_type_0 = check_fine_tune_reinforcement_hyperparameters_batch_size_type_0(
                            data
                        )

                        return batch_size_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        FineTuneReinforcementHyperparametersBatchSizeType0
                        | int
                        | Unset,
                        data,
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
                    FineTuneReinforcementHyperparametersLearningRateMultiplierType0
                    | float
                    | Unset
                ):
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        learning_rate_multiplier_type_0 = check_fine_tune_reinforcement_hyperparameters_learning_rate_multiplier_type_0(
                            data
                        )

                        return learning_rate_multiplier_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        FineTuneReinforcementHyperparametersLearningRateMultiplierType0
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
                ) -> FineTuneReinforcementHyperparametersNEpochsType0 | int | Unset:
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        n_epochs_type_0 = check_fine_tune_reinforcement_hyperparameters_n_epochs_type_0(
                            data
                        )

                        return n_epochs_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        FineTuneReinforcementHyperparametersNEpochsType0 | int | Unset,
                        data,
                    )

                n_epochs = _parse_n_epochs(_n_epochs_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                n_epochs = _n_epochs_raw

        _reasoning_effort_raw = d.pop("reasoning_effort", UNSET)
        if _reasoning_effort_raw is None or isinstance(_reasoning_effort_raw, Unset):
            if _reasoning_effort_raw is None and strict_parsing.get():
                raise TypeError("reasoning_effort")

            if _reasoning_effort_raw is None:
                _none_flips += ("reasoning_effort",)
            reasoning_effort = None

        else:
            try:
                _reasoning_effort = _reasoning_effort_raw
                reasoning_effort: (
                    FineTuneReinforcementHyperparametersReasoningEffort | Unset
                )
                if isinstance(_reasoning_effort, Unset):
                    reasoning_effort = UNSET
                else:
                    reasoning_effort = (
                        check_fine_tune_reinforcement_hyperparameters_reasoning_effort(
                            _reasoning_effort
                        )
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                reasoning_effort = _reasoning_effort_raw

        _compute_multiplier_raw = d.pop("compute_multiplier", UNSET)
        if _compute_multiplier_raw is None or isinstance(
            _compute_multiplier_raw, Unset
        ):
            if _compute_multiplier_raw is None and strict_parsing.get():
                raise TypeError("compute_multiplier")

            if _compute_multiplier_raw is None:
                _none_flips += ("compute_multiplier",)
            compute_multiplier = None

        else:
            try:

                def _parse_compute_multiplier(
                    data: object,
                ) -> (
                    FineTuneReinforcementHyperparametersComputeMultiplierType0
                    | float
                    | Unset
                ):
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        compute_multiplier_type_0 = check_fine_tune_reinforcement_hyperparameters_compute_multiplier_type_0(
                            data
                        )

                        return compute_multiplier_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        FineTuneReinforcementHyperparametersComputeMultiplierType0
                        | float
                        | Unset,
                        data,
                    )

                compute_multiplier = _parse_compute_multiplier(_compute_multiplier_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                compute_multiplier = _compute_multiplier_raw

        _eval_interval_raw = d.pop("eval_interval", UNSET)
        if _eval_interval_raw is None or isinstance(_eval_interval_raw, Unset):
            if _eval_interval_raw is None and strict_parsing.get():
                raise TypeError("eval_interval")

            if _eval_interval_raw is None:
                _none_flips += ("eval_interval",)
            eval_interval = None

        else:
            try:

                def _parse_eval_interval(
                    data: object,
                ) -> (
                    FineTuneReinforcementHyperparametersEvalIntervalType0 | int | Unset
                ):
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        eval_interval_type_0 = check_fine_tune_reinforcement_hyperparameters_eval_interval_type_0(
                            data
                        )

                        return eval_interval_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        FineTuneReinforcementHyperparametersEvalIntervalType0
                        | int
                        | Unset,
                        data,
                    )

                eval_interval = _parse_eval_interval(_eval_interval_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                eval_interval = _eval_interval_raw

        _eval_samples_raw = d.pop("eval_samples", UNSET)
        if _eval_samples_raw is None or isinstance(_eval_samples_raw, Unset):
            if _eval_samples_raw is None and strict_parsing.get():
                raise TypeError("eval_samples")

            if _eval_samples_raw is None:
                _none_flips += ("eval_samples",)
            eval_samples = None

        else:
            try:

                def _parse_eval_samples(
                    data: object,
                ) -> FineTuneReinforcementHyperparametersEvalSamplesType0 | int | Unset:
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        eval_samples_type_0 = check_fine_tune_reinforcement_hyperparameters_eval_samples_type_0(
                            data
                        )

                        return eval_samples_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        FineTuneReinforcementHyperparametersEvalSamplesType0
                        | int
                        | Unset,
                        data,
                    )

                eval_samples = _parse_eval_samples(_eval_samples_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                eval_samples = _eval_samples_raw

        fine_tune_reinforcement_hyperparameters = cls(
            batch_size=batch_size,
            learning_rate_multiplier=learning_rate_multiplier,
            n_epochs=n_epochs,
            reasoning_effort=reasoning_effort,
            compute_multiplier=compute_multiplier,
            eval_interval=eval_interval,
            eval_samples=eval_samples,
        )
        if _none_flips:
            fine_tune_reinforcement_hyperparameters._none_flips = _none_flips

        fine_tune_reinforcement_hyperparameters.additional_properties = d
        return fine_tune_reinforcement_hyperparameters

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
