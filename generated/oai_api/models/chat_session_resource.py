from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.chat_session_resource_object import (
    ChatSessionResourceObject,
    check_chat_session_resource_object,
)
from ..models.chat_session_status import ChatSessionStatus, check_chat_session_status

if TYPE_CHECKING:
    from .._model import Table
    from ..models.chat_session_chatkit_configuration import (
        ChatSessionChatkitConfiguration,
    )
    from ..models.chat_session_rate_limits import ChatSessionRateLimits
    from ..models.chatkit_workflow import ChatkitWorkflow


@_attrs_define(repr=False)
class ChatSessionResource(_OpenModel):
    """A ChatKit session: its client secret, workflow, user, limits, status and effective settings."""

    id: str

    object_: ChatSessionResourceObject

    expires_at: int

    client_secret: str

    workflow: ChatkitWorkflow
    """ The workflow a ChatKit session runs: ID, version, state variables and tracing. """
    user: str

    rate_limits: ChatSessionRateLimits
    """ Request limit per minute in force for the session. """
    max_requests_per_1_minute: int

    status: ChatSessionStatus
    """ Lifecycle state of a ChatKit session: `active`, `expired` or `cancelled`. """
    chatkit_configuration: ChatSessionChatkitConfiguration
    """ ChatKit features in force for the session: thread titles, uploads and history. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "chatkit_configuration",
        "client_secret",
        "expires_at",
        "id",
        "max_requests_per_1_minute",
        "object",
        "rate_limits",
        "status",
        "user",
        "workflow",
    )
    _tags = {"object": ("chatkit.session",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.chat_session_chatkit_configuration import (
            ChatSessionChatkitConfiguration,
        )
        from ..models.chat_session_rate_limits import ChatSessionRateLimits
        from ..models.chatkit_workflow import ChatkitWorkflow

        return fields(
            ("id", "id", REQUIRED, None),
            ("object_", "object", REQUIRED, check_chat_session_resource_object),
            ("expires_at", "expires_at", REQUIRED, None),
            ("client_secret", "client_secret", REQUIRED, None),
            ("workflow", "workflow", REQUIRED, ChatkitWorkflow),
            ("user", "user", REQUIRED, None),
            ("rate_limits", "rate_limits", REQUIRED, ChatSessionRateLimits),
            ("max_requests_per_1_minute", "max_requests_per_1_minute", REQUIRED, None),
            ("status", "status", REQUIRED, check_chat_session_status),
            (
                "chatkit_configuration",
                "chatkit_configuration",
                REQUIRED,
                ChatSessionChatkitConfiguration,
            ),
        )
