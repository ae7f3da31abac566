from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_input_message_role import (
    BetaInputMessageRole,
    check_beta_input_message_role,
)
from ..models.beta_input_message_status import (
    BetaInputMessageStatus,
    check_beta_input_message_status,
)
from ..models.beta_input_message_type import (
    BetaInputMessageType,
    check_beta_input_message_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_input_file_content import BetaInputFileContent
    from ..models.beta_input_image_content import BetaInputImageContent
    from ..models.beta_input_text_content import BetaInputTextContent


@_attrs_define(repr=False)
class BetaInputMessage(_OpenModel):
    """A user, system or developer message given as a list of content parts."""

    role: BetaInputMessageRole
    """ Who wrote it: `user`, or `system`/`developer` for instructions that outrank the user. """
    content: list[BetaInputFileContent | BetaInputImageContent | BetaInputTextContent]
    """ Content parts of an input message: text, images and files. """
    agent: BetaAgentTag | None = None
    """ In multi-agent runs, the agent this item came from. """
    type_: BetaInputMessageType | None = None
    """ Fixed tag `message`. """
    status: BetaInputMessageStatus | None = None
    """ Progress state. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("agent", "content", "role", "status", "type")
    _tags = {"type": ("message",), "role": ("user", "system", "developer")}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("role", "role", REQUIRED, check_beta_input_message_role),
            (
                "content",
                "content",
                REQUIRED,
                list_of(
                    one_of(
                        member(
                            "beta_input_text_content",
                            "BetaInputTextContent",
                            ("type", "input_text"),
                        ),
                        member(
                            "beta_input_image_content",
                            "BetaInputImageContent",
                            ("type", "input_image"),
                        ),
                        member(
                            "beta_input_file_content",
                            "BetaInputFileContent",
                            ("type", "input_file"),
                        ),
                    )
                ),
            ),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag", "BetaAgentTag"), None),
            ),
            ("type_", "type", OPTIONAL, check_beta_input_message_type),
            ("status", "status", OPTIONAL, check_beta_input_message_status),
        )
