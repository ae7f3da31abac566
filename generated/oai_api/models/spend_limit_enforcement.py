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
from ..models.spend_limit_enforcement_status_type_1 import (
    SpendLimitEnforcementStatusType1,
    check_spend_limit_enforcement_status_type_1,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class SpendLimitEnforcement(_OpenModel):
    """Whether a hard spend limit is being enforced right now."""

    status: SpendLimitEnforcementStatusType1 | str
    """ Whether a hard spend limit is currently blocking usage: `enforcing` or `inactive`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("status",)

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "status",
                "status",
                REQUIRED,
                one_of(str, check_spend_limit_enforcement_status_type_1),
            ),
        )
