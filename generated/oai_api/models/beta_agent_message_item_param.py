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
from ..models.beta_agent_message_item_param_type import (
    BetaAgentMessageItemParamType,
    check_beta_agent_message_item_param_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag_param import BetaAgentTagParam
    from ..models.beta_encrypted_content_param import BetaEncryptedContentParam
    from ..models.beta_input_image_content_param_auto_param import (
        BetaInputImageContentParamAutoParam,
    )
    from ..models.beta_input_text_content_param import BetaInputTextContentParam


@_attrs_define(repr=False)
class BetaAgentMessageItemParam(_OpenModel):
    """A message between agents of a multi-agent run, sent back as input."""

    type_: BetaAgentMessageItemParamType
    """ Fixed tag `agent_message`. """
    author: str
    """ Name of the agent that sent the message. """
    recipient: str
    """ Name of the agent the message is addressed to. """
    content: list[
        BetaEncryptedContentParam
        | BetaInputImageContentParamAutoParam
        | BetaInputTextContentParam
    ]
    """ Parts of the message: text, images or encrypted data. """
    agent: BetaAgentTagParam | None = None
    """ Agent that produced this item, for multi-agent runs; leave out otherwise. """
    id: None | str = None
    """ Unique ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("agent", "author", "content", "id", "recipient", "type")
    _tags = {"type": ("agent_message",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_agent_message_item_param_type),
            ("author", "author", REQUIRED, None),
            ("recipient", "recipient", REQUIRED, None),
            (
                "content",
                "content",
                REQUIRED,
                list_of(
                    one_of(
                        member(
                            "beta_input_text_content_param",
                            "BetaInputTextContentParam",
                            ("type", "input_text"),
                        ),
                        member(
                            "beta_input_image_content_param_auto_param",
                            "BetaInputImageContentParamAutoParam",
                            ("type", "input_image"),
                        ),
                        member(
                            "beta_encrypted_content_param",
                            "BetaEncryptedContentParam",
                            ("type", "encrypted_content"),
                        ),
                    )
                ),
            ),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag_param", "BetaAgentTagParam"), None),
            ),
            ("id", "id", OPTIONAL_OR_NULL, one_of(str, None)),
        )
