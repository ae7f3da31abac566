from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_message_phase import BetaMessagePhase, check_beta_message_phase
from ..models.beta_output_message_role import (
    BetaOutputMessageRole,
    check_beta_output_message_role,
)
from ..models.beta_output_message_status import (
    BetaOutputMessageStatus,
    check_beta_output_message_status,
)
from ..models.beta_output_message_type import (
    BetaOutputMessageType,
    check_beta_output_message_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_output_text_content import BetaOutputTextContent
    from ..models.beta_refusal_content import BetaRefusalContent


@_attrs_define(repr=False)
class BetaOutputMessage(_OpenModel):
    """A message the assistant wrote, made of text and refusal parts."""

    id: str
    """ Identifier of this message. """
    type_: BetaOutputMessageType
    """ Fixed tag `message`. """
    role: BetaOutputMessageRole
    """ Always `assistant`: the model wrote it. """
    content: list[BetaOutputTextContent | BetaRefusalContent]
    """ Parts of the message: text outputs and refusals. """
    status: BetaOutputMessageStatus
    """ `in_progress`, `completed` or `incomplete`; filled in when items are fetched from the API. """
    agent: BetaAgentTag | None = None
    """ Agent that emitted this item, or None for the main agent. """
    phase: BetaMessagePhase | None = None
    """ Whether this is `commentary` or the `final_answer`; None if not labelled. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("agent", "content", "id", "phase", "role", "status", "type")
    _tags = {"type": ("message",), "role": ("assistant",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            ("type_", "type", REQUIRED, check_beta_output_message_type),
            ("role", "role", REQUIRED, check_beta_output_message_role),
            (
                "content",
                "content",
                REQUIRED,
                list_of(
                    one_of(
                        member(
                            "beta_output_text_content",
                            "BetaOutputTextContent",
                            ("type", "output_text"),
                        ),
                        member(
                            "beta_refusal_content",
                            "BetaRefusalContent",
                            ("type", "refusal"),
                        ),
                    )
                ),
            ),
            ("status", "status", REQUIRED, check_beta_output_message_status),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag", "BetaAgentTag"), None),
            ),
            (
                "phase",
                "phase",
                OPTIONAL_OR_NULL,
                one_of(check_beta_message_phase, None),
            ),
        )
