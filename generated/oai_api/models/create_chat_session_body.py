from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.chatkit_configuration_param import ChatkitConfigurationParam
    from ..models.expires_after_param import ExpiresAfterParam
    from ..models.rate_limits_param import RateLimitsParam
    from ..models.workflow_param import WorkflowParam


@_attrs_define(repr=False)
class CreateChatSessionBody(_OpenModel):
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
    _keys = (
        "chatkit_configuration",
        "expires_after",
        "rate_limits",
        "user",
        "workflow",
    )

    @staticmethod
    def _fields() -> Table:
        from ..models.chatkit_configuration_param import ChatkitConfigurationParam
        from ..models.expires_after_param import ExpiresAfterParam
        from ..models.rate_limits_param import RateLimitsParam
        from ..models.workflow_param import WorkflowParam

        return fields(
            ("workflow", "workflow", REQUIRED, WorkflowParam),
            ("user", "user", REQUIRED, None),
            ("expires_after", "expires_after", OPTIONAL, ExpiresAfterParam),
            ("rate_limits", "rate_limits", OPTIONAL, RateLimitsParam),
            (
                "chatkit_configuration",
                "chatkit_configuration",
                OPTIONAL,
                ChatkitConfigurationParam,
            ),
            strict=True,
        )
