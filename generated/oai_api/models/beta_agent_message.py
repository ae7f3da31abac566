from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_agent_message_type import (
    BetaAgentMessageType,
    check_beta_agent_message_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_computer_screenshot_content import BetaComputerScreenshotContent
    from ..models.beta_encrypted_content import BetaEncryptedContent
    from ..models.beta_input_file_content import BetaInputFileContent
    from ..models.beta_input_image_content import BetaInputImageContent
    from ..models.beta_input_text_content import BetaInputTextContent
    from ..models.beta_output_text_content import BetaOutputTextContent
    from ..models.beta_reasoning_text_content import BetaReasoningTextContent
    from ..models.beta_refusal_content import BetaRefusalContent
    from ..models.beta_summary_text_content import BetaSummaryTextContent
    from ..models.beta_text_content import BetaTextContent


@_attrs_define(repr=False)
class BetaAgentMessage(_OpenModel):
    """A message one agent sent to another during a multi-agent run."""

    type_: BetaAgentMessageType

    id: str

    author: str

    recipient: str

    content: list[
        BetaComputerScreenshotContent
        | BetaEncryptedContent
        | BetaInputFileContent
        | BetaInputImageContent
        | BetaInputTextContent
        | BetaOutputTextContent
        | BetaReasoningTextContent
        | BetaRefusalContent
        | BetaSummaryTextContent
        | BetaTextContent
    ]

    agent: BetaAgentTag | None = None
    """ Names the agent behind an item in a multi-agent run. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("agent", "author", "content", "id", "recipient", "type")
    _tags = {"type": ("agent_message",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_agent_tag import BetaAgentTag

        return fields(
            ("type_", "type", REQUIRED, check_beta_agent_message_type),
            ("id", "id", REQUIRED, None),
            ("author", "author", REQUIRED, None),
            ("recipient", "recipient", REQUIRED, None),
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
                            "beta_output_text_content",
                            "BetaOutputTextContent",
                            ("type", "output_text"),
                        ),
                        member(
                            "beta_text_content", "BetaTextContent", ("type", "text")
                        ),
                        member(
                            "beta_summary_text_content",
                            "BetaSummaryTextContent",
                            ("type", "summary_text"),
                        ),
                        member(
                            "beta_reasoning_text_content",
                            "BetaReasoningTextContent",
                            ("type", "reasoning_text"),
                        ),
                        member(
                            "beta_refusal_content",
                            "BetaRefusalContent",
                            ("type", "refusal"),
                        ),
                        member(
                            "beta_input_image_content",
                            "BetaInputImageContent",
                            ("type", "input_image"),
                        ),
                        member(
                            "beta_computer_screenshot_content",
                            "BetaComputerScreenshotContent",
                            ("type", "computer_screenshot"),
                        ),
                        member(
                            "beta_input_file_content",
                            "BetaInputFileContent",
                            ("type", "input_file"),
                        ),
                        member(
                            "beta_encrypted_content",
                            "BetaEncryptedContent",
                            ("type", "encrypted_content"),
                        ),
                    )
                ),
            ),
            ("agent", "agent", OPTIONAL, BetaAgentTag),
        )
