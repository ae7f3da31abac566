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
from ..models.beta_custom_tool_call_output_type import (
    BetaCustomToolCallOutputType,
    check_beta_custom_tool_call_output_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_direct_tool_call_caller_param import (
        BetaDirectToolCallCallerParam,
    )
    from ..models.beta_input_file_content import BetaInputFileContent
    from ..models.beta_input_image_content import BetaInputImageContent
    from ..models.beta_input_text_content import BetaInputTextContent
    from ..models.beta_program_tool_call_caller_param import (
        BetaProgramToolCallCallerParam,
    )


@_attrs_define(repr=False)
class BetaCustomToolCallOutput(_OpenModel):
    """The result of a custom tool call, as the caller sent it."""

    type_: BetaCustomToolCallOutputType
    """ Fixed tag `custom_tool_call_output`. """
    call_id: str
    """ ID linking a tool call to its output. """
    output: (
        list[BetaInputFileContent | BetaInputImageContent | BetaInputTextContent] | str
    )
    """ The tool's result: text, or text, image and file parts. """
    agent: BetaAgentTag | None = None
    """ In multi-agent runs, the agent this item came from. """
    id: str | None = None
    """ Unique ID. """
    caller: BetaDirectToolCallCallerParam | BetaProgramToolCallCallerParam | None = None
    """ Who issued the tool call. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("agent", "call_id", "caller", "id", "output", "type")
    _tags = {"type": ("custom_tool_call_output",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_custom_tool_call_output_type),
            ("call_id", "call_id", REQUIRED, None),
            (
                "output",
                "output",
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
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag", "BetaAgentTag"), None),
            ),
            ("id", "id", OPTIONAL, None),
            (
                "caller",
                "caller",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "beta_direct_tool_call_caller_param",
                        "BetaDirectToolCallCallerParam",
                        ("type", "direct"),
                    ),
                    member(
                        "beta_program_tool_call_caller_param",
                        "BetaProgramToolCallCallerParam",
                        ("type", "program"),
                    ),
                    None,
                ),
            ),
        )
