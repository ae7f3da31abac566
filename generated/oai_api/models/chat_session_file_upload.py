from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="ChatSessionFileUpload")


@_attrs_define
class ChatSessionFileUpload:
    """Upload settings in force for the session: on or off, size cap in MB and file count cap."""

    enabled: bool
    max_file_size: int | None
    max_files: int | None
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

        _v_max_file_size = (
            self.max_file_size
            if self.max_file_size is not None or "max_file_size" not in self._none_flips
            else UNSET
        )

        if _v_max_file_size is None or isinstance(_v_max_file_size, Unset):
            max_file_size = _v_max_file_size
        else:
            max_file_size: int | None
            max_file_size = _v_max_file_size

        _v_max_files = (
            self.max_files
            if self.max_files is not None or "max_files" not in self._none_flips
            else UNSET
        )

        if _v_max_files is None or isinstance(_v_max_files, Unset):
            max_files = _v_max_files
        else:
            max_files: int | None
            max_files = _v_max_files

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "enabled": enabled,
                    "max_file_size": max_file_size,
                    "max_files": max_files,
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

        _max_file_size_raw = d.pop("max_file_size", UNSET)
        if _max_file_size_raw is None or isinstance(_max_file_size_raw, Unset):
            if isinstance(_max_file_size_raw, Unset) and strict_parsing.get():
                raise KeyError("max_file_size")

            if _max_file_size_raw is UNSET:
                _none_flips += ("max_file_size",)
            max_file_size = None

        else:
            try:

                def _parse_max_file_size(data: object) -> int | None:
                    if data is None:
                        return data

                    return cast(int | None, data)

                max_file_size = _parse_max_file_size(_max_file_size_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                max_file_size = _max_file_size_raw

        _max_files_raw = d.pop("max_files", UNSET)
        if _max_files_raw is None or isinstance(_max_files_raw, Unset):
            if isinstance(_max_files_raw, Unset) and strict_parsing.get():
                raise KeyError("max_files")

            if _max_files_raw is UNSET:
                _none_flips += ("max_files",)
            max_files = None

        else:
            try:

                def _parse_max_files(data: object) -> int | None:
                    if data is None:
                        return data

                    return cast(int | None, data)

                max_files = _parse_max_files(_max_files_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                max_files = _max_files_raw

        chat_session_file_upload = cls(
            enabled=enabled,
            max_file_size=max_file_size,
            max_files=max_files,
        )
        if _none_flips:
            chat_session_file_upload._none_flips = _none_flips

        chat_session_file_upload.additional_properties = d
        return chat_session_file_upload

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
