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
from ..models.project_spend_limit_resource_object import (
    ProjectSpendLimitResourceObject,
    check_project_spend_limit_resource_object,
)
from ..models.spend_limit_currency_type_1 import (
    SpendLimitCurrencyType1,
    check_spend_limit_currency_type_1,
)
from ..models.spend_limit_interval_type_1 import (
    SpendLimitIntervalType1,
    check_spend_limit_interval_type_1,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.spend_limit_enforcement import SpendLimitEnforcement


@_attrs_define(repr=False)
class ProjectSpendLimitResource(_OpenModel):
    """A project's hard spend limit: amount in cents, currency, interval and enforcement state."""

    object_: ProjectSpendLimitResourceObject

    threshold_amount: int

    currency: SpendLimitCurrencyType1 | str
    """ Currency of a spend limit; currently `USD`. """
    interval: SpendLimitIntervalType1 | str
    """ Period over which spend is measured against a limit; currently `month`. """
    enforcement: SpendLimitEnforcement
    """ Whether a hard spend limit is being enforced right now. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("currency", "enforcement", "interval", "object", "threshold_amount")
    _tags = {"object": ("project.spend_limit",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.spend_limit_enforcement import SpendLimitEnforcement

        return fields(
            ("object_", "object", REQUIRED, check_project_spend_limit_resource_object),
            ("threshold_amount", "threshold_amount", REQUIRED, None),
            (
                "currency",
                "currency",
                REQUIRED,
                one_of(str, check_spend_limit_currency_type_1),
            ),
            (
                "interval",
                "interval",
                REQUIRED,
                one_of(str, check_spend_limit_interval_type_1),
            ),
            ("enforcement", "enforcement", REQUIRED, SpendLimitEnforcement),
        )
