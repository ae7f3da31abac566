from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
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

if TYPE_CHECKING:
    from .._model import Table
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


@_attrs_define(repr=False)
class RealtimeSessionCreateResponse(_OpenModel):
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
    _keys = (
        "audio",
        "expires_at",
        "id",
        "include",
        "instructions",
        "max_output_tokens",
        "model",
        "object",
        "output_modalities",
        "tool_choice",
        "tools",
        "tracing",
        "turn_detection",
    )

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_function_tool import RealtimeFunctionTool
        from ..models.realtime_session_create_response_audio import (
            RealtimeSessionCreateResponseAudio,
        )
        from ..models.realtime_session_create_response_turn_detection import (
            RealtimeSessionCreateResponseTurnDetection,
        )

        return fields(
            ("id", "id", OPTIONAL, None),
            ("object_", "object", OPTIONAL, None),
            ("expires_at", "expires_at", OPTIONAL, None),
            (
                "include",
                "include",
                OPTIONAL,
                list_of(check_realtime_session_create_response_include_item),
            ),
            ("model", "model", OPTIONAL, None),
            ("output_modalities", "output_modalities", OPTIONAL_OR_NULL, None),
            ("instructions", "instructions", OPTIONAL, None),
            ("audio", "audio", OPTIONAL, RealtimeSessionCreateResponseAudio),
            (
                "tracing",
                "tracing",
                OPTIONAL,
                one_of(
                    check_realtime_session_create_response_tracing_type_0,
                    member(
                        "realtime_session_create_response_tracing_type_1",
                        "RealtimeSessionCreateResponseTracingType1",
                    ),
                ),
            ),
            (
                "turn_detection",
                "turn_detection",
                OPTIONAL,
                RealtimeSessionCreateResponseTurnDetection,
            ),
            ("tools", "tools", OPTIONAL, list_of(RealtimeFunctionTool)),
            ("tool_choice", "tool_choice", OPTIONAL, None),
            (
                "max_output_tokens",
                "max_output_tokens",
                OPTIONAL,
                one_of(
                    int, check_realtime_session_create_response_max_output_tokens_type_1
                ),
            ),
        )
