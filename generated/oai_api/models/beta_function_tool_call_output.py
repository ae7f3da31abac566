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
from ..models.beta_function_tool_call_output_status import (
    BetaFunctionToolCallOutputStatus,
    check_beta_function_tool_call_output_status,
)
from ..models.beta_function_tool_call_output_type import (
    BetaFunctionToolCallOutputType,
    check_beta_function_tool_call_output_type,
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
class BetaFunctionToolCallOutput(_OpenModel):
    """What the caller's function returned, as sent to the model."""

    type_: BetaFunctionToolCallOutputType

    output: (
        list[BetaInputFileContent | BetaInputImageContent | BetaInputTextContent] | str
    )

    agent: BetaAgentTag | None = None

    id: str | None = None

    call_id: str | None = None

    name: str | None = None

    namespace: str | None = None

    caller: BetaDirectToolCallCallerParam | BetaProgramToolCallCallerParam | None = None

    status: BetaFunctionToolCallOutputStatus | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "agent",
        "call_id",
        "caller",
        "id",
        "name",
        "namespace",
        "output",
        "status",
        "type",
    )
    _tags = {"type": ("function_call_output",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_function_tool_call_output_type),
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
            ("call_id", "call_id", OPTIONAL, None),
            ("name", "name", OPTIONAL, None),
            ("namespace", "namespace", OPTIONAL, None),
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
            ("status", "status", OPTIONAL, check_beta_function_tool_call_output_status),
        )
