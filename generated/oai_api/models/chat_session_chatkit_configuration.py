from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.chat_session_automatic_thread_titling import (
        ChatSessionAutomaticThreadTitling,
    )
    from ..models.chat_session_file_upload import ChatSessionFileUpload
    from ..models.chat_session_history import ChatSessionHistory


T = TypeVar("T", bound="ChatSessionChatkitConfiguration")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        ChatSessionAutomaticThreadTitling, \
        ChatSessionFileUpload, \
        ChatSessionHistory
    from ..models.chat_session_automatic_thread_titling import (
        ChatSessionAutomaticThreadTitling,
    )
    from ..models.chat_session_file_upload import ChatSessionFileUpload
    from ..models.chat_session_history import ChatSessionHistory

    _models_bound = True


@_attrs_define
class ChatSessionChatkitConfiguration:
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
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_automatic_thread_titling = (
            self.automatic_thread_titling
            if self.automatic_thread_titling is not None
            or "automatic_thread_titling" not in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_automatic_thread_titling, ChatSessionAutomaticThreadTitling
        ):
            automatic_thread_titling = _v_automatic_thread_titling
        else:
            automatic_thread_titling = _v_automatic_thread_titling.to_dict()

        _v_file_upload = (
            self.file_upload
            if self.file_upload is not None or "file_upload" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_file_upload, ChatSessionFileUpload):
            file_upload = _v_file_upload
        else:
            file_upload = _v_file_upload.to_dict()

        _v_history = (
            self.history
            if self.history is not None or "history" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_history, ChatSessionHistory):
            history = _v_history
        else:
            history = _v_history.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "automatic_thread_titling": automatic_thread_titling,
                    "file_upload": file_upload,
                    "history": history,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _automatic_thread_titling_raw = d.pop("automatic_thread_titling", UNSET)
        if _automatic_thread_titling_raw is None or isinstance(
            _automatic_thread_titling_raw, Unset
        ):
            if strict_parsing.get():
                raise KeyError("automatic_thread_titling")

            if _automatic_thread_titling_raw is UNSET:
                _none_flips += ("automatic_thread_titling",)
            automatic_thread_titling = None

        else:
            try:
                automatic_thread_titling = ChatSessionAutomaticThreadTitling.from_dict(
                    _automatic_thread_titling_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                automatic_thread_titling = _automatic_thread_titling_raw

        _file_upload_raw = d.pop("file_upload", UNSET)
        if _file_upload_raw is None or isinstance(_file_upload_raw, Unset):
            if strict_parsing.get():
                raise KeyError("file_upload")

            if _file_upload_raw is UNSET:
                _none_flips += ("file_upload",)
            file_upload = None

        else:
            try:
                file_upload = ChatSessionFileUpload.from_dict(_file_upload_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                file_upload = _file_upload_raw

        _history_raw = d.pop("history", UNSET)
        if _history_raw is None or isinstance(_history_raw, Unset):
            if strict_parsing.get():
                raise KeyError("history")

            if _history_raw is UNSET:
                _none_flips += ("history",)
            history = None

        else:
            try:
                history = ChatSessionHistory.from_dict(_history_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                history = _history_raw

        chat_session_chatkit_configuration = cls(
            automatic_thread_titling=automatic_thread_titling,
            file_upload=file_upload,
            history=history,
        )
        if _none_flips:
            chat_session_chatkit_configuration._none_flips = _none_flips

        chat_session_chatkit_configuration.additional_properties = d
        return chat_session_chatkit_configuration

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
