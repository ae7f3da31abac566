from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.truncation_object_type import (
    TruncationObjectType,
    check_truncation_object_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="TruncationObject")


@_attrs_define
class TruncationObject:
    """How much of the thread goes into a run's initial context window."""

    type_: TruncationObjectType
    """ `auto` (default) drops messages from the middle to fit the model's context; `last_messages` keeps only the
    newest `last_messages` messages. """
    last_messages: int | None = None
    """ How many of the newest messages to keep when `type` is `last_messages`; at least 1. """
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

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_last_messages = (
            self.last_messages
            if self.last_messages is not None or "last_messages" in self._none_flips
            else UNSET
        )

        last_messages: int | None | Unset
        if isinstance(_v_last_messages, Unset):
            last_messages = UNSET
        else:
            last_messages = _v_last_messages

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
        if last_messages is not UNSET:
            field_dict["last_messages"] = last_messages

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_truncation_object_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _last_messages_raw = d.pop("last_messages", UNSET)
        if _last_messages_raw is None or isinstance(_last_messages_raw, Unset):
            if _last_messages_raw is None:
                _none_flips += ("last_messages",)
            last_messages = None

        else:
            try:

                def _parse_last_messages(data: object) -> int | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(int | None | Unset, data)

                last_messages = _parse_last_messages(_last_messages_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                last_messages = _last_messages_raw

        truncation_object = cls(
            type_=type_,
            last_messages=last_messages,
        )
        if _none_flips:
            truncation_object._none_flips = _none_flips

        truncation_object.additional_properties = d
        return truncation_object

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
