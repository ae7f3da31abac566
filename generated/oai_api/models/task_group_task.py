from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_type import TaskType, check_task_type
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="TaskGroupTask")


@_attrs_define
class TaskGroupTask:
    """One task inside a task group."""

    type_: TaskType
    """ Kind of task: `custom` or `thought`. """
    heading: None | str
    summary: None | str
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

        _v_heading = (
            self.heading
            if self.heading is not None or "heading" not in self._none_flips
            else UNSET
        )

        if _v_heading is None or isinstance(_v_heading, Unset):
            heading = _v_heading
        else:
            heading: None | str
            heading = _v_heading

        _v_summary = (
            self.summary
            if self.summary is not None or "summary" not in self._none_flips
            else UNSET
        )

        if _v_summary is None or isinstance(_v_summary, Unset):
            summary = _v_summary
        else:
            summary: None | str
            summary = _v_summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "heading": heading,
                    "summary": summary,
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
                type_ = check_task_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _heading_raw = d.pop("heading", UNSET)
        if _heading_raw is None or isinstance(_heading_raw, Unset):
            if isinstance(_heading_raw, Unset) and strict_parsing.get():
                raise KeyError("heading")

            if _heading_raw is UNSET:
                _none_flips += ("heading",)
            heading = None

        else:
            try:

                def _parse_heading(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                heading = _parse_heading(_heading_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                heading = _heading_raw

        _summary_raw = d.pop("summary", UNSET)
        if _summary_raw is None or isinstance(_summary_raw, Unset):
            if isinstance(_summary_raw, Unset) and strict_parsing.get():
                raise KeyError("summary")

            if _summary_raw is UNSET:
                _none_flips += ("summary",)
            summary = None

        else:
            try:

                def _parse_summary(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                summary = _parse_summary(_summary_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                summary = _summary_raw

        task_group_task = cls(
            type_=type_,
            heading=heading,
            summary=summary,
        )
        if _none_flips:
            task_group_task._none_flips = _none_flips

        task_group_task.additional_properties = d
        return task_group_task

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
