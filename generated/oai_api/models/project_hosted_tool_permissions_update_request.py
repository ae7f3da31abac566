from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.hosted_tool_permission_update import HostedToolPermissionUpdate


@_attrs_define(repr=False)
class ProjectHostedToolPermissionsUpdateRequest(_OpenModel):
    """Hosted tool settings to change; omit a tool to leave it as it is."""

    file_search: HostedToolPermissionUpdate | None = None
    """ New setting for file search; omit or null to keep the current one. """
    web_search: HostedToolPermissionUpdate | None = None
    """ New setting for web search; omit or null to keep the current one. """
    image_generation: HostedToolPermissionUpdate | None = None
    """ New setting for image generation; omit or null to keep the current one. """
    mcp: HostedToolPermissionUpdate | None = None
    """ New setting for MCP (remote tool servers); omit or null to keep the current one. """
    code_interpreter: HostedToolPermissionUpdate | None = None
    """ New setting for code interpreter; omit or null to keep the current one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("code_interpreter", "file_search", "image_generation", "mcp", "web_search")

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "file_search",
                "file_search",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "hosted_tool_permission_update", "HostedToolPermissionUpdate"
                    ),
                    None,
                ),
            ),
            (
                "web_search",
                "web_search",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "hosted_tool_permission_update", "HostedToolPermissionUpdate"
                    ),
                    None,
                ),
            ),
            (
                "image_generation",
                "image_generation",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "hosted_tool_permission_update", "HostedToolPermissionUpdate"
                    ),
                    None,
                ),
            ),
            (
                "mcp",
                "mcp",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "hosted_tool_permission_update", "HostedToolPermissionUpdate"
                    ),
                    None,
                ),
            ),
            (
                "code_interpreter",
                "code_interpreter",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "hosted_tool_permission_update", "HostedToolPermissionUpdate"
                    ),
                    None,
                ),
            ),
            strict=True,
        )
