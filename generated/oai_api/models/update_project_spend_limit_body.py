from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.update_project_spend_limit_body_currency import (
    UpdateProjectSpendLimitBodyCurrency,
    check_update_project_spend_limit_body_currency,
)
from ..models.update_project_spend_limit_body_interval import (
    UpdateProjectSpendLimitBodyInterval,
    check_update_project_spend_limit_body_interval,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class UpdateProjectSpendLimitBody(_OpenModel):
    """Body that sets or replaces a project's hard spend limit."""

    threshold_amount: int
    """ Spending cap for the project in cents (at least 1). """
    currency: UpdateProjectSpendLimitBodyCurrency
    """ Must be `USD`, the one currency supported. """
    interval: UpdateProjectSpendLimitBodyInterval
    """ Period the cap applies to; only `month` is accepted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("currency", "interval", "threshold_amount")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("threshold_amount", "threshold_amount", REQUIRED, None),
            (
                "currency",
                "currency",
                REQUIRED,
                check_update_project_spend_limit_body_currency,
            ),
            (
                "interval",
                "interval",
                REQUIRED,
                check_update_project_spend_limit_body_interval,
            ),
            strict=True,
        )
