from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assistants_api_response_format_option_type_0 import (
    AssistantsApiResponseFormatOptionType0,
    check_assistants_api_response_format_option_type_0,
)
from ..models.assistants_api_tool_choice_option_type_0 import (
    AssistantsApiToolChoiceOptionType0,
    check_assistants_api_tool_choice_option_type_0,
)
from ..models.run_object_object import RunObjectObject, check_run_object_object
from ..models.run_object_status import RunObjectStatus, check_run_object_status
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.assistant_tools_code import AssistantToolsCode
    from ..models.assistant_tools_file_search import AssistantToolsFileSearch
    from ..models.assistant_tools_function import AssistantToolsFunction
    from ..models.assistants_named_tool_choice import AssistantsNamedToolChoice
    from ..models.metadata_type_0 import MetadataType0
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText
    from ..models.run_completion_usage_type_0 import RunCompletionUsageType0
    from ..models.run_object_incomplete_details_type_0 import (
        RunObjectIncompleteDetailsType0,
    )
    from ..models.run_object_last_error_type_0 import RunObjectLastErrorType0
    from ..models.run_object_required_action_type_0 import RunObjectRequiredActionType0
    from ..models.truncation_object import TruncationObject


T = TypeVar("T", bound="RunObject")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        AssistantToolsCode, \
        AssistantToolsFileSearch, \
        AssistantToolsFunction, \
        AssistantsNamedToolChoice, \
        MetadataType0, \
        ResponseFormatJsonObject, \
        ResponseFormatJsonSchema, \
        ResponseFormatText, \
        RunCompletionUsageType0, \
        RunObjectIncompleteDetailsType0, \
        RunObjectLastErrorType0, \
        RunObjectRequiredActionType0, \
        TruncationObject
    from ..models.assistant_tools_code import AssistantToolsCode
    from ..models.assistant_tools_file_search import AssistantToolsFileSearch
    from ..models.assistant_tools_function import AssistantToolsFunction
    from ..models.assistants_named_tool_choice import AssistantsNamedToolChoice
    from ..models.metadata_type_0 import MetadataType0
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText
    from ..models.run_completion_usage_type_0 import RunCompletionUsageType0
    from ..models.run_object_incomplete_details_type_0 import (
        RunObjectIncompleteDetailsType0,
    )
    from ..models.run_object_last_error_type_0 import RunObjectLastErrorType0
    from ..models.run_object_required_action_type_0 import RunObjectRequiredActionType0
    from ..models.truncation_object import TruncationObject

    _models_bound = True


@_attrs_define
class RunObject:
    """One execution of an assistant on a thread, with its status, settings, timestamps and token usage."""

    id: str
    object_: RunObjectObject
    created_at: int
    thread_id: str
    assistant_id: str
    status: RunObjectStatus
    required_action: None | RunObjectRequiredActionType0
    last_error: None | RunObjectLastErrorType0
    expires_at: int | None
    started_at: int | None
    cancelled_at: int | None
    failed_at: int | None
    completed_at: int | None
    incomplete_details: None | RunObjectIncompleteDetailsType0
    model: str
    instructions: str
    tools: list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]
    metadata: MetadataType0 | None
    """ Up to 16 string key/value tags attached to an object. """
    usage: None | RunCompletionUsageType0
    """ Token counts (prompt, completion, total) for a whole run; None until the run reaches a terminal state. """
    max_prompt_tokens: int | None
    max_completion_tokens: int | None
    truncation_strategy: None | TruncationObject
    tool_choice: AssistantsApiToolChoiceOptionType0 | AssistantsNamedToolChoice | None
    parallel_tool_calls: bool
    """ Allow the model to call several tools in one turn. """
    response_format: (
        AssistantsApiResponseFormatOptionType0
        | None
        | ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | ResponseFormatText
    )
    temperature: float | None = None
    top_p: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" not in self._none_flips
            else UNSET
        )

        if _v_object_ is None or isinstance(_v_object_, Unset):
            object_ = _v_object_
        else:
            object_: str = _v_object_

        _v_created_at = (
            self.created_at
            if self.created_at is not None or "created_at" not in self._none_flips
            else UNSET
        )

        created_at = _v_created_at

        _v_thread_id = (
            self.thread_id
            if self.thread_id is not None or "thread_id" not in self._none_flips
            else UNSET
        )

        thread_id = _v_thread_id

        _v_assistant_id = (
            self.assistant_id
            if self.assistant_id is not None or "assistant_id" not in self._none_flips
            else UNSET
        )

        assistant_id = _v_assistant_id

        _v_status = (
            self.status
            if self.status is not None or "status" not in self._none_flips
            else UNSET
        )

        if _v_status is None or isinstance(_v_status, Unset):
            status = _v_status
        else:
            status: str = _v_status

        _v_required_action = (
            self.required_action
            if self.required_action is not None
            or "required_action" not in self._none_flips
            else UNSET
        )

        if _v_required_action is None or isinstance(_v_required_action, Unset):
            required_action = _v_required_action
        else:
            required_action: dict[str, Any] | None
            if isinstance(_v_required_action, RunObjectRequiredActionType0):
                required_action = _v_required_action.to_dict()
            else:
                required_action = _v_required_action

        _v_last_error = (
            self.last_error
            if self.last_error is not None or "last_error" not in self._none_flips
            else UNSET
        )

        if _v_last_error is None or isinstance(_v_last_error, Unset):
            last_error = _v_last_error
        else:
            last_error: dict[str, Any] | None
            if isinstance(_v_last_error, RunObjectLastErrorType0):
                last_error = _v_last_error.to_dict()
            else:
                last_error = _v_last_error

        _v_expires_at = (
            self.expires_at
            if self.expires_at is not None or "expires_at" not in self._none_flips
            else UNSET
        )

        if _v_expires_at is None or isinstance(_v_expires_at, Unset):
            expires_at = _v_expires_at
        else:
            expires_at: int | None
            expires_at = _v_expires_at

        _v_started_at = (
            self.started_at
            if self.started_at is not None or "started_at" not in self._none_flips
            else UNSET
        )

        if _v_started_at is None or isinstance(_v_started_at, Unset):
            started_at = _v_started_at
        else:
            started_at: int | None
            started_at = _v_started_at

        _v_cancelled_at = (
            self.cancelled_at
            if self.cancelled_at is not None or "cancelled_at" not in self._none_flips
            else UNSET
        )

        if _v_cancelled_at is None or isinstance(_v_cancelled_at, Unset):
            cancelled_at = _v_cancelled_at
        else:
            cancelled_at: int | None
            cancelled_at = _v_cancelled_at

        _v_failed_at = (
            self.failed_at
            if self.failed_at is not None or "failed_at" not in self._none_flips
            else UNSET
        )

        if _v_failed_at is None or isinstance(_v_failed_at, Unset):
            failed_at = _v_failed_at
        else:
            failed_at: int | None
            failed_at = _v_failed_at

        _v_completed_at = (
            self.completed_at
            if self.completed_at is not None or "completed_at" not in self._none_flips
            else UNSET
        )

        if _v_completed_at is None or isinstance(_v_completed_at, Unset):
            completed_at = _v_completed_at
        else:
            completed_at: int | None
            completed_at = _v_completed_at

        _v_incomplete_details = (
            self.incomplete_details
            if self.incomplete_details is not None
            or "incomplete_details" not in self._none_flips
            else UNSET
        )

        if _v_incomplete_details is None or isinstance(_v_incomplete_details, Unset):
            incomplete_details = _v_incomplete_details
        else:
            incomplete_details: dict[str, Any] | None
            if isinstance(_v_incomplete_details, RunObjectIncompleteDetailsType0):
                incomplete_details = _v_incomplete_details.to_dict()
            else:
                incomplete_details = _v_incomplete_details

        _v_model = (
            self.model
            if self.model is not None or "model" not in self._none_flips
            else UNSET
        )

        model = _v_model

        _v_instructions = (
            self.instructions
            if self.instructions is not None or "instructions" not in self._none_flips
            else UNSET
        )

        instructions = _v_instructions

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
                    isinstance(tools_item_data, AssistantToolsCode)
                    or isinstance(tools_item_data, AssistantToolsFileSearch)
                    or isinstance(tools_item_data, AssistantToolsFunction)
                ):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data
                tools.append(tools_item)

        _v_metadata = (
            self.metadata
            if self.metadata is not None or "metadata" not in self._none_flips
            else UNSET
        )

        if _v_metadata is None or isinstance(_v_metadata, Unset):
            metadata = _v_metadata
        else:
            metadata: dict[str, Any] | None
            if isinstance(_v_metadata, MetadataType0):
                metadata = _v_metadata.to_dict()
            else:
                metadata = _v_metadata

        _v_usage = (
            self.usage
            if self.usage is not None or "usage" not in self._none_flips
            else UNSET
        )

        if _v_usage is None or isinstance(_v_usage, Unset):
            usage = _v_usage
        else:
            usage: dict[str, Any] | None
            if isinstance(_v_usage, RunCompletionUsageType0):
                usage = _v_usage.to_dict()
            else:
                usage = _v_usage

        _v_max_prompt_tokens = (
            self.max_prompt_tokens
            if self.max_prompt_tokens is not None
            or "max_prompt_tokens" not in self._none_flips
            else UNSET
        )

        if _v_max_prompt_tokens is None or isinstance(_v_max_prompt_tokens, Unset):
            max_prompt_tokens = _v_max_prompt_tokens
        else:
            max_prompt_tokens: int | None
            max_prompt_tokens = _v_max_prompt_tokens

        _v_max_completion_tokens = (
            self.max_completion_tokens
            if self.max_completion_tokens is not None
            or "max_completion_tokens" not in self._none_flips
            else UNSET
        )

        if _v_max_completion_tokens is None or isinstance(
            _v_max_completion_tokens, Unset
        ):
            max_completion_tokens = _v_max_completion_tokens
        else:
            max_completion_tokens: int | None
            max_completion_tokens = _v_max_completion_tokens

        _v_truncation_strategy = (
            self.truncation_strategy
            if self.truncation_strategy is not None
            or "truncation_strategy" not in self._none_flips
            else UNSET
        )

        if _v_truncation_strategy is None or isinstance(_v_truncation_strategy, Unset):
            truncation_strategy = _v_truncation_strategy
        else:
            truncation_strategy: dict[str, Any] | None
            if isinstance(_v_truncation_strategy, TruncationObject):
                truncation_strategy = _v_truncation_strategy.to_dict()
            else:
                truncation_strategy = _v_truncation_strategy

        _v_tool_choice = (
            self.tool_choice
            if self.tool_choice is not None or "tool_choice" not in self._none_flips
            else UNSET
        )

        if _v_tool_choice is None or isinstance(_v_tool_choice, Unset):
            tool_choice = _v_tool_choice
        else:
            tool_choice: dict[str, Any] | None | str
            if isinstance(_v_tool_choice, AssistantsNamedToolChoice):
                tool_choice = _v_tool_choice.to_dict()
            else:
                tool_choice = _v_tool_choice

        _v_parallel_tool_calls = (
            self.parallel_tool_calls
            if self.parallel_tool_calls is not None
            or "parallel_tool_calls" not in self._none_flips
            else UNSET
        )

        parallel_tool_calls = _v_parallel_tool_calls

        _v_response_format = (
            self.response_format
            if self.response_format is not None
            or "response_format" not in self._none_flips
            else UNSET
        )

        if _v_response_format is None or isinstance(_v_response_format, Unset):
            response_format = _v_response_format
        else:
            response_format: dict[str, Any] | None | str
            if (
                isinstance(_v_response_format, ResponseFormatText)
                or isinstance(_v_response_format, ResponseFormatJsonObject)
                or isinstance(_v_response_format, ResponseFormatJsonSchema)
            ):
                response_format = _v_response_format.to_dict()
            else:
                response_format = _v_response_format

        _v_temperature = (
            self.temperature
            if self.temperature is not None or "temperature" in self._none_flips
            else UNSET
        )

        temperature: float | None | Unset
        if isinstance(_v_temperature, Unset):
            temperature = UNSET
        else:
            temperature = _v_temperature

        _v_top_p = (
            self.top_p
            if self.top_p is not None or "top_p" in self._none_flips
            else UNSET
        )

        top_p: float | None | Unset
        if isinstance(_v_top_p, Unset):
            top_p = UNSET
        else:
            top_p = _v_top_p

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "object": object_,
                    "created_at": created_at,
                    "thread_id": thread_id,
                    "assistant_id": assistant_id,
                    "status": status,
                    "required_action": required_action,
                    "last_error": last_error,
                    "expires_at": expires_at,
                    "started_at": started_at,
                    "cancelled_at": cancelled_at,
                    "failed_at": failed_at,
                    "completed_at": completed_at,
                    "incomplete_details": incomplete_details,
                    "model": model,
                    "instructions": instructions,
                    "tools": tools,
                    "metadata": metadata,
                    "usage": usage,
                    "max_prompt_tokens": max_prompt_tokens,
                    "max_completion_tokens": max_completion_tokens,
                    "truncation_strategy": truncation_strategy,
                    "tool_choice": tool_choice,
                    "parallel_tool_calls": parallel_tool_calls,
                    "response_format": response_format,
                }.items()
                if v is not UNSET
            }
        )
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        _object__raw = d.pop("object", UNSET)
        if _object__raw is None or isinstance(_object__raw, Unset):
            if strict_parsing.get():
                raise KeyError("object")

            if _object__raw is UNSET:
                _none_flips += ("object_",)
            object_ = None

        else:
            try:
                object_ = check_run_object_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        created_at = d.pop("created_at", UNSET)
        if (
            created_at is None or isinstance(created_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("created_at")

        if created_at is None or created_at is UNSET:
            if created_at is UNSET:
                _none_flips += ("created_at",)
            created_at = None

        thread_id = d.pop("thread_id", UNSET)
        if (thread_id is None or isinstance(thread_id, Unset)) and strict_parsing.get():
            raise KeyError("thread_id")

        if thread_id is None or thread_id is UNSET:
            if thread_id is UNSET:
                _none_flips += ("thread_id",)
            thread_id = None

        assistant_id = d.pop("assistant_id", UNSET)
        if (
            assistant_id is None or isinstance(assistant_id, Unset)
        ) and strict_parsing.get():
            raise KeyError("assistant_id")

        if assistant_id is None or assistant_id is UNSET:
            if assistant_id is UNSET:
                _none_flips += ("assistant_id",)
            assistant_id = None

        _status_raw = d.pop("status", UNSET)
        if _status_raw is None or isinstance(_status_raw, Unset):
            if strict_parsing.get():
                raise KeyError("status")

            if _status_raw is UNSET:
                _none_flips += ("status",)
            status = None

        else:
            try:
                status = check_run_object_status(_status_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

        _required_action_raw = d.pop("required_action", UNSET)
        if _required_action_raw is None or isinstance(_required_action_raw, Unset):
            if isinstance(_required_action_raw, Unset) and strict_parsing.get():
                raise KeyError("required_action")

            if _required_action_raw is UNSET:
                _none_flips += ("required_action",)
            required_action = None

        else:
            try:

                def _parse_required_action(
                    data: object,
                ) -> None | RunObjectRequiredActionType0:
                    if data is None:
                        return data
                    if isinstance(data, dict):
                        if data.get("type") == "submit_tool_outputs":
                            try:
                                required_action_type_0 = (
                                    RunObjectRequiredActionType0.from_dict(data)
                                )

                                return required_action_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "submit_tool_outputs") not in (
                            "submit_tool_outputs",
                        ):
                            raise TypeError()
                        required_action_type_0 = RunObjectRequiredActionType0.from_dict(
                            data
                        )

                        return required_action_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(None | RunObjectRequiredActionType0, data)

                required_action = _parse_required_action(_required_action_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                required_action = _required_action_raw

        _last_error_raw = d.pop("last_error", UNSET)
        if _last_error_raw is None or isinstance(_last_error_raw, Unset):
            if isinstance(_last_error_raw, Unset) and strict_parsing.get():
                raise KeyError("last_error")

            if _last_error_raw is UNSET:
                _none_flips += ("last_error",)
            last_error = None

        else:
            try:

                def _parse_last_error(data: object) -> None | RunObjectLastErrorType0:
                    if data is None:
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        last_error_type_0 = RunObjectLastErrorType0.from_dict(data)

                        return last_error_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(None | RunObjectLastErrorType0, data)

                last_error = _parse_last_error(_last_error_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                last_error = _last_error_raw

        _expires_at_raw = d.pop("expires_at", UNSET)
        if _expires_at_raw is None or isinstance(_expires_at_raw, Unset):
            if isinstance(_expires_at_raw, Unset) and strict_parsing.get():
                raise KeyError("expires_at")

            if _expires_at_raw is UNSET:
                _none_flips += ("expires_at",)
            expires_at = None

        else:
            try:

                def _parse_expires_at(data: object) -> int | None:
                    if data is None:
                        return data

                    return cast(int | None, data)

                expires_at = _parse_expires_at(_expires_at_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                expires_at = _expires_at_raw

        _started_at_raw = d.pop("started_at", UNSET)
        if _started_at_raw is None or isinstance(_started_at_raw, Unset):
            if isinstance(_started_at_raw, Unset) and strict_parsing.get():
                raise KeyError("started_at")

            if _started_at_raw is UNSET:
                _none_flips += ("started_at",)
            started_at = None

        else:
            try:

                def _parse_started_at(data: object) -> int | None:
                    if data is None:
                        return data

                    return cast(int | None, data)

                started_at = _parse_started_at(_started_at_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                started_at = _started_at_raw

        _cancelled_at_raw = d.pop("cancelled_at", UNSET)
        if _cancelled_at_raw is None or isinstance(_cancelled_at_raw, Unset):
            if isinstance(_cancelled_at_raw, Unset) and strict_parsing.get():
                raise KeyError("cancelled_at")

            if _cancelled_at_raw is UNSET:
                _none_flips += ("cancelled_at",)
            cancelled_at = None

        else:
            try:

                def _parse_cancelled_at(data: object) -> int | None:
                    if data is None:
                        return data

                    return cast(int | None, data)

                cancelled_at = _parse_cancelled_at(_cancelled_at_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                cancelled_at = _cancelled_at_raw

        _failed_at_raw = d.pop("failed_at", UNSET)
        if _failed_at_raw is None or isinstance(_failed_at_raw, Unset):
            if isinstance(_failed_at_raw, Unset) and strict_parsing.get():
                raise KeyError("failed_at")

            if _failed_at_raw is UNSET:
                _none_flips += ("failed_at",)
            failed_at = None

        else:
            try:

                def _parse_failed_at(data: object) -> int | None:
                    if data is None:
                        return data

                    return cast(int | None, data)

                failed_at = _parse_failed_at(_failed_at_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                failed_at = _failed_at_raw

        _completed_at_raw = d.pop("completed_at", UNSET)
        if _completed_at_raw is None or isinstance(_completed_at_raw, Unset):
            if isinstance(_completed_at_raw, Unset) and strict_parsing.get():
                raise KeyError("completed_at")

            if _completed_at_raw is UNSET:
                _none_flips += ("completed_at",)
            completed_at = None

        else:
            try:

                def _parse_completed_at(data: object) -> int | None:
                    if data is None:
                        return data

                    return cast(int | None, data)

                completed_at = _parse_completed_at(_completed_at_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                completed_at = _completed_at_raw

        _incomplete_details_raw = d.pop("incomplete_details", UNSET)
        if _incomplete_details_raw is None or isinstance(
            _incomplete_details_raw, Unset
        ):
            if isinstance(_incomplete_details_raw, Unset) and strict_parsing.get():
                raise KeyError("incomplete_details")

            if _incomplete_details_raw is UNSET:
                _none_flips += ("incomplete_details",)
            incomplete_details = None

        else:
            try:

                def _parse_incomplete_details(
                    data: object,
                ) -> None | RunObjectIncompleteDetailsType0:
                    if data is None:
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        incomplete_details_type_0 = (
                            RunObjectIncompleteDetailsType0.from_dict(data)
                        )

                        return incomplete_details_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(None | RunObjectIncompleteDetailsType0, data)

                incomplete_details = _parse_incomplete_details(_incomplete_details_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                incomplete_details = _incomplete_details_raw

        model = d.pop("model", UNSET)
        if (model is None or isinstance(model, Unset)) and strict_parsing.get():
            raise KeyError("model")

        if model is None or model is UNSET:
            if model is UNSET:
                _none_flips += ("model",)
            model = None

        instructions = d.pop("instructions", UNSET)
        if (
            instructions is None or isinstance(instructions, Unset)
        ) and strict_parsing.get():
            raise KeyError("instructions")

        if instructions is None or instructions is UNSET:
            if instructions is UNSET:
                _none_flips += ("instructions",)
            instructions = None

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
                        AssistantToolsCode
                        | AssistantToolsFileSearch
                        | AssistantToolsFunction
                    ):
                        if isinstance(data, dict):
                            if data.get("type") == "code_interpreter":
                                try:
                                    tools_item_type_0 = AssistantToolsCode.from_dict(
                                        data
                                    )

                                    return tools_item_type_0
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "file_search":
                                try:
                                    tools_item_type_1 = (
                                        AssistantToolsFileSearch.from_dict(data)
                                    )

                                    return tools_item_type_1
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "function":
                                try:
                                    tools_item_type_2 = (
                                        AssistantToolsFunction.from_dict(data)
                                    )

                                    return tools_item_type_2
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
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "file_search",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "function",
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
                            if data.get("type", "code_interpreter") not in (
                                "code_interpreter",
                            ):
                                raise TypeError()
                            if _fits[0] < _most:
                                raise TypeError()
                            tools_item_type_0 = AssistantToolsCode.from_dict(data)

                            return tools_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "file_search") not in ("file_search",):
                                raise TypeError()
                            if _fits[1] < _most:
                                raise TypeError()
                            tools_item_type_1 = AssistantToolsFileSearch.from_dict(data)

                            return tools_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "function") not in ("function",):
                                raise TypeError()
                            if _fits[2] < _most:
                                raise TypeError()
                            tools_item_type_2 = AssistantToolsFunction.from_dict(data)

                            return tools_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if strict_parsing.get():
                            raise TypeError()
                        return cast(
                            AssistantToolsCode
                            | AssistantToolsFileSearch
                            | AssistantToolsFunction,
                            data,
                        )

                    tools_item = _parse_tools_item(tools_item_data)

                    tools.append(tools_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                tools = _tools_raw

        _metadata_raw = d.pop("metadata", UNSET)
        if _metadata_raw is None or isinstance(_metadata_raw, Unset):
            if isinstance(_metadata_raw, Unset) and strict_parsing.get():
                raise KeyError("metadata")

            if _metadata_raw is UNSET:
                _none_flips += ("metadata",)
            metadata = None

        else:
            try:

                def _parse_metadata(data: object) -> MetadataType0 | None:
                    if data is None:
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_metadata_type_0 = MetadataType0.from_dict(
                            data
                        )

                        return componentsschemas_metadata_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(MetadataType0 | None, data)

                metadata = _parse_metadata(_metadata_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                metadata = _metadata_raw

        _usage_raw = d.pop("usage", UNSET)
        if _usage_raw is None or isinstance(_usage_raw, Unset):
            if isinstance(_usage_raw, Unset) and strict_parsing.get():
                raise KeyError("usage")

            if _usage_raw is UNSET:
                _none_flips += ("usage",)
            usage = None

        else:
            try:

                def _parse_usage(data: object) -> None | RunCompletionUsageType0:
                    if data is None:
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_run_completion_usage_type_0 = (
                            RunCompletionUsageType0.from_dict(data)
                        )

                        return componentsschemas_run_completion_usage_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(None | RunCompletionUsageType0, data)

                usage = _parse_usage(_usage_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                usage = _usage_raw

        _max_prompt_tokens_raw = d.pop("max_prompt_tokens", UNSET)
        if _max_prompt_tokens_raw is None or isinstance(_max_prompt_tokens_raw, Unset):
            if isinstance(_max_prompt_tokens_raw, Unset) and strict_parsing.get():
                raise KeyError("max_prompt_tokens")

            if _max_prompt_tokens_raw is UNSET:
                _none_flips += ("max_prompt_tokens",)
            max_prompt_tokens = None

        else:
            try:

                def _parse_max_prompt_tokens(data: object) -> int | None:
                    if data is None:
                        return data

                    return cast(int | None, data)

                max_prompt_tokens = _parse_max_prompt_tokens(_max_prompt_tokens_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                max_prompt_tokens = _max_prompt_tokens_raw

        _max_completion_tokens_raw = d.pop("max_completion_tokens", UNSET)
        if _max_completion_tokens_raw is None or isinstance(
            _max_completion_tokens_raw, Unset
        ):
            if isinstance(_max_completion_tokens_raw, Unset) and strict_parsing.get():
                raise KeyError("max_completion_tokens")

            if _max_completion_tokens_raw is UNSET:
                _none_flips += ("max_completion_tokens",)
            max_completion_tokens = None

        else:
            try:

                def _parse_max_completion_tokens(data: object) -> int | None:
                    if data is None:
                        return data

                    return cast(int | None, data)

                max_completion_tokens = _parse_max_completion_tokens(
                    _max_completion_tokens_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                max_completion_tokens = _max_completion_tokens_raw

        _truncation_strategy_raw = d.pop("truncation_strategy", UNSET)
        if _truncation_strategy_raw is None or isinstance(
            _truncation_strategy_raw, Unset
        ):
            if isinstance(_truncation_strategy_raw, Unset) and strict_parsing.get():
                raise KeyError("truncation_strategy")

            if _truncation_strategy_raw is UNSET:
                _none_flips += ("truncation_strategy",)
            truncation_strategy = None

        else:
            try:

                def _parse_truncation_strategy(data: object) -> None | TruncationObject:
                    if data is None:
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "auto") not in (
                            "auto",
                            "last_messages",
                        ):
                            raise TypeError()
                        truncation_strategy_type_0 = TruncationObject.from_dict(data)

                        return truncation_strategy_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(None | TruncationObject, data)

                truncation_strategy = _parse_truncation_strategy(
                    _truncation_strategy_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                truncation_strategy = _truncation_strategy_raw

        _tool_choice_raw = d.pop("tool_choice", UNSET)
        if _tool_choice_raw is None or isinstance(_tool_choice_raw, Unset):
            if isinstance(_tool_choice_raw, Unset) and strict_parsing.get():
                raise KeyError("tool_choice")

            if _tool_choice_raw is UNSET:
                _none_flips += ("tool_choice",)
            tool_choice = None

        else:
            try:

                def _parse_tool_choice(
                    data: object,
                ) -> (
                    AssistantsApiToolChoiceOptionType0
                    | AssistantsNamedToolChoice
                    | None
                ):
                    if data is None:
                        return data

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_tool_choice(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        finally:
                            strict_parsing.reset(strictly)
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        componentsschemas_assistants_api_tool_choice_option_type_0 = (
                            check_assistants_api_tool_choice_option_type_0(data)
                        )

                        return (
                            componentsschemas_assistants_api_tool_choice_option_type_0
                        )
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "function") not in (
                            "function",
                            "code_interpreter",
                            "file_search",
                        ):
                            raise TypeError()
                        componentsschemas_assistants_api_tool_choice_option_type_1 = (
                            AssistantsNamedToolChoice.from_dict(data)
                        )

                        return (
                            componentsschemas_assistants_api_tool_choice_option_type_1
                        )
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        AssistantsApiToolChoiceOptionType0
                        | AssistantsNamedToolChoice
                        | None,
                        data,
                    )

                tool_choice = _parse_tool_choice(_tool_choice_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                tool_choice = _tool_choice_raw

        parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)
        if (
            parallel_tool_calls is None or isinstance(parallel_tool_calls, Unset)
        ) and strict_parsing.get():
            raise KeyError("parallel_tool_calls")

        if parallel_tool_calls is None or parallel_tool_calls is UNSET:
            if parallel_tool_calls is UNSET:
                _none_flips += ("parallel_tool_calls",)
            parallel_tool_calls = None

        _response_format_raw = d.pop("response_format", UNSET)
        if _response_format_raw is None or isinstance(_response_format_raw, Unset):
            if isinstance(_response_format_raw, Unset) and strict_parsing.get():
                raise KeyError("response_format")

            if _response_format_raw is UNSET:
                _none_flips += ("response_format",)
            response_format = None

        else:
            try:

                def _parse_response_format(
                    data: object,
                ) -> (
                    AssistantsApiResponseFormatOptionType0
                    | None
                    | ResponseFormatJsonObject
                    | ResponseFormatJsonSchema
                    | ResponseFormatText
                ):
                    if data is None:
                        return data
                    if isinstance(data, dict):
                        if data.get("type") == "text":
                            try:
                                componentsschemas_assistants_api_response_format_option_type_1 = ResponseFormatText.from_dict(
                                    data
                                )

                                return componentsschemas_assistants_api_response_format_option_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "json_object":
                            try:
                                componentsschemas_assistants_api_response_format_option_type_2 = ResponseFormatJsonObject.from_dict(
                                    data
                                )

                                return componentsschemas_assistants_api_response_format_option_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "json_schema":
                            try:
                                componentsschemas_assistants_api_response_format_option_type_3 = ResponseFormatJsonSchema.from_dict(
                                    data
                                )

                                return componentsschemas_assistants_api_response_format_option_type_3
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_response_format(data)
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
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "json_schema",
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
                        if not isinstance(data, str):
                            raise TypeError()
                        componentsschemas_assistants_api_response_format_option_type_0 = check_assistants_api_response_format_option_type_0(
                            data
                        )

                        return componentsschemas_assistants_api_response_format_option_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "text") not in ("text",):
                            raise TypeError()
                        if _fits[0] < _most:
                            raise TypeError()
                        componentsschemas_assistants_api_response_format_option_type_1 = ResponseFormatText.from_dict(
                            data
                        )

                        return componentsschemas_assistants_api_response_format_option_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "json_object") not in ("json_object",):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        componentsschemas_assistants_api_response_format_option_type_2 = ResponseFormatJsonObject.from_dict(
                            data
                        )

                        return componentsschemas_assistants_api_response_format_option_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "json_schema") not in ("json_schema",):
                            raise TypeError()
                        if _fits[2] < _most:
                            raise TypeError()
                        componentsschemas_assistants_api_response_format_option_type_3 = ResponseFormatJsonSchema.from_dict(
                            data
                        )

                        return componentsschemas_assistants_api_response_format_option_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        AssistantsApiResponseFormatOptionType0
                        | None
                        | ResponseFormatJsonObject
                        | ResponseFormatJsonSchema
                        | ResponseFormatText,
                        data,
                    )

                response_format = _parse_response_format(_response_format_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                response_format = _response_format_raw

        _temperature_raw = d.pop("temperature", UNSET)
        if _temperature_raw is None or isinstance(_temperature_raw, Unset):
            if _temperature_raw is None:
                _none_flips += ("temperature",)
            temperature = None

        else:
            try:

                def _parse_temperature(data: object) -> float | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(float | None | Unset, data)

                temperature = _parse_temperature(_temperature_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                temperature = _temperature_raw

        _top_p_raw = d.pop("top_p", UNSET)
        if _top_p_raw is None or isinstance(_top_p_raw, Unset):
            if _top_p_raw is None:
                _none_flips += ("top_p",)
            top_p = None

        else:
            try:

                def _parse_top_p(data: object) -> float | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(float | None | Unset, data)

                top_p = _parse_top_p(_top_p_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                top_p = _top_p_raw

        run_object = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            thread_id=thread_id,
            assistant_id=assistant_id,
            status=status,
            required_action=required_action,
            last_error=last_error,
            expires_at=expires_at,
            started_at=started_at,
            cancelled_at=cancelled_at,
            failed_at=failed_at,
            completed_at=completed_at,
            incomplete_details=incomplete_details,
            model=model,
            instructions=instructions,
            tools=tools,
            metadata=metadata,
            usage=usage,
            max_prompt_tokens=max_prompt_tokens,
            max_completion_tokens=max_completion_tokens,
            truncation_strategy=truncation_strategy,
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
            response_format=response_format,
            temperature=temperature,
            top_p=top_p,
        )
        if _none_flips:
            run_object._none_flips = _none_flips

        run_object.additional_properties = d
        return run_object

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
