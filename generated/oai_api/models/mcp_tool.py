from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.callable_tool_allowed_caller import (
    CallableToolAllowedCaller,
    check_callable_tool_allowed_caller,
)
from ..models.mcp_tool_connector_id import (
    MCPToolConnectorId,
    check_mcp_tool_connector_id,
)
from ..models.mcp_tool_require_approval_type_0_type_1 import (
    MCPToolRequireApprovalType0Type1,
    check_mcp_tool_require_approval_type_0_type_1,
)
from ..models.mcp_tool_type import MCPToolType, check_mcp_tool_type
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.mcp_tool_filter import MCPToolFilter
    from ..models.mcp_tool_headers_type_0 import MCPToolHeadersType0
    from ..models.mcp_tool_require_approval_type_0_type_0 import (
        MCPToolRequireApprovalType0Type0,
    )


T = TypeVar("T", bound="MCPTool")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        MCPToolFilter, \
        MCPToolHeadersType0, \
        MCPToolRequireApprovalType0Type0
    from ..models.mcp_tool_filter import MCPToolFilter
    from ..models.mcp_tool_headers_type_0 import MCPToolHeadersType0
    from ..models.mcp_tool_require_approval_type_0_type_0 import (
        MCPToolRequireApprovalType0Type0,
    )

    _models_bound = True


@_attrs_define
class MCPTool:
    """Tools served by a remote MCP (Model Context Protocol) server or a connector."""

    type_: MCPToolType
    """ Fixed tag `mcp`. """
    server_label: str
    """ Label naming this server in tool calls. """
    server_url: str | None = None
    """ Where the MCP server listens; give this, `connector_id` or `tunnel_id`. """
    connector_id: MCPToolConnectorId | None = None
    """ Built-in service connector to use instead of a server URL. """
    tunnel_id: str | None = None
    """ Secure MCP tunnel to use instead of a server URL. """
    authorization: str | None = None
    """ OAuth access token for the server or connector. """
    server_description: str | None = None
    """ What the server offers, for the model. """
    headers: MCPToolHeadersType0 | None = None
    """ HTTP headers sent to the server, e.g. for authentication. """
    allowed_tools: list[str] | MCPToolFilter | None = None
    """ Tool names, or a filter, the model may use. """
    allowed_callers: list[CallableToolAllowedCaller] | None = None
    """ Who may call the tool: the model directly, programs it writes, or both. """
    require_approval: (
        MCPToolRequireApprovalType0Type0 | MCPToolRequireApprovalType0Type1 | None
    ) = None
    """ Which tools need the caller's approval: `always`, `never`, or per-tool filters. """
    defer_loading: bool | None = None
    """ Load the server's tools only when tool search finds them. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_server_label = (
            self.server_label
            if self.server_label is not None or "server_label" not in self._none_flips
            else UNSET
        )

        server_label = _v_server_label

        _v_server_url = (
            self.server_url
            if self.server_url is not None or "server_url" in self._none_flips
            else UNSET
        )

        server_url = _v_server_url

        _v_connector_id = (
            self.connector_id
            if self.connector_id is not None or "connector_id" in self._none_flips
            else UNSET
        )

        if _v_connector_id is None or isinstance(_v_connector_id, Unset):
            connector_id = _v_connector_id
        else:
            connector_id: str | Unset = UNSET
            if not isinstance(_v_connector_id, Unset):
                connector_id = _v_connector_id

        _v_tunnel_id = (
            self.tunnel_id
            if self.tunnel_id is not None or "tunnel_id" in self._none_flips
            else UNSET
        )

        tunnel_id = _v_tunnel_id

        _v_authorization = (
            self.authorization
            if self.authorization is not None or "authorization" in self._none_flips
            else UNSET
        )

        authorization = _v_authorization

        _v_server_description = (
            self.server_description
            if self.server_description is not None
            or "server_description" in self._none_flips
            else UNSET
        )

        server_description = _v_server_description

        _v_headers = (
            self.headers
            if self.headers is not None or "headers" in self._none_flips
            else UNSET
        )

        headers: dict[str, Any] | None | Unset
        if isinstance(_v_headers, Unset):
            headers = UNSET
        elif isinstance(_v_headers, MCPToolHeadersType0):
            headers = _v_headers.to_dict()
        else:
            headers = _v_headers

        _v_allowed_tools = (
            self.allowed_tools
            if self.allowed_tools is not None or "allowed_tools" in self._none_flips
            else UNSET
        )

        allowed_tools: dict[str, Any] | list[str] | None | Unset
        if isinstance(_v_allowed_tools, Unset):
            allowed_tools = UNSET
        elif isinstance(_v_allowed_tools, list):
            allowed_tools = _v_allowed_tools

        elif isinstance(_v_allowed_tools, MCPToolFilter):
            allowed_tools = _v_allowed_tools.to_dict()
        else:
            allowed_tools = _v_allowed_tools

        _v_allowed_callers = (
            self.allowed_callers
            if self.allowed_callers is not None or "allowed_callers" in self._none_flips
            else UNSET
        )

        allowed_callers: list[str] | None | Unset
        if isinstance(_v_allowed_callers, Unset):
            allowed_callers = UNSET
        elif isinstance(_v_allowed_callers, list):
            allowed_callers = []
            for allowed_callers_type_0_item_data in _v_allowed_callers:
                allowed_callers_type_0_item: str = allowed_callers_type_0_item_data
                allowed_callers.append(allowed_callers_type_0_item)

        else:
            allowed_callers = _v_allowed_callers

        _v_require_approval = (
            self.require_approval
            if self.require_approval is not None
            or "require_approval" in self._none_flips
            else UNSET
        )

        require_approval: dict[str, Any] | None | str | Unset
        if isinstance(_v_require_approval, Unset):
            require_approval = UNSET
        elif isinstance(_v_require_approval, MCPToolRequireApprovalType0Type0):
            require_approval = _v_require_approval.to_dict()
        else:
            require_approval = _v_require_approval

        _v_defer_loading = (
            self.defer_loading
            if self.defer_loading is not None or "defer_loading" in self._none_flips
            else UNSET
        )

        defer_loading = _v_defer_loading

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "server_label": server_label,
                }.items()
                if v is not UNSET
            }
        )
        if server_url is not UNSET:
            field_dict["server_url"] = server_url
        if connector_id is not UNSET:
            field_dict["connector_id"] = connector_id
        if tunnel_id is not UNSET:
            field_dict["tunnel_id"] = tunnel_id
        if authorization is not UNSET:
            field_dict["authorization"] = authorization
        if server_description is not UNSET:
            field_dict["server_description"] = server_description
        if headers is not UNSET:
            field_dict["headers"] = headers
        if allowed_tools is not UNSET:
            field_dict["allowed_tools"] = allowed_tools
        if allowed_callers is not UNSET:
            field_dict["allowed_callers"] = allowed_callers
        if require_approval is not UNSET:
            field_dict["require_approval"] = require_approval
        if defer_loading is not UNSET:
            field_dict["defer_loading"] = defer_loading

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
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
                type_ = check_mcp_tool_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        server_label = d.pop("server_label", UNSET)
        if (
            server_label is None or isinstance(server_label, Unset)
        ) and strict_parsing.get():
            raise KeyError("server_label")

        if server_label is None or server_label is UNSET:
            if server_label is UNSET:
                _none_flips += ("server_label",)
            server_label = None

        server_url = d.pop("server_url", UNSET)
        if server_url is None and strict_parsing.get():
            raise TypeError("server_url")

        if server_url is None or server_url is UNSET:
            if server_url is None:
                _none_flips += ("server_url",)
            server_url = None

        _connector_id_raw = d.pop("connector_id", UNSET)
        if _connector_id_raw is None or isinstance(_connector_id_raw, Unset):
            if _connector_id_raw is None and strict_parsing.get():
                raise TypeError("connector_id")

            if _connector_id_raw is None:
                _none_flips += ("connector_id",)
            connector_id = None

        else:
            try:
                _connector_id = _connector_id_raw
                connector_id: MCPToolConnectorId | Unset
                if isinstance(_connector_id, Unset):
                    connector_id = UNSET
                else:
                    connector_id = check_mcp_tool_connector_id(_connector_id)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                connector_id = _connector_id_raw

        tunnel_id = d.pop("tunnel_id", UNSET)
        if tunnel_id is None and strict_parsing.get():
            raise TypeError("tunnel_id")

        if tunnel_id is None or tunnel_id is UNSET:
            if tunnel_id is None:
                _none_flips += ("tunnel_id",)
            tunnel_id = None

        authorization = d.pop("authorization", UNSET)
        if authorization is None and strict_parsing.get():
            raise TypeError("authorization")

        if authorization is None or authorization is UNSET:
            if authorization is None:
                _none_flips += ("authorization",)
            authorization = None

        server_description = d.pop("server_description", UNSET)
        if server_description is None and strict_parsing.get():
            raise TypeError("server_description")

        if server_description is None or server_description is UNSET:
            if server_description is None:
                _none_flips += ("server_description",)
            server_description = None

        _headers_raw = d.pop("headers", UNSET)
        if _headers_raw is None or isinstance(_headers_raw, Unset):
            if _headers_raw is None:
                _none_flips += ("headers",)
            headers = None

        else:
            try:

                def _parse_headers(data: object) -> MCPToolHeadersType0 | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        headers_type_0 = MCPToolHeadersType0.from_dict(data)

                        return headers_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(MCPToolHeadersType0 | None | Unset, data)

                headers = _parse_headers(_headers_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                headers = _headers_raw

        _allowed_tools_raw = d.pop("allowed_tools", UNSET)
        if _allowed_tools_raw is None or isinstance(_allowed_tools_raw, Unset):
            if _allowed_tools_raw is None:
                _none_flips += ("allowed_tools",)
            allowed_tools = None

        else:
            try:

                def _parse_allowed_tools(
                    data: object,
                ) -> list[str] | MCPToolFilter | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_allowed_tools(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        finally:
                            strict_parsing.reset(strictly)
                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        allowed_tools_type_0_type_0 = cast(list[str], data)

                        return allowed_tools_type_0_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        allowed_tools_type_0_type_1 = MCPToolFilter.from_dict(data)

                        return allowed_tools_type_0_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(list[str] | MCPToolFilter | None | Unset, data)

                allowed_tools = _parse_allowed_tools(_allowed_tools_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                allowed_tools = _allowed_tools_raw

        _allowed_callers_raw = d.pop("allowed_callers", UNSET)
        if _allowed_callers_raw is None or isinstance(_allowed_callers_raw, Unset):
            if _allowed_callers_raw is None:
                _none_flips += ("allowed_callers",)
            allowed_callers = None

        else:
            try:

                def _parse_allowed_callers(
                    data: object,
                ) -> list[CallableToolAllowedCaller] | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        allowed_callers_type_0 = []
                        _allowed_callers_type_0 = data
                        if not isinstance(_allowed_callers_type_0, list):
                            raise TypeError()
                        for allowed_callers_type_0_item_data in _allowed_callers_type_0:
                            allowed_callers_type_0_item = (
                                check_callable_tool_allowed_caller(
                                    allowed_callers_type_0_item_data
                                )
                            )

                            allowed_callers_type_0.append(allowed_callers_type_0_item)

                        return allowed_callers_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(list[CallableToolAllowedCaller] | None | Unset, data)

                allowed_callers = _parse_allowed_callers(_allowed_callers_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                allowed_callers = _allowed_callers_raw

        _require_approval_raw = d.pop("require_approval", UNSET)
        if _require_approval_raw is None or isinstance(_require_approval_raw, Unset):
            if _require_approval_raw is None:
                _none_flips += ("require_approval",)
            require_approval = None

        else:
            try:

                def _parse_require_approval(
                    data: object,
                ) -> (
                    MCPToolRequireApprovalType0Type0
                    | MCPToolRequireApprovalType0Type1
                    | None
                    | Unset
                ):
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_require_approval(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        finally:
                            strict_parsing.reset(strictly)
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        require_approval_type_0_type_0 = (
                            MCPToolRequireApprovalType0Type0.from_dict(data)
                        )

                        return require_approval_type_0_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        require_approval_type_0_type_1 = (
                            check_mcp_tool_require_approval_type_0_type_1(data)
                        )

                        return require_approval_type_0_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        MCPToolRequireApprovalType0Type0
                        | MCPToolRequireApprovalType0Type1
                        | None
                        | Unset,
                        data,
                    )

                require_approval = _parse_require_approval(_require_approval_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                require_approval = _require_approval_raw

        defer_loading = d.pop("defer_loading", UNSET)
        if defer_loading is None and strict_parsing.get():
            raise TypeError("defer_loading")

        if defer_loading is None or defer_loading is UNSET:
            if defer_loading is None:
                _none_flips += ("defer_loading",)
            defer_loading = None

        mcp_tool = cls(
            type_=type_,
            server_label=server_label,
            server_url=server_url,
            connector_id=connector_id,
            tunnel_id=tunnel_id,
            authorization=authorization,
            server_description=server_description,
            headers=headers,
            allowed_tools=allowed_tools,
            allowed_callers=allowed_callers,
            require_approval=require_approval,
            defer_loading=defer_loading,
        )
        if _none_flips:
            mcp_tool._none_flips = _none_flips

        mcp_tool.additional_properties = d
        return mcp_tool

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
