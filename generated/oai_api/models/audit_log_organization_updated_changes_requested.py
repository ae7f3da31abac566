from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class AuditLogOrganizationUpdatedChangesRequested(_OpenModel):
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
    _keys = (
        "api_call_logging",
        "api_call_logging_project_ids",
        "description",
        "name",
        "threads_ui_visibility",
        "title",
        "usage_dashboard_visibility",
    )

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("title", "title", OPTIONAL, None),
            ("description", "description", OPTIONAL, None),
            ("name", "name", OPTIONAL, None),
            ("threads_ui_visibility", "threads_ui_visibility", OPTIONAL, None),
            (
                "usage_dashboard_visibility",
                "usage_dashboard_visibility",
                OPTIONAL,
                None,
            ),
            ("api_call_logging", "api_call_logging", OPTIONAL, None),
            (
                "api_call_logging_project_ids",
                "api_call_logging_project_ids",
                OPTIONAL,
                None,
            ),
        )
