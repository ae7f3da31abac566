from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_response_shell_call_output_content_done_streaming_event_type import (
    BetaResponseShellCallOutputContentDoneStreamingEventType,
    check_beta_response_shell_call_output_content_done_streaming_event_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_function_shell_call_output_content import (
        BetaFunctionShellCallOutputContent,
    )


T = TypeVar("T", bound="BetaResponsesServerEventType22")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, BetaAgentTag, BetaFunctionShellCallOutputContent
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_function_shell_call_output_content import (
        BetaFunctionShellCallOutputContent,
    )

    _models_bound = True


@_attrs_define
class BetaResponsesServerEventType22:
    type_: BetaResponseShellCallOutputContentDoneStreamingEventType
    sequence_number: int
    item_id: str
    output_index: int
    command_index: int
    output: list[BetaFunctionShellCallOutputContent]
    agent: BetaAgentTag | None = None
    """ Names the agent behind an item in a multi-agent run. """
    stream_id: str | None = None
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

        _v_sequence_number = (
            self.sequence_number
            if self.sequence_number is not None
            or "sequence_number" not in self._none_flips
            else UNSET
        )

        sequence_number = _v_sequence_number

        _v_item_id = (
            self.item_id
            if self.item_id is not None or "item_id" not in self._none_flips
            else UNSET
        )

        item_id = _v_item_id

        _v_output_index = (
            self.output_index
            if self.output_index is not None or "output_index" not in self._none_flips
            else UNSET
        )

        output_index = _v_output_index

        _v_command_index = (
            self.command_index
            if self.command_index is not None or "command_index" not in self._none_flips
            else UNSET
        )

        command_index = _v_command_index

        _v_output = (
            self.output
            if self.output is not None or "output" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_output, list):
            output = _v_output
        else:
            output = []
            for output_item_data in _v_output:
                if not isinstance(output_item_data, BetaFunctionShellCallOutputContent):
                    output.append(output_item_data)
                    continue
                output_item = output_item_data.to_dict()
                output.append(output_item)

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

        _v_stream_id = (
            self.stream_id
            if self.stream_id is not None or "stream_id" in self._none_flips
            else UNSET
        )

        stream_id = _v_stream_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "sequence_number": sequence_number,
                    "item_id": item_id,
                    "output_index": output_index,
                    "command_index": command_index,
                    "output": output,
                }.items()
                if v is not UNSET
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if stream_id is not UNSET:
            field_dict["stream_id"] = stream_id

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
                type_ = check_beta_response_shell_call_output_content_done_streaming_event_type(
                    _type__raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        sequence_number = d.pop("sequence_number", UNSET)
        if (
            sequence_number is None or isinstance(sequence_number, Unset)
        ) and strict_parsing.get():
            raise KeyError("sequence_number")

        if sequence_number is None or sequence_number is UNSET:
            if sequence_number is UNSET:
                _none_flips += ("sequence_number",)
            sequence_number = None

        item_id = d.pop("item_id", UNSET)
        if (item_id is None or isinstance(item_id, Unset)) and strict_parsing.get():
            raise KeyError("item_id")

        if item_id is None or item_id is UNSET:
            if item_id is UNSET:
                _none_flips += ("item_id",)
            item_id = None

        output_index = d.pop("output_index", UNSET)
        if (
            output_index is None or isinstance(output_index, Unset)
        ) and strict_parsing.get():
            raise KeyError("output_index")

        if output_index is None or output_index is UNSET:
            if output_index is UNSET:
                _none_flips += ("output_index",)
            output_index = None

        command_index = d.pop("command_index", UNSET)
        if (
            command_index is None or isinstance(command_index, Unset)
        ) and strict_parsing.get():
            raise KeyError("command_index")

        if command_index is None or command_index is UNSET:
            if command_index is UNSET:
                _none_flips += ("command_index",)
            command_index = None

        _output_raw = d.pop("output", UNSET)
        if _output_raw is None or isinstance(_output_raw, Unset):
            if strict_parsing.get():
                raise KeyError("output")

            if _output_raw is UNSET:
                _none_flips += ("output",)
            output = None

        else:
            try:
                output = []
                _output = _output_raw
                if not isinstance(_output, list):
                    raise TypeError()
                for output_item_data in _output:
                    output_item = BetaFunctionShellCallOutputContent.from_dict(
                        output_item_data
                    )

                    output.append(output_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                output = _output_raw

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

        stream_id = d.pop("stream_id", UNSET)
        if stream_id is None and strict_parsing.get():
            raise TypeError("stream_id")

        if stream_id is None or stream_id is UNSET:
            if stream_id is None:
                _none_flips += ("stream_id",)
            stream_id = None

        beta_responses_server_event_type_22 = cls(
            type_=type_,
            sequence_number=sequence_number,
            item_id=item_id,
            output_index=output_index,
            command_index=command_index,
            output=output,
            agent=agent,
            stream_id=stream_id,
        )
        if _none_flips:
            beta_responses_server_event_type_22._none_flips = _none_flips

        beta_responses_server_event_type_22.additional_properties = d
        return beta_responses_server_event_type_22

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
