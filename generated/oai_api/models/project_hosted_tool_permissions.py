from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.hosted_tool_permission import HostedToolPermission


@_attrs_define(repr=False)
class ProjectHostedToolPermissions(_OpenModel):
    """Per-tool access settings of a project: file search, web search, image generation, MCP and code interpreter."""

    file_search: HostedToolPermission
    """ Whether one hosted tool may be used in a project. """
    web_search: HostedToolPermission
    """ Whether one hosted tool may be used in a project. """
    image_generation: HostedToolPermission
    """ Whether one hosted tool may be used in a project. """
    mcp: HostedToolPermission
    """ Whether one hosted tool may be used in a project. """
    code_interpreter: HostedToolPermission
    """ Whether one hosted tool may be used in a project. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("code_interpreter", "file_search", "image_generation", "mcp", "web_search")

    @staticmethod
    def _fields() -> Table:
        from ..models.hosted_tool_permission import HostedToolPermission

        return fields(
            ("file_search", "file_search", REQUIRED, HostedToolPermission),
            ("web_search", "web_search", REQUIRED, HostedToolPermission),
            ("image_generation", "image_generation", REQUIRED, HostedToolPermission),
            ("mcp", "mcp", REQUIRED, HostedToolPermission),
            ("code_interpreter", "code_interpreter", REQUIRED, HostedToolPermission),
        )
