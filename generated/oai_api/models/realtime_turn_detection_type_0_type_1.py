from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_turn_detection_type_0_type_1_eagerness import (
    RealtimeTurnDetectionType0Type1Eagerness,
    check_realtime_turn_detection_type_0_type_1_eagerness,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="RealtimeTurnDetectionType0Type1")


@_attrs_define
class RealtimeTurnDetectionType0Type1:
    type_: Literal["semantic_vad"]
    """ Always `semantic_vad`: a model judges from the words whether the user has finished. """
    eagerness: RealtimeTurnDetectionType0Type1Eagerness | None = None
    """ How quickly the model takes its turn: `low` waits longest (up to 8s), `medium` 4s, `high` 2s; `auto`
    (default) equals `medium`. """
    create_response: bool | None = None
    """ Start a reply automatically when the user's turn ends; default true. """
    interrupt_response: bool | None = None
    """ Cancel an ongoing reply in the default conversation when the user starts speaking; default true. """
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

        _v_eagerness = (
            self.eagerness
            if self.eagerness is not None or "eagerness" in self._none_flips
            else UNSET
        )

        if _v_eagerness is None or isinstance(_v_eagerness, Unset):
            eagerness = _v_eagerness
        else:
            eagerness: str | Unset = UNSET
            if not isinstance(_v_eagerness, Unset):
                eagerness = _v_eagerness

        _v_create_response = (
            self.create_response
            if self.create_response is not None or "create_response" in self._none_flips
            else UNSET
        )

        create_response = _v_create_response

        _v_interrupt_response = (
            self.interrupt_response
            if self.interrupt_response is not None
            or "interrupt_response" in self._none_flips
            else UNSET
        )

        interrupt_response = _v_interrupt_response

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
        if eagerness is not UNSET:
            field_dict["eagerness"] = eagerness
        if create_response is not UNSET:
            field_dict["create_response"] = create_response
        if interrupt_response is not UNSET:
            field_dict["interrupt_response"] = interrupt_response

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
                type_ = cast(Literal["semantic_vad"], _type__raw)
                if type_ != "semantic_vad":
                    raise ValueError(
                        f"type must match const 'semantic_vad', got '{type_}'"
                    )
            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _eagerness_raw = d.pop("eagerness", UNSET)
        if _eagerness_raw is None or isinstance(_eagerness_raw, Unset):
            if _eagerness_raw is None and strict_parsing.get():
                raise TypeError("eagerness")

            if _eagerness_raw is None:
                _none_flips += ("eagerness",)
            eagerness = None

        else:
            try:
                _eagerness = _eagerness_raw
                eagerness: RealtimeTurnDetectionType0Type1Eagerness | Unset
                if isinstance(_eagerness, Unset):
                    eagerness = UNSET
                else:
                    eagerness = check_realtime_turn_detection_type_0_type_1_eagerness(
                        _eagerness
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                eagerness = _eagerness_raw

        create_response = d.pop("create_response", UNSET)
        if create_response is None and strict_parsing.get():
            raise TypeError("create_response")

        if create_response is None or create_response is UNSET:
            if create_response is None:
                _none_flips += ("create_response",)
            create_response = None

        interrupt_response = d.pop("interrupt_response", UNSET)
        if interrupt_response is None and strict_parsing.get():
            raise TypeError("interrupt_response")

        if interrupt_response is None or interrupt_response is UNSET:
            if interrupt_response is None:
                _none_flips += ("interrupt_response",)
            interrupt_response = None

        realtime_turn_detection_type_0_type_1 = cls(
            type_=type_,
            eagerness=eagerness,
            create_response=create_response,
            interrupt_response=interrupt_response,
        )
        if _none_flips:
            realtime_turn_detection_type_0_type_1._none_flips = _none_flips

        realtime_turn_detection_type_0_type_1.additional_properties = d
        return realtime_turn_detection_type_0_type_1

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
