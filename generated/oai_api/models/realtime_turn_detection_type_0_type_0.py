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

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="RealtimeTurnDetectionType0Type0")


@_attrs_define
class RealtimeTurnDetectionType0Type0:
    type_: Literal["server_vad"]
    """ Always `server_vad`: end turns by silence detected from audio volume. """
    threshold: float | None = None
    """ Volume needed to count as speech, 0.0 to 1.0; default 0.5. Raise it in noisy settings. """
    prefix_padding_ms: int | None = None
    """ Audio kept from before detected speech starts, in milliseconds; default 300. """
    silence_duration_ms: int | None = None
    """ Silence that ends the user's turn, in milliseconds; default 500. Shorter replies faster but may cut in on
    pauses. """
    create_response: bool | None = None
    """ Start a reply automatically when speech stops; default true. With both this and `interrupt_response` false,
    only VAD events are sent. """
    interrupt_response: bool | None = None
    """ Cancel an ongoing reply in the default conversation when the user starts speaking; default true. If false,
    the reply plays to the end. """
    idle_timeout_ms: int | None = None
    """ Milliseconds of user silence, 5000 to 30000, after the model's audio finishes before the model is prompted
    to speak again; null for none. """
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

        _v_threshold = (
            self.threshold
            if self.threshold is not None or "threshold" in self._none_flips
            else UNSET
        )

        threshold = _v_threshold

        _v_prefix_padding_ms = (
            self.prefix_padding_ms
            if self.prefix_padding_ms is not None
            or "prefix_padding_ms" in self._none_flips
            else UNSET
        )

        prefix_padding_ms = _v_prefix_padding_ms

        _v_silence_duration_ms = (
            self.silence_duration_ms
            if self.silence_duration_ms is not None
            or "silence_duration_ms" in self._none_flips
            else UNSET
        )

        silence_duration_ms = _v_silence_duration_ms

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

        _v_idle_timeout_ms = (
            self.idle_timeout_ms
            if self.idle_timeout_ms is not None or "idle_timeout_ms" in self._none_flips
            else UNSET
        )

        idle_timeout_ms: int | None | Unset
        if isinstance(_v_idle_timeout_ms, Unset):
            idle_timeout_ms = UNSET
        else:
            idle_timeout_ms = _v_idle_timeout_ms

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
        if threshold is not UNSET:
            field_dict["threshold"] = threshold
        if prefix_padding_ms is not UNSET:
            field_dict["prefix_padding_ms"] = prefix_padding_ms
        if silence_duration_ms is not UNSET:
            field_dict["silence_duration_ms"] = silence_duration_ms
        if create_response is not UNSET:
            field_dict["create_response"] = create_response
        if interrupt_response is not UNSET:
            field_dict["interrupt_response"] = interrupt_response
        if idle_timeout_ms is not UNSET:
            field_dict["idle_timeout_ms"] = idle_timeout_ms

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
                type_ = cast(Literal["server_vad"], _type__raw)
                if type_ != "server_vad":
                    raise ValueError(
                        f"type must match const 'server_vad', got '{type_}'"
                    )
            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        threshold = d.pop("threshold", UNSET)
        if threshold is None and strict_parsing.get():
            raise TypeError("threshold")

        if threshold is None or threshold is UNSET:
            if threshold is None:
                _none_flips += ("threshold",)
            threshold = None

        prefix_padding_ms = d.pop("prefix_padding_ms", UNSET)
        if prefix_padding_ms is None and strict_parsing.get():
            raise TypeError("prefix_padding_ms")

        if prefix_padding_ms is None or prefix_padding_ms is UNSET:
            if prefix_padding_ms is None:
                _none_flips += ("prefix_padding_ms",)
            prefix_padding_ms = None

        silence_duration_ms = d.pop("silence_duration_ms", UNSET)
        if silence_duration_ms is None and strict_parsing.get():
            raise TypeError("silence_duration_ms")

        if silence_duration_ms is None or silence_duration_ms is UNSET:
            if silence_duration_ms is None:
                _none_flips += ("silence_duration_ms",)
            silence_duration_ms = None

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

        _idle_timeout_ms_raw = d.pop("idle_timeout_ms", UNSET)
        if _idle_timeout_ms_raw is None or isinstance(_idle_timeout_ms_raw, Unset):
            if _idle_timeout_ms_raw is None:
                _none_flips += ("idle_timeout_ms",)
            idle_timeout_ms = None

        else:
            try:

                def _parse_idle_timeout_ms(data: object) -> int | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(int | None | Unset, data)

                idle_timeout_ms = _parse_idle_timeout_ms(_idle_timeout_ms_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                idle_timeout_ms = _idle_timeout_ms_raw

        realtime_turn_detection_type_0_type_0 = cls(
            type_=type_,
            threshold=threshold,
            prefix_padding_ms=prefix_padding_ms,
            silence_duration_ms=silence_duration_ms,
            create_response=create_response,
            interrupt_response=interrupt_response,
            idle_timeout_ms=idle_timeout_ms,
        )
        if _none_flips:
            realtime_turn_detection_type_0_type_0._none_flips = _none_flips

        realtime_turn_detection_type_0_type_0.additional_properties = d
        return realtime_turn_detection_type_0_type_0

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
