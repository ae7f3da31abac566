from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.fine_tune_method_type import (
    FineTuneMethodType,
    check_fine_tune_method_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.fine_tune_dpo_method import FineTuneDPOMethod
    from ..models.fine_tune_reinforcement_method import FineTuneReinforcementMethod
    from ..models.fine_tune_supervised_method import FineTuneSupervisedMethod


@_attrs_define(repr=False)
class FineTuneMethod(_OpenModel):
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
    _keys = ("dpo", "reinforcement", "supervised", "type")
    _tags = {"type": ("supervised", "dpo", "reinforcement")}

    @staticmethod
    def _fields() -> Table:
        from ..models.fine_tune_dpo_method import FineTuneDPOMethod
        from ..models.fine_tune_reinforcement_method import FineTuneReinforcementMethod
        from ..models.fine_tune_supervised_method import FineTuneSupervisedMethod

        return fields(
            ("type_", "type", REQUIRED, check_fine_tune_method_type),
            ("supervised", "supervised", OPTIONAL, FineTuneSupervisedMethod),
            ("dpo", "dpo", OPTIONAL, FineTuneDPOMethod),
            ("reinforcement", "reinforcement", OPTIONAL, FineTuneReinforcementMethod),
        )
