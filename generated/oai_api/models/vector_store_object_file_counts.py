from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="VectorStoreObjectFileCounts")


@_attrs_define
class VectorStoreObjectFileCounts:
    in_progress: int
    completed: int
    failed: int
    cancelled: int
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_in_progress = (
            self.in_progress
            if self.in_progress is not None or "in_progress" not in self._none_flips
            else UNSET
        )

        in_progress = _v_in_progress

        _v_completed = (
            self.completed
            if self.completed is not None or "completed" not in self._none_flips
            else UNSET
        )

        completed = _v_completed

        _v_failed = (
            self.failed
            if self.failed is not None or "failed" not in self._none_flips
            else UNSET
        )

        failed = _v_failed

        _v_cancelled = (
            self.cancelled
            if self.cancelled is not None or "cancelled" not in self._none_flips
            else UNSET
        )

        cancelled = _v_cancelled

        _v_total = (
            self.total
            if self.total is not None or "total" not in self._none_flips
            else UNSET
        )

        total = _v_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "in_progress": in_progress,
                    "completed": completed,
                    "failed": failed,
                    "cancelled": cancelled,
                    "total": total,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        in_progress = d.pop("in_progress", UNSET)
        if (
            in_progress is None or isinstance(in_progress, Unset)
        ) and strict_parsing.get():
            raise KeyError("in_progress")

        if in_progress is None or in_progress is UNSET:
            if in_progress is UNSET:
                _none_flips += ("in_progress",)
            in_progress = None

        completed = d.pop("completed", UNSET)
        if (completed is None or isinstance(completed, Unset)) and strict_parsing.get():
            raise KeyError("completed")

        if completed is None or completed is UNSET:
            if completed is UNSET:
                _none_flips += ("completed",)
            completed = None

        failed = d.pop("failed", UNSET)
        if (failed is None or isinstance(failed, Unset)) and strict_parsing.get():
            raise KeyError("failed")

        if failed is None or failed is UNSET:
            if failed is UNSET:
                _none_flips += ("failed",)
            failed = None

        cancelled = d.pop("cancelled", UNSET)
        if (cancelled is None or isinstance(cancelled, Unset)) and strict_parsing.get():
            raise KeyError("cancelled")

        if cancelled is None or cancelled is UNSET:
            if cancelled is UNSET:
                _none_flips += ("cancelled",)
            cancelled = None

        total = d.pop("total", UNSET)
        if (total is None or isinstance(total, Unset)) and strict_parsing.get():
            raise KeyError("total")

        if total is None or total is UNSET:
            if total is UNSET:
                _none_flips += ("total",)
            total = None

        vector_store_object_file_counts = cls(
            in_progress=in_progress,
            completed=completed,
            failed=failed,
            cancelled=cancelled,
            total=total,
        )
        if _none_flips:
            vector_store_object_file_counts._none_flips = _none_flips

        vector_store_object_file_counts.additional_properties = d
        return vector_store_object_file_counts

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
