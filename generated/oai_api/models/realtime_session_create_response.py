from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_session_create_response_include_item import (
    RealtimeSessionCreateResponseIncludeItem,
    check_realtime_session_create_response_include_item,
)
from ..models.realtime_session_create_response_max_output_tokens_type_1 import (
    RealtimeSessionCreateResponseMaxOutputTokensType1,
    check_realtime_session_create_response_max_output_tokens_type_1,
)
from ..models.realtime_session_create_response_tracing_type_0 import (
    RealtimeSessionCreateResponseTracingType0,
    check_realtime_session_create_response_tracing_type_0,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.realtime_function_tool import RealtimeFunctionTool
    from ..models.realtime_session_create_response_audio import (
        RealtimeSessionCreateResponseAudio,
    )
    from ..models.realtime_session_create_response_tracing_type_1 import (
        RealtimeSessionCreateResponseTracingType1,
    )
    from ..models.realtime_session_create_response_turn_detection import (
        RealtimeSessionCreateResponseTurnDetection,
    )


T = TypeVar("T", bound="RealtimeSessionCreateResponse")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        RealtimeFunctionTool, \
        RealtimeSessionCreateResponseAudio, \
        RealtimeSessionCreateResponseTracingType1, \
        RealtimeSessionCreateResponseTurnDetection
    from ..models.realtime_function_tool import RealtimeFunctionTool
    from ..models.realtime_session_create_response_audio import (
        RealtimeSessionCreateResponseAudio,
    )
    from ..models.realtime_session_create_response_tracing_type_1 import (
        RealtimeSessionCreateResponseTracingType1,
    )
    from ..models.realtime_session_create_response_turn_detection import (
        RealtimeSessionCreateResponseTurnDetection,
    )

    _models_bound = True


@_attrs_define
class RealtimeSessionCreateResponse:
    """The Realtime session as created, with its ID, expiry and effective settings."""

    id: str | None = None
    object_: str | None = None
    expires_at: int | None = None
    include: list[RealtimeSessionCreateResponseIncludeItem] | None = None
    model: str | None = None
    output_modalities: Any | None = None
    instructions: str | None = None
    audio: RealtimeSessionCreateResponseAudio | None = None
    tracing: (
        RealtimeSessionCreateResponseTracingType0
        | RealtimeSessionCreateResponseTracingType1
        | None
    ) = None
    turn_detection: RealtimeSessionCreateResponseTurnDetection | None = None
    tools: list[RealtimeFunctionTool] | None = None
    tool_choice: str | None = None
    max_output_tokens: (
        int | RealtimeSessionCreateResponseMaxOutputTokensType1 | None
    ) = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_id = self.id if self.id is not None or "id" in self._none_flips else UNSET

        id = _v_id

        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" in self._none_flips
            else UNSET
        )

        object_ = _v_object_

        _v_expires_at = (
            self.expires_at
            if self.expires_at is not None or "expires_at" in self._none_flips
            else UNSET
        )

        expires_at = _v_expires_at

        _v_include = (
            self.include
            if self.include is not None or "include" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_include, list):
            include = _v_include
        else:
            include: list[str] | Unset = UNSET
            if not isinstance(_v_include, Unset):
                include = []
                for include_item_data in _v_include:
                    include_item: str = include_item_data
                    include.append(include_item)

        _v_model = (
            self.model
            if self.model is not None or "model" in self._none_flips
            else UNSET
        )

        model = _v_model

        _v_output_modalities = (
            self.output_modalities
            if self.output_modalities is not None
            or "output_modalities" in self._none_flips
            else UNSET
        )

        output_modalities = _v_output_modalities

        _v_instructions = (
            self.instructions
            if self.instructions is not None or "instructions" in self._none_flips
            else UNSET
        )

        instructions = _v_instructions

        _v_audio = (
            self.audio
            if self.audio is not None or "audio" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_audio, RealtimeSessionCreateResponseAudio):
            audio = _v_audio
        else:
            audio: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_audio, Unset):
                audio = _v_audio.to_dict()

        _v_tracing = (
            self.tracing
            if self.tracing is not None or "tracing" in self._none_flips
            else UNSET
        )

        if _v_tracing is None or isinstance(_v_tracing, Unset):
            tracing = _v_tracing
        else:
            tracing: dict[str, Any] | str | Unset
            if isinstance(_v_tracing, Unset):
                tracing = UNSET
            elif isinstance(_v_tracing, RealtimeSessionCreateResponseTracingType1):
                tracing = _v_tracing.to_dict()
            else:
                tracing = _v_tracing

        _v_turn_detection = (
            self.turn_detection
            if self.turn_detection is not None or "turn_detection" in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_turn_detection, RealtimeSessionCreateResponseTurnDetection
        ):
            turn_detection = _v_turn_detection
        else:
            turn_detection: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_turn_detection, Unset):
                turn_detection = _v_turn_detection.to_dict()

        _v_tools = (
            self.tools
            if self.tools is not None or "tools" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_tools, list):
            tools = _v_tools
        else:
            tools: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_v_tools, Unset):
                tools = []
                for tools_item_data in _v_tools:
                    if not isinstance(tools_item_data, RealtimeFunctionTool):
                        tools.append(tools_item_data)
                        continue
                    tools_item = tools_item_data.to_dict()
                    tools.append(tools_item)

        _v_tool_choice = (
            self.tool_choice
            if self.tool_choice is not None or "tool_choice" in self._none_flips
            else UNSET
        )

        tool_choice = _v_tool_choice

        _v_max_output_tokens = (
            self.max_output_tokens
            if self.max_output_tokens is not None
            or "max_output_tokens" in self._none_flips
            else UNSET
        )

        if _v_max_output_tokens is None or isinstance(_v_max_output_tokens, Unset):
            max_output_tokens = _v_max_output_tokens
        else:
            max_output_tokens: int | str | Unset
            if isinstance(_v_max_output_tokens, Unset):
                max_output_tokens = UNSET
            else:
                max_output_tokens = _v_max_output_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if include is not UNSET:
            field_dict["include"] = include
        if model is not UNSET:
            field_dict["model"] = model
        if output_modalities is not UNSET:
            field_dict["output_modalities"] = output_modalities
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if audio is not UNSET:
            field_dict["audio"] = audio
        if tracing is not UNSET:
            field_dict["tracing"] = tracing
        if turn_detection is not UNSET:
            field_dict["turn_detection"] = turn_detection
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        id = d.pop("id", UNSET)
        if id is None and strict_parsing.get():
            raise TypeError("id")

        if id is None or id is UNSET:
            if id is None:
                _none_flips += ("id",)
            id = None

        object_ = d.pop("object", UNSET)
        if object_ is None and strict_parsing.get():
            raise TypeError("object")

        if object_ is None or object_ is UNSET:
            if object_ is None:
                _none_flips += ("object_",)
            object_ = None

        expires_at = d.pop("expires_at", UNSET)
        if expires_at is None and strict_parsing.get():
            raise TypeError("expires_at")

        if expires_at is None or expires_at is UNSET:
            if expires_at is None:
                _none_flips += ("expires_at",)
            expires_at = None

        _include_raw = d.pop("include", UNSET)
        if _include_raw is None or isinstance(_include_raw, Unset):
            if _include_raw is None and strict_parsing.get():
                raise TypeError("include")

            if _include_raw is None:
                _none_flips += ("include",)
            include = None

        else:
            try:
                _include = _include_raw
                include: list[RealtimeSessionCreateResponseIncludeItem] | Unset = UNSET
                if _include is not UNSET:
                    include = []
                    if not isinstance(_include, list):
                        raise TypeError()
                    for include_item_data in _include:
                        include_item = (
                            check_realtime_session_create_response_include_item(
                                include_item_data
                            )
                        )

                        include.append(include_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                include = _include_raw

        model = d.pop("model", UNSET)
        if model is None and strict_parsing.get():
            raise TypeError("model")

        if model is None or model is UNSET:
            if model is None:
                _none_flips += ("model",)
            model = None

        output_modalities = d.pop("output_modalities", UNSET)

        if output_modalities is None or output_modalities is UNSET:
            if output_modalities is None:
                _none_flips += ("output_modalities",)
            output_modalities = None

        instructions = d.pop("instructions", UNSET)
        if instructions is None and strict_parsing.get():
            raise TypeError("instructions")

        if instructions is None or instructions is UNSET:
            if instructions is None:
                _none_flips += ("instructions",)
            instructions = None

        _audio_raw = d.pop("audio", UNSET)
        if _audio_raw is None or isinstance(_audio_raw, Unset):
            if _audio_raw is None and strict_parsing.get():
                raise TypeError("audio")

            if _audio_raw is None:
                _none_flips += ("audio",)
            audio = None

        else:
            try:
                _audio = _audio_raw
                audio: RealtimeSessionCreateResponseAudio | Unset
                if isinstance(_audio, Unset):
                    audio = UNSET
                else:
                    audio = RealtimeSessionCreateResponseAudio.from_dict(_audio)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                audio = _audio_raw

        _tracing_raw = d.pop("tracing", UNSET)
        if _tracing_raw is None or isinstance(_tracing_raw, Unset):
            if _tracing_raw is None and strict_parsing.get():
                raise TypeError("tracing")

            if _tracing_raw is None:
                _none_flips += ("tracing",)
            tracing = None

        else:
            try:

                def _parse_tracing(
                    data: object,
                ) -> (
                    RealtimeSessionCreateResponseTracingType0
                    | RealtimeSessionCreateResponseTracingType1
                    | Unset
                ):
                    if isinstance(data, Unset):
                        return data

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_tracing(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        finally:
                            strict_parsing.reset(strictly)
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        tracing_type_0 = (
                            check_realtime_session_create_response_tracing_type_0(data)
                        )

                        return tracing_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tracing_type_1 = (
                            RealtimeSessionCreateResponseTracingType1.from_dict(data)
                        )

                        return tracing_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        RealtimeSessionCreateResponseTracingType0
                        | RealtimeSessionCreateResponseTracingType1
                        | Unset,
                        data,
                    )

                tracing = _parse_tracing(_tracing_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                tracing = _tracing_raw

        _turn_detection_raw = d.pop("turn_detection", UNSET)
        if _turn_detection_raw is None or isinstance(_turn_detection_raw, Unset):
            if _turn_detection_raw is None and strict_parsing.get():
                raise TypeError("turn_detection")

            if _turn_detection_raw is None:
                _none_flips += ("turn_detection",)
            turn_detection = None

        else:
            try:
                _turn_detection = _turn_detection_raw
                turn_detection: RealtimeSessionCreateResponseTurnDetection | Unset
                if isinstance(_turn_detection, Unset):
                    turn_detection = UNSET
                else:
                    turn_detection = (
                        RealtimeSessionCreateResponseTurnDetection.from_dict(
                            _turn_detection
                        )
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                turn_detection = _turn_detection_raw

        _tools_raw = d.pop("tools", UNSET)
        if _tools_raw is None or isinstance(_tools_raw, Unset):
            if _tools_raw is None and strict_parsing.get():
                raise TypeError("tools")

            if _tools_raw is None:
                _none_flips += ("tools",)
            tools = None

        else:
            try:
                _tools = _tools_raw
                tools: list[RealtimeFunctionTool] | Unset = UNSET
                if _tools is not UNSET:
                    tools = []
                    if not isinstance(_tools, list):
                        raise TypeError()
                    for tools_item_data in _tools:
                        tools_item = RealtimeFunctionTool.from_dict(tools_item_data)

                        tools.append(tools_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                tools = _tools_raw

        tool_choice = d.pop("tool_choice", UNSET)
        if tool_choice is None and strict_parsing.get():
            raise TypeError("tool_choice")

        if tool_choice is None or tool_choice is UNSET:
            if tool_choice is None:
                _none_flips += ("tool_choice",)
            tool_choice = None

        _max_output_tokens_raw = d.pop("max_output_tokens", UNSET)
        if _max_output_tokens_raw is None or isinstance(_max_output_tokens_raw, Unset):
            if _max_output_tokens_raw is None and strict_parsing.get():
                raise TypeError("max_output_tokens")

            if _max_output_tokens_raw is None:
                _none_flips += ("max_output_tokens",)
            max_output_tokens = None

        else:
            try:

                def _parse_max_output_tokens(
                    data: object,
                ) -> int | RealtimeSessionCreateResponseMaxOutputTokensType1 | Unset:
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        max_output_tokens_type_1 = check_realtime_session_create_response_max_output_tokens_type_1(
                            data
                        )

                        return max_output_tokens_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        int | RealtimeSessionCreateResponseMaxOutputTokensType1 | Unset,
                        data,
                    )

                max_output_tokens = _parse_max_output_tokens(_max_output_tokens_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                max_output_tokens = _max_output_tokens_raw

        realtime_session_create_response = cls(
            id=id,
            object_=object_,
            expires_at=expires_at,
            include=include,
            model=model,
            output_modalities=output_modalities,
            instructions=instructions,
            audio=audio,
            tracing=tracing,
            turn_detection=turn_detection,
            tools=tools,
            tool_choice=tool_choice,
            max_output_tokens=max_output_tokens,
        )
        if _none_flips:
            realtime_session_create_response._none_flips = _none_flips

        realtime_session_create_response.additional_properties = d
        return realtime_session_create_response

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
