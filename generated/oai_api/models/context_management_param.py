from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ContextManagementParam")


@_attrs_define
class ContextManagementParam:
    """A context management rule for the request, such as automatic compaction."""

    type_: str
    """ Kind of rule; currently only `compaction`. """
    compact_threshold: int | None = None
    """ Token count at which the context is compacted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        type_ = _v_type_

        _v_compact_threshold = (
            self.compact_threshold
            if self.compact_threshold is not None
            or "compact_threshold" in self._none_flips
            else UNSET
        )

        compact_threshold: int | None | Unset
        if isinstance(_v_compact_threshold, Unset):
            compact_threshold = UNSET
        else:
            compact_threshold = _v_compact_threshold

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
        if compact_threshold is not UNSET:
            field_dict["compact_threshold"] = compact_threshold

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        type_ = d.pop("type", UNSET)
        if type_ is None or isinstance(type_, Unset):
            raise KeyError("ContextManagementParam: required field type is missing")

        if type_ is None or type_ is UNSET:
            if type_ is UNSET:
                _none_flips += ("type_",)
            type_ = None

        _compact_threshold_raw = d.pop("compact_threshold", UNSET)
        if _compact_threshold_raw is None or isinstance(_compact_threshold_raw, Unset):
            if _compact_threshold_raw is None:
                _none_flips += ("compact_threshold",)
            compact_threshold = None

        else:

            def _parse_compact_threshold(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(int | None | Unset, data)

            compact_threshold = _parse_compact_threshold(_compact_threshold_raw)

        context_management_param = cls(
            type_=type_,
            compact_threshold=compact_threshold,
        )
        if _none_flips:
            context_management_param._none_flips = _none_flips

        context_management_param.additional_properties = d
        return context_management_param

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
