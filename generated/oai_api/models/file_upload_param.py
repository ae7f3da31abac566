from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr, strict_parsing

T = TypeVar("T", bound="FileUploadParam")


@_attrs_define
class FileUploadParam:
    """Whether and how much users may upload in the session."""

    enabled: bool | None = None
    """ Allow uploads; false if omitted. """
    max_file_size: int | None = None
    """ Size cap per file in MB, 1 to 512; 512 if omitted. """
    max_files: int | None = None
    """ Most files a session may upload; 10 if omitted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_enabled = (
            self.enabled
            if self.enabled is not None or "enabled" in self._none_flips
            else UNSET
        )

        enabled = _v_enabled

        _v_max_file_size = (
            self.max_file_size
            if self.max_file_size is not None or "max_file_size" in self._none_flips
            else UNSET
        )

        max_file_size = _v_max_file_size

        _v_max_files = (
            self.max_files
            if self.max_files is not None or "max_files" in self._none_flips
            else UNSET
        )

        max_files = _v_max_files

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if max_file_size is not UNSET:
            field_dict["max_file_size"] = max_file_size
        if max_files is not UNSET:
            field_dict["max_files"] = max_files

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        enabled = d.pop("enabled", UNSET)
        if enabled is None and strict_parsing.get():
            raise TypeError("enabled")

        if enabled is None or enabled is UNSET:
            if enabled is None:
                _none_flips += ("enabled",)
            enabled = None

        max_file_size = d.pop("max_file_size", UNSET)
        if max_file_size is None and strict_parsing.get():
            raise TypeError("max_file_size")

        if max_file_size is None or max_file_size is UNSET:
            if max_file_size is None:
                _none_flips += ("max_file_size",)
            max_file_size = None

        max_files = d.pop("max_files", UNSET)
        if max_files is None and strict_parsing.get():
            raise TypeError("max_files")

        if max_files is None or max_files is UNSET:
            if max_files is None:
                _none_flips += ("max_files",)
            max_files = None

        file_upload_param = cls(
            enabled=enabled,
            max_file_size=max_file_size,
            max_files=max_files,
        )
        if _none_flips:
            file_upload_param._none_flips = _none_flips

        file_upload_param.additional_properties = d
        return file_upload_param

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
