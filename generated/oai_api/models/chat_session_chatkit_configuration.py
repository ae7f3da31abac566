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
    from ..models.chat_session_automatic_thread_titling import (
        ChatSessionAutomaticThreadTitling,
    )
    from ..models.chat_session_file_upload import ChatSessionFileUpload
    from ..models.chat_session_history import ChatSessionHistory


@_attrs_define(repr=False)
class ChatSessionChatkitConfiguration(_OpenModel):
    """ChatKit features in force for the session: thread titles, uploads and history."""

    automatic_thread_titling: ChatSessionAutomaticThreadTitling
    """ Whether the session titles threads automatically. """
    file_upload: ChatSessionFileUpload
    """ Upload settings in force for the session: on or off, size cap in MB and file count cap. """
    history: ChatSessionHistory
    """ Whether users see past threads in the session, and how many recent ones. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("automatic_thread_titling", "file_upload", "history")

    @staticmethod
    def _fields() -> Table:
        from ..models.chat_session_automatic_thread_titling import (
            ChatSessionAutomaticThreadTitling,
        )
        from ..models.chat_session_file_upload import ChatSessionFileUpload
        from ..models.chat_session_history import ChatSessionHistory

        return fields(
            (
                "automatic_thread_titling",
                "automatic_thread_titling",
                REQUIRED,
                ChatSessionAutomaticThreadTitling,
            ),
            ("file_upload", "file_upload", REQUIRED, ChatSessionFileUpload),
            ("history", "history", REQUIRED, ChatSessionHistory),
        )
