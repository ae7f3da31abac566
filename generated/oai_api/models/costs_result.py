from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.costs_result_object import CostsResultObject, check_costs_result_object
from ..models.costs_result_quantity_unit_type_1 import (
    CostsResultQuantityUnitType1,
    check_costs_result_quantity_unit_type_1,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.costs_result_amount import CostsResultAmount


@_attrs_define(repr=False)
class CostsResult(_OpenModel):
    """Spending in one time bucket, split by project, API key or line item when grouped."""

    object_: CostsResultObject

    amount: CostsResultAmount | None = None

    line_item: None | str = None

    project_id: None | str = None

    api_key_id: None | str = None

    quantity: float | None = None

    quantity_unit: CostsResultQuantityUnitType1 | None | str = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "amount",
        "api_key_id",
        "line_item",
        "object",
        "project_id",
        "quantity",
        "quantity_unit",
    )
    _tags = {"object": ("organization.costs.result",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.costs_result_amount import CostsResultAmount

        return fields(
            ("object_", "object", REQUIRED, check_costs_result_object),
            ("amount", "amount", OPTIONAL, CostsResultAmount),
            ("line_item", "line_item", OPTIONAL_OR_NULL, one_of(str, None)),
            ("project_id", "project_id", OPTIONAL_OR_NULL, one_of(str, None)),
            ("api_key_id", "api_key_id", OPTIONAL_OR_NULL, one_of(str, None)),
            ("quantity", "quantity", OPTIONAL_OR_NULL, one_of(float, None)),
            (
                "quantity_unit",
                "quantity_unit",
                OPTIONAL_OR_NULL,
                one_of(str, check_costs_result_quantity_unit_type_1, None),
            ),
        )
