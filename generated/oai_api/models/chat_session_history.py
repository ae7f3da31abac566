from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="ChatSessionHistory")


@_attrs_define
class ChatSessionHistory:
    """Whether users see past threads in the session, and how many recent ones."""

    enabled: bool
    recent_threads: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_enabled = (
            self.enabled
            if self.enabled is not None or "enabled" not in self._none_flips
            else UNSET
        )

        enabled = _v_enabled

        _v_recent_threads = (
            self.recent_threads
            if self.recent_threads is not None
            or "recent_threads" not in self._none_flips
            else UNSET
        )

        if _v_recent_threads is None or isinstance(_v_recent_threads, Unset):
            recent_threads = _v_recent_threads
        else:
            recent_threads: int | None
            recent_threads = _v_recent_threads

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "enabled": enabled,
                    "recent_threads": recent_threads,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        enabled = d.pop("enabled", UNSET)
        if (enabled is None or isinstance(enabled, Unset)) and strict_parsing.get():
            raise KeyError("enabled")

        if enabled is None or enabled is UNSET:
            if enabled is UNSET:
                _none_flips += ("enabled",)
            enabled = None

        _recent_threads_raw = d.pop("recent_threads", UNSET)
        if _recent_threads_raw is None or isinstance(_recent_threads_raw, Unset):
            if isinstance(_recent_threads_raw, Unset) and strict_parsing.get():
                raise KeyError("recent_threads")

            if _recent_threads_raw is UNSET:
                _none_flips += ("recent_threads",)
            recent_threads = None

        else:
            try:

                def _parse_recent_threads(data: object) -> int | None:
                    if data is None:
                        return data

                    return cast(int | None, data)

                recent_threads = _parse_recent_threads(_recent_threads_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                recent_threads = _recent_threads_raw

        chat_session_history = cls(
            enabled=enabled,
            recent_threads=recent_threads,
        )
        if _none_flips:
            chat_session_history._none_flips = _none_flips

        chat_session_history.additional_properties = d
        return chat_session_history

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
