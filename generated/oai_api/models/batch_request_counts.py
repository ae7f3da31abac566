from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, strict_parsing

T = TypeVar("T", bound="BatchRequestCounts")


@_attrs_define
class BatchRequestCounts:
    """How many requests of a batch exist, succeeded and failed."""

    total: int
    """ Requests in the batch. """
    completed: int
    """ Requests that succeeded. """
    failed: int
    """ Requests that failed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        completed = self.completed

        failed = self.failed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "total": total,
                    "completed": completed,
                    "failed": failed,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total = d.pop("total", UNSET)
        if (total is None or isinstance(total, Unset)) and strict_parsing.get():
            raise KeyError("total")

        completed = d.pop("completed", UNSET)
        if (completed is None or isinstance(completed, Unset)) and strict_parsing.get():
            raise KeyError("completed")

        failed = d.pop("failed", UNSET)
        if (failed is None or isinstance(failed, Unset)) and strict_parsing.get():
            raise KeyError("failed")

        batch_request_counts = cls(
            total=total,
            completed=completed,
            failed=failed,
        )

        batch_request_counts.additional_properties = d
        return batch_request_counts

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
