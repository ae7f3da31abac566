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
from ..models.beta_easy_input_message_role import (
    BetaEasyInputMessageRole,
    check_beta_easy_input_message_role,
)
from ..models.beta_easy_input_message_type import (
    BetaEasyInputMessageType,
    check_beta_easy_input_message_type,
)
from ..models.beta_message_phase import BetaMessagePhase, check_beta_message_phase

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_input_file_content import BetaInputFileContent
    from ..models.beta_input_image_content import BetaInputImageContent
    from ..models.beta_input_text_content import BetaInputTextContent


@_attrs_define(repr=False)
class BetaEasyInputMessage(_OpenModel):
    """A message given by role and content (string or content parts), the simplest input form."""

    role: BetaEasyInputMessageRole
    """ `user`, `assistant`, `system` or `developer`; system and developer instructions outrank user ones. """
    content: (
        list[BetaInputFileContent | BetaInputImageContent | BetaInputTextContent] | str
    )
    """ Text, or a list of text, image and file parts. """
    phase: BetaMessagePhase | None = None
    """ For assistant messages: commentary or final answer. """
    type_: BetaEasyInputMessageType | None = None
    """ Fixed tag `message`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("content", "phase", "role", "type")
    _tags = {"type": ("message",), "role": ("user", "assistant", "system", "developer")}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("role", "role", REQUIRED, check_beta_easy_input_message_role),
            (
                "content",
                "content",
                REQUIRED,
                one_of(
                    str,
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
            ),
            (
                "phase",
                "phase",
                OPTIONAL_OR_NULL,
                one_of(check_beta_message_phase, None),
            ),
            ("type_", "type", OPTIONAL, check_beta_easy_input_message_type),
        )
