from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr, strict_parsing

T = TypeVar("T", bound="AuditLogOrganizationUpdatedChangesRequested")


@_attrs_define
class AuditLogOrganizationUpdatedChangesRequested:
    title: str | None = None
    description: str | None = None
    name: str | None = None
    threads_ui_visibility: str | None = None
    usage_dashboard_visibility: str | None = None
    api_call_logging: str | None = None
    api_call_logging_project_ids: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_title = (
            self.title
            if self.title is not None or "title" in self._none_flips
            else UNSET
        )

        title = _v_title

        _v_description = (
            self.description
            if self.description is not None or "description" in self._none_flips
            else UNSET
        )

        description = _v_description

        _v_name = (
            self.name if self.name is not None or "name" in self._none_flips else UNSET
        )

        name = _v_name

        _v_threads_ui_visibility = (
            self.threads_ui_visibility
            if self.threads_ui_visibility is not None
            or "threads_ui_visibility" in self._none_flips
            else UNSET
        )

        threads_ui_visibility = _v_threads_ui_visibility

        _v_usage_dashboard_visibility = (
            self.usage_dashboard_visibility
            if self.usage_dashboard_visibility is not None
            or "usage_dashboard_visibility" in self._none_flips
            else UNSET
        )

        usage_dashboard_visibility = _v_usage_dashboard_visibility

        _v_api_call_logging = (
            self.api_call_logging
            if self.api_call_logging is not None
            or "api_call_logging" in self._none_flips
            else UNSET
        )

        api_call_logging = _v_api_call_logging

        _v_api_call_logging_project_ids = (
            self.api_call_logging_project_ids
            if self.api_call_logging_project_ids is not None
            or "api_call_logging_project_ids" in self._none_flips
            else UNSET
        )

        api_call_logging_project_ids = _v_api_call_logging_project_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
        if threads_ui_visibility is not UNSET:
            field_dict["threads_ui_visibility"] = threads_ui_visibility
        if usage_dashboard_visibility is not UNSET:
            field_dict["usage_dashboard_visibility"] = usage_dashboard_visibility
        if api_call_logging is not UNSET:
            field_dict["api_call_logging"] = api_call_logging
        if api_call_logging_project_ids is not UNSET:
            field_dict["api_call_logging_project_ids"] = api_call_logging_project_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        title = d.pop("title", UNSET)
        if title is None and strict_parsing.get():
            raise TypeError("title")

        if title is None or title is UNSET:
            if title is None:
                _none_flips += ("title",)
            title = None

        description = d.pop("description", UNSET)
        if description is None and strict_parsing.get():
            raise TypeError("description")

        if description is None or description is UNSET:
            if description is None:
                _none_flips += ("description",)
            description = None

        name = d.pop("name", UNSET)
        if name is None and strict_parsing.get():
            raise TypeError("name")

        if name is None or name is UNSET:
            if name is None:
                _none_flips += ("name",)
            name = None

        threads_ui_visibility = d.pop("threads_ui_visibility", UNSET)
        if threads_ui_visibility is None and strict_parsing.get():
            raise TypeError("threads_ui_visibility")

        if threads_ui_visibility is None or threads_ui_visibility is UNSET:
            if threads_ui_visibility is None:
                _none_flips += ("threads_ui_visibility",)
            threads_ui_visibility = None

        usage_dashboard_visibility = d.pop("usage_dashboard_visibility", UNSET)
        if usage_dashboard_visibility is None and strict_parsing.get():
            raise TypeError("usage_dashboard_visibility")

        if usage_dashboard_visibility is None or usage_dashboard_visibility is UNSET:
            if usage_dashboard_visibility is None:
                _none_flips += ("usage_dashboard_visibility",)
            usage_dashboard_visibility = None

        api_call_logging = d.pop("api_call_logging", UNSET)
        if api_call_logging is None and strict_parsing.get():
            raise TypeError("api_call_logging")

        if api_call_logging is None or api_call_logging is UNSET:
            if api_call_logging is None:
                _none_flips += ("api_call_logging",)
            api_call_logging = None

        api_call_logging_project_ids = d.pop("api_call_logging_project_ids", UNSET)
        if api_call_logging_project_ids is None and strict_parsing.get():
            raise TypeError("api_call_logging_project_ids")

        if (
            api_call_logging_project_ids is None
            or api_call_logging_project_ids is UNSET
        ):
            if api_call_logging_project_ids is None:
                _none_flips += ("api_call_logging_project_ids",)
            api_call_logging_project_ids = None

        audit_log_organization_updated_changes_requested = cls(
            title=title,
            description=description,
            name=name,
            threads_ui_visibility=threads_ui_visibility,
            usage_dashboard_visibility=usage_dashboard_visibility,
            api_call_logging=api_call_logging,
            api_call_logging_project_ids=api_call_logging_project_ids,
        )
        if _none_flips:
            audit_log_organization_updated_changes_requested._none_flips = _none_flips

        audit_log_organization_updated_changes_requested.additional_properties = d
        return audit_log_organization_updated_changes_requested

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
