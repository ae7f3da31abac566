from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_delta_object_object import (
    MessageDeltaObjectObject,
    check_message_delta_object_object,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.message_delta_object_delta import MessageDeltaObjectDelta


T = TypeVar("T", bound="MessageDeltaObject")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, MessageDeltaObjectDelta
    from ..models.message_delta_object_delta import MessageDeltaObjectDelta

    _models_bound = True


@_attrs_define
class MessageDeltaObject:
    """The fields of a message that changed during streaming."""

    id: str
    object_: MessageDeltaObjectObject
    delta: MessageDeltaObjectDelta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" not in self._none_flips
            else UNSET
        )

        if _v_object_ is None or isinstance(_v_object_, Unset):
            object_ = _v_object_
        else:
            object_: str = _v_object_

        _v_delta = (
            self.delta
            if self.delta is not None or "delta" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_delta, MessageDeltaObjectDelta):
            delta = _v_delta
        else:
            delta = _v_delta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "object": object_,
                    "delta": delta,
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
        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        _object__raw = d.pop("object", UNSET)
        if _object__raw is None or isinstance(_object__raw, Unset):
            if strict_parsing.get():
                raise KeyError("object")

            if _object__raw is UNSET:
                _none_flips += ("object_",)
            object_ = None

        else:
            try:
                object_ = check_message_delta_object_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        _delta_raw = d.pop("delta", UNSET)
        if _delta_raw is None or isinstance(_delta_raw, Unset):
            if strict_parsing.get():
                raise KeyError("delta")

            if _delta_raw is UNSET:
                _none_flips += ("delta",)
            delta = None

        else:
            try:
                delta = MessageDeltaObjectDelta.from_dict(_delta_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                delta = _delta_raw

        message_delta_object = cls(
            id=id,
            object_=object_,
            delta=delta,
        )
        if _none_flips:
            message_delta_object._none_flips = _none_flips

        message_delta_object.additional_properties = d
        return message_delta_object

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
