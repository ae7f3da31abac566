from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.group_list_resource_object import (
    GroupListResourceObject,
    check_group_list_resource_object,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.group_response import GroupResponse


T = TypeVar("T", bound="GroupListResource")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, GroupResponse
    from ..models.group_response import GroupResponse

    _models_bound = True


@_attrs_define
class GroupListResource:
    """A page of the organization's groups, with a `next` cursor."""

    object_: GroupListResourceObject
    data: list[GroupResponse]
    has_more: bool
    next_: None | str
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

        _v_data = (
            self.data
            if self.data is not None or "data" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_data, list):
            data = _v_data
        else:
            data = []
            for data_item_data in _v_data:
                if not isinstance(data_item_data, GroupResponse):
                    data.append(data_item_data)
                    continue
                data_item = data_item_data.to_dict()
                data.append(data_item)

        _v_has_more = (
            self.has_more
            if self.has_more is not None or "has_more" not in self._none_flips
            else UNSET
        )

        has_more = _v_has_more

        _v_next_ = (
            self.next_
            if self.next_ is not None or "next_" not in self._none_flips
            else UNSET
        )

        if _v_next_ is None or isinstance(_v_next_, Unset):
            next_ = _v_next_
        else:
            next_: None | str
            next_ = _v_next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "object": object_,
                    "data": data,
                    "has_more": has_more,
                    "next": next_,
                }.items()
                if v is not UNSET
            }
        )

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
                object_ = check_group_list_resource_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        _data_raw = d.pop("data", UNSET)
        if _data_raw is None or isinstance(_data_raw, Unset):
            if strict_parsing.get():
                raise KeyError("data")

            if _data_raw is UNSET:
                _none_flips += ("data",)
            data = None

        else:
            try:
                data = []
                _data = _data_raw
                if not isinstance(_data, list):
                    raise TypeError()
                for data_item_data in _data:
                    data_item = GroupResponse.from_dict(data_item_data)

                    data.append(data_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                data = _data_raw

        has_more = d.pop("has_more", UNSET)
        if (has_more is None or isinstance(has_more, Unset)) and strict_parsing.get():
            raise KeyError("has_more")

        if has_more is None or has_more is UNSET:
            if has_more is UNSET:
                _none_flips += ("has_more",)
            has_more = None

        _next__raw = d.pop("next", UNSET)
        if _next__raw is None or isinstance(_next__raw, Unset):
            if isinstance(_next__raw, Unset) and strict_parsing.get():
                raise KeyError("next")

            if _next__raw is UNSET:
                _none_flips += ("next_",)
            next_ = None

        else:
            try:

                def _parse_next_(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                next_ = _parse_next_(_next__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                next_ = _next__raw

        group_list_resource = cls(
            object_=object_,
            data=data,
            has_more=has_more,
            next_=next_,
        )
        if _none_flips:
            group_list_resource._none_flips = _none_flips

        group_list_resource.additional_properties = d
        return group_list_resource

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
