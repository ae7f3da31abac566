from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_mcp_tool_call_type import (
    RealtimeMCPToolCallType,
    check_realtime_mcp_tool_call_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.realtime_mcp_protocol_error import RealtimeMCPProtocolError
    from ..models.realtime_mcp_tool_execution_error import RealtimeMCPToolExecutionError
    from ..models.realtime_mcphttp_error import RealtimeMCPHTTPError


T = TypeVar("T", bound="RealtimeMCPToolCall")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        RealtimeMCPProtocolError, \
        RealtimeMCPToolExecutionError, \
        RealtimeMCPHTTPError
    from ..models.realtime_mcp_protocol_error import RealtimeMCPProtocolError
    from ..models.realtime_mcp_tool_execution_error import RealtimeMCPToolExecutionError
    from ..models.realtime_mcphttp_error import RealtimeMCPHTTPError

    _models_bound = True


@_attrs_define
class RealtimeMCPToolCall:
    """Conversation item recording a call to a tool on an MCP server, with its output or error."""

    type_: RealtimeMCPToolCallType
    id: str
    server_label: str
    name: str
    arguments: str
    approval_request_id: None | str = None
    output: None | str = None
    error: (
        None
        | RealtimeMCPHTTPError
        | RealtimeMCPProtocolError
        | RealtimeMCPToolExecutionError
    ) = None
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

        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_server_label = (
            self.server_label
            if self.server_label is not None or "server_label" not in self._none_flips
            else UNSET
        )

        server_label = _v_server_label

        _v_name = (
            self.name
            if self.name is not None or "name" not in self._none_flips
            else UNSET
        )

        name = _v_name

        _v_arguments = (
            self.arguments
            if self.arguments is not None or "arguments" not in self._none_flips
            else UNSET
        )

        arguments = _v_arguments

        _v_approval_request_id = (
            self.approval_request_id
            if self.approval_request_id is not None
            or "approval_request_id" in self._none_flips
            else UNSET
        )

        approval_request_id: None | str | Unset
        if isinstance(_v_approval_request_id, Unset):
            approval_request_id = UNSET
        else:
            approval_request_id = _v_approval_request_id

        _v_output = (
            self.output
            if self.output is not None or "output" in self._none_flips
            else UNSET
        )

        output: None | str | Unset
        if isinstance(_v_output, Unset):
            output = UNSET
        else:
            output = _v_output

        _v_error = (
            self.error
            if self.error is not None or "error" in self._none_flips
            else UNSET
        )

        error: dict[str, Any] | None | Unset
        if isinstance(_v_error, Unset):
            error = UNSET
        elif (
            isinstance(_v_error, RealtimeMCPProtocolError)
            or isinstance(_v_error, RealtimeMCPToolExecutionError)
            or isinstance(_v_error, RealtimeMCPHTTPError)
        ):
            error = _v_error.to_dict()
        else:
            error = _v_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "id": id,
                    "server_label": server_label,
                    "name": name,
                    "arguments": arguments,
                }.items()
                if v is not UNSET
            }
        )
        if approval_request_id is not UNSET:
            field_dict["approval_request_id"] = approval_request_id
        if output is not UNSET:
            field_dict["output"] = output
        if error is not UNSET:
            field_dict["error"] = error

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
                type_ = check_realtime_mcp_tool_call_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        server_label = d.pop("server_label", UNSET)
        if (
            server_label is None or isinstance(server_label, Unset)
        ) and strict_parsing.get():
            raise KeyError("server_label")

        if server_label is None or server_label is UNSET:
            if server_label is UNSET:
                _none_flips += ("server_label",)
            server_label = None

        name = d.pop("name", UNSET)
        if (name is None or isinstance(name, Unset)) and strict_parsing.get():
            raise KeyError("name")

        if name is None or name is UNSET:
            if name is UNSET:
                _none_flips += ("name",)
            name = None

        arguments = d.pop("arguments", UNSET)
        if (arguments is None or isinstance(arguments, Unset)) and strict_parsing.get():
            raise KeyError("arguments")

        if arguments is None or arguments is UNSET:
            if arguments is UNSET:
                _none_flips += ("arguments",)
            arguments = None

        _approval_request_id_raw = d.pop("approval_request_id", UNSET)
        if _approval_request_id_raw is None or isinstance(
            _approval_request_id_raw, Unset
        ):
            if _approval_request_id_raw is None:
                _none_flips += ("approval_request_id",)
            approval_request_id = None

        else:
            try:

                def _parse_approval_request_id(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                approval_request_id = _parse_approval_request_id(
                    _approval_request_id_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                approval_request_id = _approval_request_id_raw

        _output_raw = d.pop("output", UNSET)
        if _output_raw is None or isinstance(_output_raw, Unset):
            if _output_raw is None:
                _none_flips += ("output",)
            output = None

        else:
            try:

                def _parse_output(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                output = _parse_output(_output_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                output = _output_raw

        _error_raw = d.pop("error", UNSET)
        if _error_raw is None or isinstance(_error_raw, Unset):
            if _error_raw is None:
                _none_flips += ("error",)
            error = None

        else:
            try:

                def _parse_error(
                    data: object,
                ) -> (
                    None
                    | RealtimeMCPHTTPError
                    | RealtimeMCPProtocolError
                    | RealtimeMCPToolExecutionError
                    | Unset
                ):
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, dict):
                        if data.get("type") == "protocol_error":
                            try:
                                error_type_0_type_0 = (
                                    RealtimeMCPProtocolError.from_dict(data)
                                )

                                return error_type_0_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "tool_execution_error":
                            try:
                                error_type_0_type_1 = (
                                    RealtimeMCPToolExecutionError.from_dict(data)
                                )

                                return error_type_0_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "http_error":
                            try:
                                error_type_0_type_2 = RealtimeMCPHTTPError.from_dict(
                                    data
                                )

                                return error_type_0_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_error(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        finally:
                            strict_parsing.reset(strictly)
                    if isinstance(data, dict):
                        _fits = (
                            len(
                                {
                                    "code",
                                    "message",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "message",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "code",
                                    "message",
                                    "type",
                                }.intersection(data)
                            ),
                        )
                    else:
                        _fits = (
                            0,
                            0,
                            0,
                        )
                    _most = max(_fits)
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "protocol_error") not in (
                            "protocol_error",
                        ):
                            raise TypeError()
                        if _fits[0] < _most:
                            raise TypeError()
                        error_type_0_type_0 = RealtimeMCPProtocolError.from_dict(data)

                        return error_type_0_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "tool_execution_error") not in (
                            "tool_execution_error",
                        ):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        error_type_0_type_1 = RealtimeMCPToolExecutionError.from_dict(
                            data
                        )

                        return error_type_0_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "http_error") not in ("http_error",):
                            raise TypeError()
                        if _fits[2] < _most:
                            raise TypeError()
                        error_type_0_type_2 = RealtimeMCPHTTPError.from_dict(data)

                        return error_type_0_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        None
                        | RealtimeMCPHTTPError
                        | RealtimeMCPProtocolError
                        | RealtimeMCPToolExecutionError
                        | Unset,
                        data,
                    )

                error = _parse_error(_error_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                error = _error_raw

        realtime_mcp_tool_call = cls(
            type_=type_,
            id=id,
            server_label=server_label,
            name=name,
            arguments=arguments,
            approval_request_id=approval_request_id,
            output=output,
            error=error,
        )
        if _none_flips:
            realtime_mcp_tool_call._none_flips = _none_flips

        realtime_mcp_tool_call.additional_properties = d
        return realtime_mcp_tool_call

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
