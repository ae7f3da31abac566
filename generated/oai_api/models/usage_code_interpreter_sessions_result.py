from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.usage_code_interpreter_sessions_result_object import (
    UsageCodeInterpreterSessionsResultObject,
    check_usage_code_interpreter_sessions_result_object,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="UsageCodeInterpreterSessionsResult")


@_attrs_define
class UsageCodeInterpreterSessionsResult:
    """Code interpreter usage in one time bucket: number of sessions, per project if grouped."""

    object_: UsageCodeInterpreterSessionsResultObject
    num_sessions: int
    project_id: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" not in self._none_flips
            else UNSET
        )

        if _v_object_ is None or isinstance(_v_object_, Unset):
            object_ = _v_object_
        else:
            object_: str = _v_object_

        _v_num_sessions = (
            self.num_sessions
            if self.num_sessions is not None or "num_sessions" not in self._none_flips
            else UNSET
        )

        num_sessions = _v_num_sessions

        _v_project_id = (
            self.project_id
            if self.project_id is not None or "project_id" in self._none_flips
            else UNSET
        )

        project_id: None | str | Unset
        if isinstance(_v_project_id, Unset):
            project_id = UNSET
        else:
            project_id = _v_project_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "object": object_,
                    "num_sessions": num_sessions,
                }.items()
                if v is not UNSET
            }
        )
        if project_id is not UNSET:
            field_dict["project_id"] = project_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _object__raw = d.pop("object", UNSET)
        if _object__raw is None or isinstance(_object__raw, Unset):
            if strict_parsing.get():
                raise KeyError("object")

            if _object__raw is UNSET:
                _none_flips += ("object_",)
            object_ = None

        else:
            try:
                object_ = check_usage_code_interpreter_sessions_result_object(
                    _object__raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        num_sessions = d.pop("num_sessions", UNSET)
        if (
            num_sessions is None or isinstance(num_sessions, Unset)
        ) and strict_parsing.get():
            raise KeyError("num_sessions")

        if num_sessions is None or num_sessions is UNSET:
            if num_sessions is UNSET:
                _none_flips += ("num_sessions",)
            num_sessions = None

        _project_id_raw = d.pop("project_id", UNSET)
        if _project_id_raw is None or isinstance(_project_id_raw, Unset):
            if _project_id_raw is None:
                _none_flips += ("project_id",)
            project_id = None

        else:
            try:

                def _parse_project_id(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                project_id = _parse_project_id(_project_id_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                project_id = _project_id_raw

        usage_code_interpreter_sessions_result = cls(
            object_=object_,
            num_sessions=num_sessions,
            project_id=project_id,
        )
        if _none_flips:
            usage_code_interpreter_sessions_result._none_flips = _none_flips

        usage_code_interpreter_sessions_result.additional_properties = d
        return usage_code_interpreter_sessions_result

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
