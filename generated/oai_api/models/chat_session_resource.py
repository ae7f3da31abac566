from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_session_resource_object import (
    ChatSessionResourceObject,
    check_chat_session_resource_object,
)
from ..models.chat_session_status import ChatSessionStatus, check_chat_session_status
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.chat_session_chatkit_configuration import (
        ChatSessionChatkitConfiguration,
    )
    from ..models.chat_session_rate_limits import ChatSessionRateLimits
    from ..models.chatkit_workflow import ChatkitWorkflow


T = TypeVar("T", bound="ChatSessionResource")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        ChatSessionChatkitConfiguration, \
        ChatSessionRateLimits, \
        ChatkitWorkflow
    from ..models.chat_session_chatkit_configuration import (
        ChatSessionChatkitConfiguration,
    )
    from ..models.chat_session_rate_limits import ChatSessionRateLimits
    from ..models.chatkit_workflow import ChatkitWorkflow

    _models_bound = True


@_attrs_define
class ChatSessionResource:
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

        _v_expires_at = (
            self.expires_at
            if self.expires_at is not None or "expires_at" not in self._none_flips
            else UNSET
        )

        expires_at = _v_expires_at

        _v_client_secret = (
            self.client_secret
            if self.client_secret is not None or "client_secret" not in self._none_flips
            else UNSET
        )

        client_secret = _v_client_secret

        _v_workflow = (
            self.workflow
            if self.workflow is not None or "workflow" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_workflow, ChatkitWorkflow):
            workflow = _v_workflow
        else:
            workflow = _v_workflow.to_dict()

        _v_user = (
            self.user
            if self.user is not None or "user" not in self._none_flips
            else UNSET
        )

        user = _v_user

        _v_rate_limits = (
            self.rate_limits
            if self.rate_limits is not None or "rate_limits" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_rate_limits, ChatSessionRateLimits):
            rate_limits = _v_rate_limits
        else:
            rate_limits = _v_rate_limits.to_dict()

        _v_max_requests_per_1_minute = (
            self.max_requests_per_1_minute
            if self.max_requests_per_1_minute is not None
            or "max_requests_per_1_minute" not in self._none_flips
            else UNSET
        )

        max_requests_per_1_minute = _v_max_requests_per_1_minute

        _v_status = (
            self.status
            if self.status is not None or "status" not in self._none_flips
            else UNSET
        )

        if _v_status is None or isinstance(_v_status, Unset):
            status = _v_status
        else:
            status: str = _v_status

        _v_chatkit_configuration = (
            self.chatkit_configuration
            if self.chatkit_configuration is not None
            or "chatkit_configuration" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_chatkit_configuration, ChatSessionChatkitConfiguration):
            chatkit_configuration = _v_chatkit_configuration
        else:
            chatkit_configuration = _v_chatkit_configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "object": object_,
                    "expires_at": expires_at,
                    "client_secret": client_secret,
                    "workflow": workflow,
                    "user": user,
                    "rate_limits": rate_limits,
                    "max_requests_per_1_minute": max_requests_per_1_minute,
                    "status": status,
                    "chatkit_configuration": chatkit_configuration,
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
                object_ = check_chat_session_resource_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        expires_at = d.pop("expires_at", UNSET)
        if (
            expires_at is None or isinstance(expires_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("expires_at")

        if expires_at is None or expires_at is UNSET:
            if expires_at is UNSET:
                _none_flips += ("expires_at",)
            expires_at = None

        client_secret = d.pop("client_secret", UNSET)
        if (
            client_secret is None or isinstance(client_secret, Unset)
        ) and strict_parsing.get():
            raise KeyError("client_secret")

        if client_secret is None or client_secret is UNSET:
            if client_secret is UNSET:
                _none_flips += ("client_secret",)
            client_secret = None

        _workflow_raw = d.pop("workflow", UNSET)
        if _workflow_raw is None or isinstance(_workflow_raw, Unset):
            if strict_parsing.get():
                raise KeyError("workflow")

            if _workflow_raw is UNSET:
                _none_flips += ("workflow",)
            workflow = None

        else:
            try:
                workflow = ChatkitWorkflow.from_dict(_workflow_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                workflow = _workflow_raw

        user = d.pop("user", UNSET)
        if (user is None or isinstance(user, Unset)) and strict_parsing.get():
            raise KeyError("user")

        if user is None or user is UNSET:
            if user is UNSET:
                _none_flips += ("user",)
            user = None

        _rate_limits_raw = d.pop("rate_limits", UNSET)
        if _rate_limits_raw is None or isinstance(_rate_limits_raw, Unset):
            if strict_parsing.get():
                raise KeyError("rate_limits")

            if _rate_limits_raw is UNSET:
                _none_flips += ("rate_limits",)
            rate_limits = None

        else:
            try:
                rate_limits = ChatSessionRateLimits.from_dict(_rate_limits_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                rate_limits = _rate_limits_raw

        max_requests_per_1_minute = d.pop("max_requests_per_1_minute", UNSET)
        if (
            max_requests_per_1_minute is None
            or isinstance(max_requests_per_1_minute, Unset)
        ) and strict_parsing.get():
            raise KeyError("max_requests_per_1_minute")

        if max_requests_per_1_minute is None or max_requests_per_1_minute is UNSET:
            if max_requests_per_1_minute is UNSET:
                _none_flips += ("max_requests_per_1_minute",)
            max_requests_per_1_minute = None

        _status_raw = d.pop("status", UNSET)
        if _status_raw is None or isinstance(_status_raw, Unset):
            if strict_parsing.get():
                raise KeyError("status")

            if _status_raw is UNSET:
                _none_flips += ("status",)
            status = None

        else:
            try:
                status = check_chat_session_status(_status_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

        _chatkit_configuration_raw = d.pop("chatkit_configuration", UNSET)
        if _chatkit_configuration_raw is None or isinstance(
            _chatkit_configuration_raw, Unset
        ):
            if strict_parsing.get():
                raise KeyError("chatkit_configuration")

            if _chatkit_configuration_raw is UNSET:
                _none_flips += ("chatkit_configuration",)
            chatkit_configuration = None

        else:
            try:
                chatkit_configuration = ChatSessionChatkitConfiguration.from_dict(
                    _chatkit_configuration_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                chatkit_configuration = _chatkit_configuration_raw

        chat_session_resource = cls(
            id=id,
            object_=object_,
            expires_at=expires_at,
            client_secret=client_secret,
            workflow=workflow,
            user=user,
            rate_limits=rate_limits,
            max_requests_per_1_minute=max_requests_per_1_minute,
            status=status,
            chatkit_configuration=chatkit_configuration,
        )
        if _none_flips:
            chat_session_resource._none_flips = _none_flips

        chat_session_resource.additional_properties = d
        return chat_session_resource

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
