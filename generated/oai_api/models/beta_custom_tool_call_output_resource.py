from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_custom_tool_call_output_type import (
    BetaCustomToolCallOutputType,
    check_beta_custom_tool_call_output_type,
)
from ..models.beta_function_call_output_status_enum import (
    BetaFunctionCallOutputStatusEnum,
    check_beta_function_call_output_status_enum,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_direct_tool_call_caller_param import (
        BetaDirectToolCallCallerParam,
    )
    from ..models.beta_input_file_content import BetaInputFileContent
    from ..models.beta_input_image_content import BetaInputImageContent
    from ..models.beta_input_text_content import BetaInputTextContent
    from ..models.beta_program_tool_call_caller_param import (
        BetaProgramToolCallCallerParam,
    )


T = TypeVar("T", bound="BetaCustomToolCallOutputResource")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        BetaAgentTag, \
        BetaDirectToolCallCallerParam, \
        BetaInputFileContent, \
        BetaInputImageContent, \
        BetaInputTextContent, \
        BetaProgramToolCallCallerParam
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_direct_tool_call_caller_param import (
        BetaDirectToolCallCallerParam,
    )
    from ..models.beta_input_file_content import BetaInputFileContent
    from ..models.beta_input_image_content import BetaInputImageContent
    from ..models.beta_input_text_content import BetaInputTextContent
    from ..models.beta_program_tool_call_caller_param import (
        BetaProgramToolCallCallerParam,
    )

    _models_bound = True


@_attrs_define
class BetaCustomToolCallOutputResource:
    """A stored custom tool call result."""

    type_: BetaCustomToolCallOutputType
    """ Fixed tag `custom_tool_call_output`. """
    call_id: str
    """ ID linking a tool call to its output. """
    output: (
        list[BetaInputFileContent | BetaInputImageContent | BetaInputTextContent] | str
    )
    """ The tool's result: text, or text, image and file parts. """
    id: str
    """ Unique ID. """
    status: BetaFunctionCallOutputStatusEnum
    """ State of a tool output item. """
    agent: BetaAgentTag | None = None
    """ In multi-agent runs, the agent this item came from. """
    caller: BetaDirectToolCallCallerParam | BetaProgramToolCallCallerParam | None = None
    """ Who issued the tool call. """
    created_by: str | None = None
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

        _v_call_id = (
            self.call_id
            if self.call_id is not None or "call_id" not in self._none_flips
            else UNSET
        )

        call_id = _v_call_id

        _v_output = (
            self.output
            if self.output is not None or "output" not in self._none_flips
            else UNSET
        )

        if _v_output is None or isinstance(_v_output, Unset):
            output = _v_output
        else:
            output: list[dict[str, Any]] | str
            if isinstance(_v_output, list):
                output = []
                for output_type_1_item_data in _v_output:
                    output_type_1_item: dict[str, Any]
                    if (
                        isinstance(output_type_1_item_data, BetaInputTextContent)
                        or isinstance(output_type_1_item_data, BetaInputImageContent)
                        or isinstance(output_type_1_item_data, BetaInputFileContent)
                    ):
                        output_type_1_item = output_type_1_item_data.to_dict()
                    else:
                        output_type_1_item = output_type_1_item_data
                    output.append(output_type_1_item)

            else:
                output = _v_output

        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_status = (
            self.status
            if self.status is not None or "status" not in self._none_flips
            else UNSET
        )

        if _v_status is None or isinstance(_v_status, Unset):
            status = _v_status
        else:
            status: str = _v_status

        _v_agent = (
            self.agent
            if self.agent is not None or "agent" in self._none_flips
            else UNSET
        )

        agent: dict[str, Any] | None | Unset
        if isinstance(_v_agent, Unset):
            agent = UNSET
        elif isinstance(_v_agent, BetaAgentTag):
            agent = _v_agent.to_dict()
        else:
            agent = _v_agent

        _v_caller = (
            self.caller
            if self.caller is not None or "caller" in self._none_flips
            else UNSET
        )

        caller: dict[str, Any] | None | Unset
        if isinstance(_v_caller, Unset):
            caller = UNSET
        elif isinstance(_v_caller, BetaDirectToolCallCallerParam) or isinstance(
            _v_caller, BetaProgramToolCallCallerParam
        ):
            caller = _v_caller.to_dict()
        else:
            caller = _v_caller

        _v_created_by = (
            self.created_by
            if self.created_by is not None or "created_by" in self._none_flips
            else UNSET
        )

        created_by = _v_created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "call_id": call_id,
                    "output": output,
                    "id": id,
                    "status": status,
                }.items()
                if v is not UNSET
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if caller is not UNSET:
            field_dict["caller"] = caller
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

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
                type_ = check_beta_custom_tool_call_output_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        call_id = d.pop("call_id", UNSET)
        if (call_id is None or isinstance(call_id, Unset)) and strict_parsing.get():
            raise KeyError("call_id")

        if call_id is None or call_id is UNSET:
            if call_id is UNSET:
                _none_flips += ("call_id",)
            call_id = None

        _output_raw = d.pop("output", UNSET)
        if _output_raw is None or isinstance(_output_raw, Unset):
            if strict_parsing.get():
                raise KeyError("output")

            if _output_raw is UNSET:
                _none_flips += ("output",)
            output = None

        else:
            try:

                def _parse_output(
                    data: object,
                ) -> (
                    list[
                        BetaInputFileContent
                        | BetaInputImageContent
                        | BetaInputTextContent
                    ]
                    | str
                ):

                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        output_type_1 = []
                        _output_type_1 = data
                        if not isinstance(_output_type_1, list):
                            raise TypeError()
                        for output_type_1_item_data in _output_type_1:

                            def _parse_output_type_1_item(
                                data: object,
                            ) -> (
                                BetaInputFileContent
                                | BetaInputImageContent
                                | BetaInputTextContent
                            ):
                                if isinstance(data, dict):
                                    if data.get("type") == "input_text":
                                        try:
                                            componentsschemas_beta_function_and_custom_tool_call_output_type_0 = BetaInputTextContent.from_dict(
                                                data
                                            )

                                            return componentsschemas_beta_function_and_custom_tool_call_output_type_0
                                        except (
                                            TypeError,
                                            ValueError,
                                            AttributeError,
                                            KeyError,
                                        ):
                                            pass
                                    if data.get("type") == "input_image":
                                        try:
                                            componentsschemas_beta_function_and_custom_tool_call_output_type_1 = BetaInputImageContent.from_dict(
                                                data
                                            )

                                            return componentsschemas_beta_function_and_custom_tool_call_output_type_1
                                        except (
                                            TypeError,
                                            ValueError,
                                            AttributeError,
                                            KeyError,
                                        ):
                                            pass
                                    if data.get("type") == "input_file":
                                        try:
                                            componentsschemas_beta_function_and_custom_tool_call_output_type_2 = BetaInputFileContent.from_dict(
                                                data
                                            )

                                            return componentsschemas_beta_function_and_custom_tool_call_output_type_2
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
                                        return _parse_output_type_1_item(data)
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                    finally:
                                        strict_parsing.reset(strictly)
                                if isinstance(data, dict):
                                    _fits = (
                                        len(
                                            {
                                                "prompt_cache_breakpoint",
                                                "text",
                                                "type",
                                            }.intersection(data)
                                        ),
                                        len(
                                            {
                                                "detail",
                                                "file_id",
                                                "image_url",
                                                "prompt_cache_breakpoint",
                                                "type",
                                            }.intersection(data)
                                        ),
                                        len(
                                            {
                                                "detail",
                                                "file_data",
                                                "file_id",
                                                "file_url",
                                                "filename",
                                                "prompt_cache_breakpoint",
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
                                    if data.get("type", "input_text") not in (
                                        "input_text",
                                    ):
                                        raise TypeError()
                                    if _fits[0] < _most:
                                        raise TypeError()
                                    componentsschemas_beta_function_and_custom_tool_call_output_type_0 = BetaInputTextContent.from_dict(
                                        data
                                    )

                                    return componentsschemas_beta_function_and_custom_tool_call_output_type_0
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                                try:
                                    if not isinstance(data, dict):
                                        raise TypeError()
                                    if data.get("type", "input_image") not in (
                                        "input_image",
                                    ):
                                        raise TypeError()
                                    if _fits[1] < _most:
                                        raise TypeError()
                                    componentsschemas_beta_function_and_custom_tool_call_output_type_1 = BetaInputImageContent.from_dict(
                                        data
                                    )

                                    return componentsschemas_beta_function_and_custom_tool_call_output_type_1
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                                try:
                                    if not isinstance(data, dict):
                                        raise TypeError()
                                    if data.get("type", "input_file") not in (
                                        "input_file",
                                    ):
                                        raise TypeError()
                                    if _fits[2] < _most:
                                        raise TypeError()
                                    componentsschemas_beta_function_and_custom_tool_call_output_type_2 = BetaInputFileContent.from_dict(
                                        data
                                    )

                                    return componentsschemas_beta_function_and_custom_tool_call_output_type_2
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                                if strict_parsing.get():
                                    raise TypeError()
                                return cast(
                                    BetaInputFileContent
                                    | BetaInputImageContent
                                    | BetaInputTextContent,
                                    data,
                                )

                            output_type_1_item = _parse_output_type_1_item(
                                output_type_1_item_data
                            )

                            output_type_1.append(output_type_1_item)

                        return output_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        list[
                            BetaInputFileContent
                            | BetaInputImageContent
                            | BetaInputTextContent
                        ]
                        | str,
                        data,
                    )

                output = _parse_output(_output_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                output = _output_raw

        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        _status_raw = d.pop("status", UNSET)
        if _status_raw is None or isinstance(_status_raw, Unset):
            if strict_parsing.get():
                raise KeyError("status")

            if _status_raw is UNSET:
                _none_flips += ("status",)
            status = None

        else:
            try:
                status = check_beta_function_call_output_status_enum(_status_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

        _agent_raw = d.pop("agent", UNSET)
        if _agent_raw is None or isinstance(_agent_raw, Unset):
            if _agent_raw is None:
                _none_flips += ("agent",)
            agent = None

        else:
            try:

                def _parse_agent(data: object) -> BetaAgentTag | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        agent_type_0 = BetaAgentTag.from_dict(data)

                        return agent_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(BetaAgentTag | None | Unset, data)

                agent = _parse_agent(_agent_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                agent = _agent_raw

        _caller_raw = d.pop("caller", UNSET)
        if _caller_raw is None or isinstance(_caller_raw, Unset):
            if _caller_raw is None:
                _none_flips += ("caller",)
            caller = None

        else:
            try:

                def _parse_caller(
                    data: object,
                ) -> (
                    BetaDirectToolCallCallerParam
                    | BetaProgramToolCallCallerParam
                    | None
                    | Unset
                ):
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, dict):
                        if data.get("type") == "direct":
                            try:
                                componentsschemas_beta_tool_call_caller_param_type_0 = (
                                    BetaDirectToolCallCallerParam.from_dict(data)
                                )

                                return (
                                    componentsschemas_beta_tool_call_caller_param_type_0
                                )
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "program":
                            try:
                                componentsschemas_beta_tool_call_caller_param_type_1 = (
                                    BetaProgramToolCallCallerParam.from_dict(data)
                                )

                                return (
                                    componentsschemas_beta_tool_call_caller_param_type_1
                                )
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_caller(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        finally:
                            strict_parsing.reset(strictly)
                    if isinstance(data, dict):
                        _fits = (
                            len(
                                {
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "caller_id",
                                    "type",
                                }.intersection(data)
                            ),
                        )
                    else:
                        _fits = (
                            0,
                            0,
                        )
                    _most = max(_fits)
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "direct") not in ("direct",):
                            raise TypeError()
                        if _fits[0] < _most:
                            raise TypeError()
                        componentsschemas_beta_tool_call_caller_param_type_0 = (
                            BetaDirectToolCallCallerParam.from_dict(data)
                        )

                        return componentsschemas_beta_tool_call_caller_param_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "program") not in ("program",):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        componentsschemas_beta_tool_call_caller_param_type_1 = (
                            BetaProgramToolCallCallerParam.from_dict(data)
                        )

                        return componentsschemas_beta_tool_call_caller_param_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        BetaDirectToolCallCallerParam
                        | BetaProgramToolCallCallerParam
                        | None
                        | Unset,
                        data,
                    )

                caller = _parse_caller(_caller_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                caller = _caller_raw

        created_by = d.pop("created_by", UNSET)
        if created_by is None and strict_parsing.get():
            raise TypeError("created_by")

        if created_by is None or created_by is UNSET:
            if created_by is None:
                _none_flips += ("created_by",)
            created_by = None

        beta_custom_tool_call_output_resource = cls(
            type_=type_,
            call_id=call_id,
            output=output,
            id=id,
            status=status,
            agent=agent,
            caller=caller,
            created_by=created_by,
        )
        if _none_flips:
            beta_custom_tool_call_output_resource._none_flips = _none_flips

        beta_custom_tool_call_output_resource.additional_properties = d
        return beta_custom_tool_call_output_resource

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
