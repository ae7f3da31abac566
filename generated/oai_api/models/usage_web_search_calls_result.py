from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.usage_web_search_calls_result_object import (
    UsageWebSearchCallsResultObject,
    check_usage_web_search_calls_result_object,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="UsageWebSearchCallsResult")


@_attrs_define
class UsageWebSearchCallsResult:
    """Web search usage in one time bucket: calls and model requests, per group if grouped."""

    object_: UsageWebSearchCallsResultObject
    num_model_requests: int
    num_requests: int
    project_id: None | str = None
    user_id: None | str = None
    api_key_id: None | str = None
    model: None | str = None
    context_level: None | str = None
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

        _v_num_model_requests = (
            self.num_model_requests
            if self.num_model_requests is not None
            or "num_model_requests" not in self._none_flips
            else UNSET
        )

        num_model_requests = _v_num_model_requests

        _v_num_requests = (
            self.num_requests
            if self.num_requests is not None or "num_requests" not in self._none_flips
            else UNSET
        )

        num_requests = _v_num_requests

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

        _v_user_id = (
            self.user_id
            if self.user_id is not None or "user_id" in self._none_flips
            else UNSET
        )

        user_id: None | str | Unset
        if isinstance(_v_user_id, Unset):
            user_id = UNSET
        else:
            user_id = _v_user_id

        _v_api_key_id = (
            self.api_key_id
            if self.api_key_id is not None or "api_key_id" in self._none_flips
            else UNSET
        )

        api_key_id: None | str | Unset
        if isinstance(_v_api_key_id, Unset):
            api_key_id = UNSET
        else:
            api_key_id = _v_api_key_id

        _v_model = (
            self.model
            if self.model is not None or "model" in self._none_flips
            else UNSET
        )

        model: None | str | Unset
        if isinstance(_v_model, Unset):
            model = UNSET
        else:
            model = _v_model

        _v_context_level = (
            self.context_level
            if self.context_level is not None or "context_level" in self._none_flips
            else UNSET
        )

        context_level: None | str | Unset
        if isinstance(_v_context_level, Unset):
            context_level = UNSET
        else:
            context_level = _v_context_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "object": object_,
                    "num_model_requests": num_model_requests,
                    "num_requests": num_requests,
                }.items()
                if v is not UNSET
            }
        )
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if api_key_id is not UNSET:
            field_dict["api_key_id"] = api_key_id
        if model is not UNSET:
            field_dict["model"] = model
        if context_level is not UNSET:
            field_dict["context_level"] = context_level

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
                object_ = check_usage_web_search_calls_result_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        num_model_requests = d.pop("num_model_requests", UNSET)
        if (
            num_model_requests is None or isinstance(num_model_requests, Unset)
        ) and strict_parsing.get():
            raise KeyError("num_model_requests")

        if num_model_requests is None or num_model_requests is UNSET:
            if num_model_requests is UNSET:
                _none_flips += ("num_model_requests",)
            num_model_requests = None

        num_requests = d.pop("num_requests", UNSET)
        if (
            num_requests is None or isinstance(num_requests, Unset)
        ) and strict_parsing.get():
            raise KeyError("num_requests")

        if num_requests is None or num_requests is UNSET:
            if num_requests is UNSET:
                _none_flips += ("num_requests",)
            num_requests = None

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

        _user_id_raw = d.pop("user_id", UNSET)
        if _user_id_raw is None or isinstance(_user_id_raw, Unset):
            if _user_id_raw is None:
                _none_flips += ("user_id",)
            user_id = None

        else:
            try:

                def _parse_user_id(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                user_id = _parse_user_id(_user_id_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                user_id = _user_id_raw

        _api_key_id_raw = d.pop("api_key_id", UNSET)
        if _api_key_id_raw is None or isinstance(_api_key_id_raw, Unset):
            if _api_key_id_raw is None:
                _none_flips += ("api_key_id",)
            api_key_id = None

        else:
            try:

                def _parse_api_key_id(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                api_key_id = _parse_api_key_id(_api_key_id_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                api_key_id = _api_key_id_raw

        _model_raw = d.pop("model", UNSET)
        if _model_raw is None or isinstance(_model_raw, Unset):
            if _model_raw is None:
                _none_flips += ("model",)
            model = None

        else:
            try:

                def _parse_model(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                model = _parse_model(_model_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                model = _model_raw

        _context_level_raw = d.pop("context_level", UNSET)
        if _context_level_raw is None or isinstance(_context_level_raw, Unset):
            if _context_level_raw is None:
                _none_flips += ("context_level",)
            context_level = None

        else:
            try:

                def _parse_context_level(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                context_level = _parse_context_level(_context_level_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                context_level = _context_level_raw

        usage_web_search_calls_result = cls(
            object_=object_,
            num_model_requests=num_model_requests,
            num_requests=num_requests,
            project_id=project_id,
            user_id=user_id,
            api_key_id=api_key_id,
            model=model,
            context_level=context_level,
        )
        if _none_flips:
            usage_web_search_calls_result._none_flips = _none_flips

        usage_web_search_calls_result.additional_properties = d
        return usage_web_search_calls_result

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
