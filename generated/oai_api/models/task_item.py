from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_item_object import TaskItemObject, check_task_item_object
from ..models.task_item_type import TaskItemType, check_task_item_type
from ..models.task_type import TaskType, check_task_type
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="TaskItem")


@_attrs_define
class TaskItem:
    """Progress update the workflow posts in a thread, with a heading and summary."""

    id: str
    object_: TaskItemObject
    created_at: int
    thread_id: str
    type_: TaskItemType
    task_type: TaskType
    """ Kind of task: `custom` or `thought`. """
    heading: None | str
    summary: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
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

        _v_created_at = (
            self.created_at
            if self.created_at is not None or "created_at" not in self._none_flips
            else UNSET
        )

        created_at = _v_created_at

        _v_thread_id = (
            self.thread_id
            if self.thread_id is not None or "thread_id" not in self._none_flips
            else UNSET
        )

        thread_id = _v_thread_id

        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_task_type = (
            self.task_type
            if self.task_type is not None or "task_type" not in self._none_flips
            else UNSET
        )

        if _v_task_type is None or isinstance(_v_task_type, Unset):
            task_type = _v_task_type
        else:
            task_type: str = _v_task_type

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
                    "id": id,
                    "object": object_,
                    "created_at": created_at,
                    "thread_id": thread_id,
                    "type": type_,
                    "task_type": task_type,
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
                object_ = check_task_item_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        created_at = d.pop("created_at", UNSET)
        if (
            created_at is None or isinstance(created_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("created_at")

        if created_at is None or created_at is UNSET:
            if created_at is UNSET:
                _none_flips += ("created_at",)
            created_at = None

        thread_id = d.pop("thread_id", UNSET)
        if (thread_id is None or isinstance(thread_id, Unset)) and strict_parsing.get():
            raise KeyError("thread_id")

        if thread_id is None or thread_id is UNSET:
            if thread_id is UNSET:
                _none_flips += ("thread_id",)
            thread_id = None

        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_task_item_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _task_type_raw = d.pop("task_type", UNSET)
        if _task_type_raw is None or isinstance(_task_type_raw, Unset):
            if strict_parsing.get():
                raise KeyError("task_type")

            if _task_type_raw is UNSET:
                _none_flips += ("task_type",)
            task_type = None

        else:
            try:
                task_type = check_task_type(_task_type_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                task_type = _task_type_raw

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

        task_item = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            thread_id=thread_id,
            type_=type_,
            task_type=task_type,
            heading=heading,
            summary=summary,
        )
        if _none_flips:
            task_item._none_flips = _none_flips

        task_item.additional_properties = d
        return task_item

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
