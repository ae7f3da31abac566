from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.chatkit_configuration_param import ChatkitConfigurationParam
    from ..models.expires_after_param import ExpiresAfterParam
    from ..models.rate_limits_param import RateLimitsParam
    from ..models.workflow_param import WorkflowParam


T = TypeVar("T", bound="CreateChatSessionBody")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        ChatkitConfigurationParam, \
        ExpiresAfterParam, \
        RateLimitsParam, \
        WorkflowParam
    from ..models.chatkit_configuration_param import ChatkitConfigurationParam
    from ..models.expires_after_param import ExpiresAfterParam
    from ..models.rate_limits_param import RateLimitsParam
    from ..models.workflow_param import WorkflowParam

    _models_bound = True


@_attrs_define
class CreateChatSessionBody:
    """Body for starting a ChatKit session."""

    workflow: WorkflowParam
    """ Which workflow the session runs, with optional version, state variables and tracing. """
    user: str
    """ ID you assign to the end user; objects created under the same value are visible to this session. """
    expires_after: ExpiresAfterParam | None = None
    """ Session lifetime, counted in seconds from an anchor time. """
    rate_limits: RateLimitsParam | None = None
    """ Per-minute request cap for the session. """
    chatkit_configuration: ChatkitConfigurationParam | None = None
    """ Optional ChatKit feature settings for one session. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_workflow = (
            self.workflow
            if self.workflow is not None or "workflow" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_workflow, WorkflowParam):
            workflow = _v_workflow
        else:
            workflow = _v_workflow.to_dict()

        _v_user = (
            self.user
            if self.user is not None or "user" not in self._none_flips
            else UNSET
        )

        user = _v_user

        _v_expires_after = (
            self.expires_after
            if self.expires_after is not None or "expires_after" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_expires_after, ExpiresAfterParam):
            expires_after = _v_expires_after
        else:
            expires_after: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_expires_after, Unset):
                expires_after = _v_expires_after.to_dict()

        _v_rate_limits = (
            self.rate_limits
            if self.rate_limits is not None or "rate_limits" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_rate_limits, RateLimitsParam):
            rate_limits = _v_rate_limits
        else:
            rate_limits: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_rate_limits, Unset):
                rate_limits = _v_rate_limits.to_dict()

        _v_chatkit_configuration = (
            self.chatkit_configuration
            if self.chatkit_configuration is not None
            or "chatkit_configuration" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_chatkit_configuration, ChatkitConfigurationParam):
            chatkit_configuration = _v_chatkit_configuration
        else:
            chatkit_configuration: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_chatkit_configuration, Unset):
                chatkit_configuration = _v_chatkit_configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "workflow": workflow,
                    "user": user,
                }.items()
                if v is not UNSET
            }
        )
        if expires_after is not UNSET:
            field_dict["expires_after"] = expires_after
        if rate_limits is not UNSET:
            field_dict["rate_limits"] = rate_limits
        if chatkit_configuration is not UNSET:
            field_dict["chatkit_configuration"] = chatkit_configuration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _workflow_raw = d.pop("workflow", UNSET)
        if _workflow_raw is None or isinstance(_workflow_raw, Unset):
            raise KeyError("CreateChatSessionBody: required field workflow is missing")

        else:
            workflow = WorkflowParam.from_dict(_workflow_raw)

        user = d.pop("user", UNSET)
        if user is None or isinstance(user, Unset):
            raise KeyError("CreateChatSessionBody: required field user is missing")

        if user is None or user is UNSET:
            if user is UNSET:
                _none_flips += ("user",)
            user = None

        _expires_after_raw = d.pop("expires_after", UNSET)
        if _expires_after_raw is None or isinstance(_expires_after_raw, Unset):
            if _expires_after_raw is None and strict_parsing.get():
                raise TypeError("expires_after")

            if _expires_after_raw is None:
                _none_flips += ("expires_after",)
            expires_after = None

        else:
            _expires_after = _expires_after_raw
            expires_after: ExpiresAfterParam | Unset
            if isinstance(_expires_after, Unset):
                expires_after = UNSET
            else:
                expires_after = ExpiresAfterParam.from_dict(_expires_after)

        _rate_limits_raw = d.pop("rate_limits", UNSET)
        if _rate_limits_raw is None or isinstance(_rate_limits_raw, Unset):
            if _rate_limits_raw is None and strict_parsing.get():
                raise TypeError("rate_limits")

            if _rate_limits_raw is None:
                _none_flips += ("rate_limits",)
            rate_limits = None

        else:
            _rate_limits = _rate_limits_raw
            rate_limits: RateLimitsParam | Unset
            if isinstance(_rate_limits, Unset):
                rate_limits = UNSET
            else:
                rate_limits = RateLimitsParam.from_dict(_rate_limits)

        _chatkit_configuration_raw = d.pop("chatkit_configuration", UNSET)
        if _chatkit_configuration_raw is None or isinstance(
            _chatkit_configuration_raw, Unset
        ):
            if _chatkit_configuration_raw is None and strict_parsing.get():
                raise TypeError("chatkit_configuration")

            if _chatkit_configuration_raw is None:
                _none_flips += ("chatkit_configuration",)
            chatkit_configuration = None

        else:
            _chatkit_configuration = _chatkit_configuration_raw
            chatkit_configuration: ChatkitConfigurationParam | Unset
            if isinstance(_chatkit_configuration, Unset):
                chatkit_configuration = UNSET
            else:
                chatkit_configuration = ChatkitConfigurationParam.from_dict(
                    _chatkit_configuration
                )

        create_chat_session_body = cls(
            workflow=workflow,
            user=user,
            expires_after=expires_after,
            rate_limits=rate_limits,
            chatkit_configuration=chatkit_configuration,
        )
        if _none_flips:
            create_chat_session_body._none_flips = _none_flips

        create_chat_session_body.additional_properties = d
        return create_chat_session_body

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
