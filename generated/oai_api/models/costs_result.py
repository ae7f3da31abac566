from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.costs_result_object import CostsResultObject, check_costs_result_object
from ..models.costs_result_quantity_unit_type_1 import (
    CostsResultQuantityUnitType1,
    check_costs_result_quantity_unit_type_1,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.costs_result_amount import CostsResultAmount


T = TypeVar("T", bound="CostsResult")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, CostsResultAmount
    from ..models.costs_result_amount import CostsResultAmount

    _models_bound = True


@_attrs_define
class CostsResult:
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
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" not in self._none_flips
            else UNSET
        )

        if _v_object_ is None or isinstance(_v_object_, Unset):
            object_ = _v_object_
        else:
            object_: str = _v_object_

        _v_amount = (
            self.amount
            if self.amount is not None or "amount" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_amount, CostsResultAmount):
            amount = _v_amount
        else:
            amount: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_amount, Unset):
                amount = _v_amount.to_dict()

        _v_line_item = (
            self.line_item
            if self.line_item is not None or "line_item" in self._none_flips
            else UNSET
        )

        line_item: None | str | Unset
        if isinstance(_v_line_item, Unset):
            line_item = UNSET
        else:
            line_item = _v_line_item

        _v_project_id = (
            self.project_id
            if self.project_id is not None or "project_id" in self._none_flips
            else UNSET
        )

        project_id: None | str | Unset
        if isinstance(_v_project_id, Unset):
            project_id = UNSET
        else:
            project_id = _v_project_id

        _v_api_key_id = (
            self.api_key_id
            if self.api_key_id is not None or "api_key_id" in self._none_flips
            else UNSET
        )

        api_key_id: None | str | Unset
        if isinstance(_v_api_key_id, Unset):
            api_key_id = UNSET
        else:
            api_key_id = _v_api_key_id

        _v_quantity = (
            self.quantity
            if self.quantity is not None or "quantity" in self._none_flips
            else UNSET
        )

        quantity: float | None | Unset
        if isinstance(_v_quantity, Unset):
            quantity = UNSET
        else:
            quantity = _v_quantity

        _v_quantity_unit = (
            self.quantity_unit
            if self.quantity_unit is not None or "quantity_unit" in self._none_flips
            else UNSET
        )

        quantity_unit: None | str | Unset
        if isinstance(_v_quantity_unit, Unset):
            quantity_unit = UNSET
        else:
            quantity_unit = _v_quantity_unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "object": object_,
                }.items()
                if v is not UNSET
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if line_item is not UNSET:
            field_dict["line_item"] = line_item
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if api_key_id is not UNSET:
            field_dict["api_key_id"] = api_key_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if quantity_unit is not UNSET:
            field_dict["quantity_unit"] = quantity_unit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _object__raw = d.pop("object", UNSET)
        if _object__raw is None or isinstance(_object__raw, Unset):
            if strict_parsing.get():
                raise KeyError("object")

            if _object__raw is UNSET:
                _none_flips += ("object_",)
            object_ = None

        else:
            try:
                object_ = check_costs_result_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        _amount_raw = d.pop("amount", UNSET)
        if _amount_raw is None or isinstance(_amount_raw, Unset):
            if _amount_raw is None and strict_parsing.get():
                raise TypeError("amount")

            if _amount_raw is None:
                _none_flips += ("amount",)
            amount = None

        else:
            try:
                _amount = _amount_raw
                amount: CostsResultAmount | Unset
                if isinstance(_amount, Unset):
                    amount = UNSET
                else:
                    amount = CostsResultAmount.from_dict(_amount)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                amount = _amount_raw

        _line_item_raw = d.pop("line_item", UNSET)
        if _line_item_raw is None or isinstance(_line_item_raw, Unset):
            if _line_item_raw is None:
                _none_flips += ("line_item",)
            line_item = None

        else:
            try:

                def _parse_line_item(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                line_item = _parse_line_item(_line_item_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                line_item = _line_item_raw

        _project_id_raw = d.pop("project_id", UNSET)
        if _project_id_raw is None or isinstance(_project_id_raw, Unset):
            if _project_id_raw is None:
                _none_flips += ("project_id",)
            project_id = None

        else:
            try:

                def _parse_project_id(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                project_id = _parse_project_id(_project_id_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                project_id = _project_id_raw

        _api_key_id_raw = d.pop("api_key_id", UNSET)
        if _api_key_id_raw is None or isinstance(_api_key_id_raw, Unset):
            if _api_key_id_raw is None:
                _none_flips += ("api_key_id",)
            api_key_id = None

        else:
            try:

                def _parse_api_key_id(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                api_key_id = _parse_api_key_id(_api_key_id_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                api_key_id = _api_key_id_raw

        _quantity_raw = d.pop("quantity", UNSET)
        if _quantity_raw is None or isinstance(_quantity_raw, Unset):
            if _quantity_raw is None:
                _none_flips += ("quantity",)
            quantity = None

        else:
            try:

                def _parse_quantity(data: object) -> float | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(float | None | Unset, data)

                quantity = _parse_quantity(_quantity_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                quantity = _quantity_raw

        _quantity_unit_raw = d.pop("quantity_unit", UNSET)
        if _quantity_unit_raw is None or isinstance(_quantity_unit_raw, Unset):
            if _quantity_unit_raw is None:
                _none_flips += ("quantity_unit",)
            quantity_unit = None

        else:
            try:

                def _parse_quantity_unit(
                    data: object,
                ) -> CostsResultQuantityUnitType1 | None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        quantity_unit_type_1 = check_costs_result_quantity_unit_type_1(
                            data
                        )

                        return quantity_unit_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(CostsResultQuantityUnitType1 | None | str | Unset, data)

                quantity_unit = _parse_quantity_unit(_quantity_unit_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                quantity_unit = _quantity_unit_raw

        costs_result = cls(
            object_=object_,
            amount=amount,
            line_item=line_item,
            project_id=project_id,
            api_key_id=api_key_id,
            quantity=quantity,
            quantity_unit=quantity_unit,
        )
        if _none_flips:
            costs_result._none_flips = _none_flips

        costs_result.additional_properties = d
        return costs_result

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
