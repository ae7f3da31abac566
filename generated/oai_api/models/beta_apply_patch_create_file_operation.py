from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_apply_patch_create_file_operation_type import (
    BetaApplyPatchCreateFileOperationType,
    check_beta_apply_patch_create_file_operation_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="BetaApplyPatchCreateFileOperation")


@_attrs_define
class BetaApplyPatchCreateFileOperation:
    """Create a file with the given diff as content."""

    type_: BetaApplyPatchCreateFileOperationType
    path: str
    diff: str
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

        _v_path = (
            self.path
            if self.path is not None or "path" not in self._none_flips
            else UNSET
        )

        path = _v_path

        _v_diff = (
            self.diff
            if self.diff is not None or "diff" not in self._none_flips
            else UNSET
        )

        diff = _v_diff

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "path": path,
                    "diff": diff,
                }.items()
                if v is not UNSET
            }
        )

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
                type_ = check_beta_apply_patch_create_file_operation_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        path = d.pop("path", UNSET)
        if (path is None or isinstance(path, Unset)) and strict_parsing.get():
            raise KeyError("path")

        if path is None or path is UNSET:
            if path is UNSET:
                _none_flips += ("path",)
            path = None

        diff = d.pop("diff", UNSET)
        if (diff is None or isinstance(diff, Unset)) and strict_parsing.get():
            raise KeyError("diff")

        if diff is None or diff is UNSET:
            if diff is UNSET:
                _none_flips += ("diff",)
            diff = None

        beta_apply_patch_create_file_operation = cls(
            type_=type_,
            path=path,
            diff=diff,
        )
        if _none_flips:
            beta_apply_patch_create_file_operation._none_flips = _none_flips

        beta_apply_patch_create_file_operation.additional_properties = d
        return beta_apply_patch_create_file_operation

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
