from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_additional_tools_type import (
    BetaAdditionalToolsType,
    check_beta_additional_tools_type,
)
from ..models.beta_message_role import BetaMessageRole, check_beta_message_role
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_apply_patch_tool_param import BetaApplyPatchToolParam
    from ..models.beta_code_interpreter_tool import BetaCodeInterpreterTool
    from ..models.beta_computer_tool import BetaComputerTool
    from ..models.beta_computer_use_preview_tool import BetaComputerUsePreviewTool
    from ..models.beta_custom_tool_param import BetaCustomToolParam
    from ..models.beta_file_search_tool import BetaFileSearchTool
    from ..models.beta_function_shell_tool_param import BetaFunctionShellToolParam
    from ..models.beta_function_tool import BetaFunctionTool
    from ..models.beta_image_gen_tool import BetaImageGenTool
    from ..models.beta_local_shell_tool_param import BetaLocalShellToolParam
    from ..models.beta_mcp_tool import BetaMCPTool
    from ..models.beta_namespace_tool_param import BetaNamespaceToolParam
    from ..models.beta_programmatic_tool_calling_param import (
        BetaProgrammaticToolCallingParam,
    )
    from ..models.beta_tool_search_tool_param import BetaToolSearchToolParam
    from ..models.beta_web_search_preview_tool import BetaWebSearchPreviewTool
    from ..models.beta_web_search_tool import BetaWebSearchTool


T = TypeVar("T", bound="BetaAdditionalTools")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        BetaAgentTag, \
        BetaApplyPatchToolParam, \
        BetaCodeInterpreterTool, \
        BetaComputerTool, \
        BetaComputerUsePreviewTool, \
        BetaCustomToolParam, \
        BetaFileSearchTool, \
        BetaFunctionShellToolParam, \
        BetaFunctionTool, \
        BetaImageGenTool, \
        BetaLocalShellToolParam, \
        BetaMCPTool, \
        BetaNamespaceToolParam, \
        BetaProgrammaticToolCallingParam, \
        BetaToolSearchToolParam, \
        BetaWebSearchPreviewTool, \
        BetaWebSearchTool
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_apply_patch_tool_param import BetaApplyPatchToolParam
    from ..models.beta_code_interpreter_tool import BetaCodeInterpreterTool
    from ..models.beta_computer_tool import BetaComputerTool
    from ..models.beta_computer_use_preview_tool import BetaComputerUsePreviewTool
    from ..models.beta_custom_tool_param import BetaCustomToolParam
    from ..models.beta_file_search_tool import BetaFileSearchTool
    from ..models.beta_function_shell_tool_param import BetaFunctionShellToolParam
    from ..models.beta_function_tool import BetaFunctionTool
    from ..models.beta_image_gen_tool import BetaImageGenTool
    from ..models.beta_local_shell_tool_param import BetaLocalShellToolParam
    from ..models.beta_mcp_tool import BetaMCPTool
    from ..models.beta_namespace_tool_param import BetaNamespaceToolParam
    from ..models.beta_programmatic_tool_calling_param import (
        BetaProgrammaticToolCallingParam,
    )
    from ..models.beta_tool_search_tool_param import BetaToolSearchToolParam
    from ..models.beta_web_search_preview_tool import BetaWebSearchPreviewTool
    from ..models.beta_web_search_tool import BetaWebSearchTool

    _models_bound = True


@_attrs_define
class BetaAdditionalTools:
    """Tools made available from this point of the conversation."""

    type_: BetaAdditionalToolsType
    id: str
    role: BetaMessageRole
    """ Who authored a message, e.g. `user`, `assistant`, `system`, `developer` or `tool`. """
    tools: list[
        BetaApplyPatchToolParam
        | BetaCodeInterpreterTool
        | BetaComputerTool
        | BetaComputerUsePreviewTool
        | BetaCustomToolParam
        | BetaFileSearchTool
        | BetaFunctionShellToolParam
        | BetaFunctionTool
        | BetaImageGenTool
        | BetaLocalShellToolParam
        | BetaMCPTool
        | BetaNamespaceToolParam
        | BetaProgrammaticToolCallingParam
        | BetaToolSearchToolParam
        | BetaWebSearchPreviewTool
        | BetaWebSearchTool
    ]
    agent: BetaAgentTag | None = None
    """ Names the agent behind an item in a multi-agent run. """
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

        _v_role = (
            self.role
            if self.role is not None or "role" not in self._none_flips
            else UNSET
        )

        if _v_role is None or isinstance(_v_role, Unset):
            role = _v_role
        else:
            role: str = _v_role

        _v_tools = (
            self.tools
            if self.tools is not None or "tools" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_tools, list):
            tools = _v_tools
        else:
            tools = []
            for tools_item_data in _v_tools:
                tools_item: dict[str, Any]
                if (
                    isinstance(tools_item_data, BetaFunctionTool)
                    or isinstance(tools_item_data, BetaFileSearchTool)
                    or isinstance(tools_item_data, BetaComputerTool)
                    or isinstance(tools_item_data, BetaComputerUsePreviewTool)
                    or isinstance(tools_item_data, BetaWebSearchTool)
                    or isinstance(tools_item_data, BetaMCPTool)
                    or isinstance(tools_item_data, BetaCodeInterpreterTool)
                    or isinstance(tools_item_data, BetaProgrammaticToolCallingParam)
                    or isinstance(tools_item_data, BetaImageGenTool)
                    or isinstance(tools_item_data, BetaLocalShellToolParam)
                    or isinstance(tools_item_data, BetaFunctionShellToolParam)
                    or isinstance(tools_item_data, BetaCustomToolParam)
                    or isinstance(tools_item_data, BetaNamespaceToolParam)
                    or isinstance(tools_item_data, BetaToolSearchToolParam)
                    or isinstance(tools_item_data, BetaWebSearchPreviewTool)
                    or isinstance(tools_item_data, BetaApplyPatchToolParam)
                ):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data
                tools.append(tools_item)

        _v_agent = (
            self.agent
            if self.agent is not None or "agent" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_agent, BetaAgentTag):
            agent = _v_agent
        else:
            agent: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_agent, Unset):
                agent = _v_agent.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "id": id,
                    "role": role,
                    "tools": tools,
                }.items()
                if v is not UNSET
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent

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
                type_ = check_beta_additional_tools_type(_type__raw)

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

        _role_raw = d.pop("role", UNSET)
        if _role_raw is None or isinstance(_role_raw, Unset):
            if strict_parsing.get():
                raise KeyError("role")

            if _role_raw is UNSET:
                _none_flips += ("role",)
            role = None

        else:
            try:
                role = check_beta_message_role(_role_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                role = _role_raw

        _tools_raw = d.pop("tools", UNSET)
        if _tools_raw is None or isinstance(_tools_raw, Unset):
            if strict_parsing.get():
                raise KeyError("tools")

            if _tools_raw is UNSET:
                _none_flips += ("tools",)
            tools = None

        else:
            try:
                tools = []
                _tools = _tools_raw
                if not isinstance(_tools, list):
                    raise TypeError()
                for tools_item_data in _tools:

                    def _parse_tools_item(
                        data: object,
                    ) -> (
                        BetaApplyPatchToolParam
                        | BetaCodeInterpreterTool
                        | BetaComputerTool
                        | BetaComputerUsePreviewTool
                        | BetaCustomToolParam
                        | BetaFileSearchTool
                        | BetaFunctionShellToolParam
                        | BetaFunctionTool
                        | BetaImageGenTool
                        | BetaLocalShellToolParam
                        | BetaMCPTool
                        | BetaNamespaceToolParam
                        | BetaProgrammaticToolCallingParam
                        | BetaToolSearchToolParam
                        | BetaWebSearchPreviewTool
                        | BetaWebSearchTool
                    ):
                        if isinstance(data, dict):
                            if data.get("type") == "function":
                                try:
                                    componentsschemas_beta_tool_type_0 = (
                                        BetaFunctionTool.from_dict(data)
                                    )

                                    return componentsschemas_beta_tool_type_0
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "file_search":
                                try:
                                    componentsschemas_beta_tool_type_1 = (
                                        BetaFileSearchTool.from_dict(data)
                                    )

                                    return componentsschemas_beta_tool_type_1
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "computer":
                                try:
                                    componentsschemas_beta_tool_type_2 = (
                                        BetaComputerTool.from_dict(data)
                                    )

                                    return componentsschemas_beta_tool_type_2
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "computer_use_preview":
                                try:
                                    componentsschemas_beta_tool_type_3 = (
                                        BetaComputerUsePreviewTool.from_dict(data)
                                    )

                                    return componentsschemas_beta_tool_type_3
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "mcp":
                                try:
                                    componentsschemas_beta_tool_type_5 = (
                                        BetaMCPTool.from_dict(data)
                                    )

                                    return componentsschemas_beta_tool_type_5
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "code_interpreter":
                                try:
                                    componentsschemas_beta_tool_type_6 = (
                                        BetaCodeInterpreterTool.from_dict(data)
                                    )

                                    return componentsschemas_beta_tool_type_6
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "programmatic_tool_calling":
                                try:
                                    componentsschemas_beta_tool_type_7 = (
                                        BetaProgrammaticToolCallingParam.from_dict(data)
                                    )

                                    return componentsschemas_beta_tool_type_7
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "image_generation":
                                try:
                                    componentsschemas_beta_tool_type_8 = (
                                        BetaImageGenTool.from_dict(data)
                                    )

                                    return componentsschemas_beta_tool_type_8
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "local_shell":
                                try:
                                    componentsschemas_beta_tool_type_9 = (
                                        BetaLocalShellToolParam.from_dict(data)
                                    )

                                    return componentsschemas_beta_tool_type_9
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "shell":
                                try:
                                    componentsschemas_beta_tool_type_10 = (
                                        BetaFunctionShellToolParam.from_dict(data)
                                    )

                                    return componentsschemas_beta_tool_type_10
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "custom":
                                try:
                                    componentsschemas_beta_tool_type_11 = (
                                        BetaCustomToolParam.from_dict(data)
                                    )

                                    return componentsschemas_beta_tool_type_11
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "namespace":
                                try:
                                    componentsschemas_beta_tool_type_12 = (
                                        BetaNamespaceToolParam.from_dict(data)
                                    )

                                    return componentsschemas_beta_tool_type_12
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "tool_search":
                                try:
                                    componentsschemas_beta_tool_type_13 = (
                                        BetaToolSearchToolParam.from_dict(data)
                                    )

                                    return componentsschemas_beta_tool_type_13
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "apply_patch":
                                try:
                                    componentsschemas_beta_tool_type_15 = (
                                        BetaApplyPatchToolParam.from_dict(data)
                                    )

                                    return componentsschemas_beta_tool_type_15
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass

                        if not strict_parsing.get():
                            strictly = strict_parsing.set(True)
                            try:
                                return _parse_tools_item(data)
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            finally:
                                strict_parsing.reset(strictly)
                        if isinstance(data, dict):
                            _fits = (
                                len(
                                    {
                                        "allowed_callers",
                                        "defer_loading",
                                        "description",
                                        "name",
                                        "output_schema",
                                        "parameters",
                                        "strict",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "filters",
                                        "max_num_results",
                                        "ranking_options",
                                        "type",
                                        "vector_store_ids",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "display_height",
                                        "display_width",
                                        "environment",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "external_web_access",
                                        "filters",
                                        "search_context_size",
                                        "type",
                                        "user_location",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "allowed_callers",
                                        "allowed_tools",
                                        "authorization",
                                        "connector_id",
                                        "defer_loading",
                                        "headers",
                                        "require_approval",
                                        "server_description",
                                        "server_label",
                                        "server_url",
                                        "tunnel_id",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "allowed_callers",
                                        "container",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "action",
                                        "background",
                                        "input_fidelity",
                                        "input_image_mask",
                                        "model",
                                        "moderation",
                                        "output_compression",
                                        "output_format",
                                        "partial_images",
                                        "quality",
                                        "size",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "allowed_callers",
                                        "environment",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "allowed_callers",
                                        "defer_loading",
                                        "description",
                                        "format",
                                        "name",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "description",
                                        "name",
                                        "tools",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "description",
                                        "execution",
                                        "parameters",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "search_content_types",
                                        "search_context_size",
                                        "type",
                                        "user_location",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "allowed_callers",
                                        "type",
                                    }.intersection(data)
                                ),
                            )
                        else:
                            _fits = (
                                0,
                                0,
                                0,
                                0,
                                0,
                                0,
                                0,
                                0,
                                0,
                                0,
                                0,
                                0,
                                0,
                                0,
                                0,
                                0,
                            )
                        _most = max(_fits)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "function") not in ("function",):
                                raise TypeError()
                            if _fits[0] < _most:
                                raise TypeError()
                            componentsschemas_beta_tool_type_0 = (
                                BetaFunctionTool.from_dict(data)
                            )

                            return componentsschemas_beta_tool_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "file_search") not in ("file_search",):
                                raise TypeError()
                            if _fits[1] < _most:
                                raise TypeError()
                            componentsschemas_beta_tool_type_1 = (
                                BetaFileSearchTool.from_dict(data)
                            )

                            return componentsschemas_beta_tool_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "computer") not in ("computer",):
                                raise TypeError()
                            if _fits[2] < _most:
                                raise TypeError()
                            componentsschemas_beta_tool_type_2 = (
                                BetaComputerTool.from_dict(data)
                            )

                            return componentsschemas_beta_tool_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "computer_use_preview") not in (
                                "computer_use_preview",
                            ):
                                raise TypeError()
                            if _fits[3] < _most:
                                raise TypeError()
                            componentsschemas_beta_tool_type_3 = (
                                BetaComputerUsePreviewTool.from_dict(data)
                            )

                            return componentsschemas_beta_tool_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "web_search") not in (
                                "web_search",
                                "web_search_2025_08_26",
                            ):
                                raise TypeError()
                            if _fits[4] < _most:
                                raise TypeError()
                            componentsschemas_beta_tool_type_4 = (
                                BetaWebSearchTool.from_dict(data)
                            )

                            return componentsschemas_beta_tool_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "mcp") not in ("mcp",):
                                raise TypeError()
                            if _fits[5] < _most:
                                raise TypeError()
                            componentsschemas_beta_tool_type_5 = BetaMCPTool.from_dict(
                                data
                            )

                            return componentsschemas_beta_tool_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "code_interpreter") not in (
                                "code_interpreter",
                            ):
                                raise TypeError()
                            if _fits[6] < _most:
                                raise TypeError()
                            componentsschemas_beta_tool_type_6 = (
                                BetaCodeInterpreterTool.from_dict(data)
                            )

                            return componentsschemas_beta_tool_type_6
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "programmatic_tool_calling") not in (
                                "programmatic_tool_calling",
                            ):
                                raise TypeError()
                            if _fits[7] < _most:
                                raise TypeError()
                            componentsschemas_beta_tool_type_7 = (
                                BetaProgrammaticToolCallingParam.from_dict(data)
                            )

                            return componentsschemas_beta_tool_type_7
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "image_generation") not in (
                                "image_generation",
                            ):
                                raise TypeError()
                            if _fits[8] < _most:
                                raise TypeError()
                            componentsschemas_beta_tool_type_8 = (
                                BetaImageGenTool.from_dict(data)
                            )

                            return componentsschemas_beta_tool_type_8
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "local_shell") not in ("local_shell",):
                                raise TypeError()
                            if _fits[9] < _most:
                                raise TypeError()
                            componentsschemas_beta_tool_type_9 = (
                                BetaLocalShellToolParam.from_dict(data)
                            )

                            return componentsschemas_beta_tool_type_9
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "shell") not in ("shell",):
                                raise TypeError()
                            if _fits[10] < _most:
                                raise TypeError()
                            componentsschemas_beta_tool_type_10 = (
                                BetaFunctionShellToolParam.from_dict(data)
                            )

                            return componentsschemas_beta_tool_type_10
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "custom") not in ("custom",):
                                raise TypeError()
                            if _fits[11] < _most:
                                raise TypeError()
                            componentsschemas_beta_tool_type_11 = (
                                BetaCustomToolParam.from_dict(data)
                            )

                            return componentsschemas_beta_tool_type_11
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "namespace") not in ("namespace",):
                                raise TypeError()
                            if _fits[12] < _most:
                                raise TypeError()
                            componentsschemas_beta_tool_type_12 = (
                                BetaNamespaceToolParam.from_dict(data)
                            )

                            return componentsschemas_beta_tool_type_12
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "tool_search") not in ("tool_search",):
                                raise TypeError()
                            if _fits[13] < _most:
                                raise TypeError()
                            componentsschemas_beta_tool_type_13 = (
                                BetaToolSearchToolParam.from_dict(data)
                            )

                            return componentsschemas_beta_tool_type_13
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "web_search_preview") not in (
                                "web_search_preview",
                                "web_search_preview_2025_03_11",
                            ):
                                raise TypeError()
                            if _fits[14] < _most:
                                raise TypeError()
                            componentsschemas_beta_tool_type_14 = (
                                BetaWebSearchPreviewTool.from_dict(data)
                            )

                            return componentsschemas_beta_tool_type_14
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "apply_patch") not in ("apply_patch",):
                                raise TypeError()
                            if _fits[15] < _most:
                                raise TypeError()
                            componentsschemas_beta_tool_type_15 = (
                                BetaApplyPatchToolParam.from_dict(data)
                            )

                            return componentsschemas_beta_tool_type_15
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if strict_parsing.get():
                            raise TypeError()
                        return cast(
                            BetaApplyPatchToolParam
                            | BetaCodeInterpreterTool
                            | BetaComputerTool
                            | BetaComputerUsePreviewTool
                            | BetaCustomToolParam
                            | BetaFileSearchTool
                            | BetaFunctionShellToolParam
                            | BetaFunctionTool
                            | BetaImageGenTool
                            | BetaLocalShellToolParam
                            | BetaMCPTool
                            | BetaNamespaceToolParam
                            | BetaProgrammaticToolCallingParam
                            | BetaToolSearchToolParam
                            | BetaWebSearchPreviewTool
                            | BetaWebSearchTool,
                            data,
                        )

                    tools_item = _parse_tools_item(tools_item_data)

                    tools.append(tools_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                tools = _tools_raw

        _agent_raw = d.pop("agent", UNSET)
        if _agent_raw is None or isinstance(_agent_raw, Unset):
            if _agent_raw is None and strict_parsing.get():
                raise TypeError("agent")

            if _agent_raw is None:
                _none_flips += ("agent",)
            agent = None

        else:
            try:
                _agent = _agent_raw
                agent: BetaAgentTag | Unset
                if isinstance(_agent, Unset):
                    agent = UNSET
                else:
                    agent = BetaAgentTag.from_dict(_agent)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                agent = _agent_raw

        beta_additional_tools = cls(
            type_=type_,
            id=id,
            role=role,
            tools=tools,
            agent=agent,
        )
        if _none_flips:
            beta_additional_tools._none_flips = _none_flips

        beta_additional_tools.additional_properties = d
        return beta_additional_tools

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
