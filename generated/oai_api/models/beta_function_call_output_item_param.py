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
from ..models.beta_function_call_item_status import (
    BetaFunctionCallItemStatus,
    check_beta_function_call_item_status,
)
from ..models.beta_function_call_output_item_param_type import (
    BetaFunctionCallOutputItemParamType,
    check_beta_function_call_output_item_param_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag_param import BetaAgentTagParam
    from ..models.beta_direct_tool_call_caller_param import (
        BetaDirectToolCallCallerParam,
    )
    from ..models.beta_input_file_content_param import BetaInputFileContentParam
    from ..models.beta_input_image_content_param_auto_param import (
        BetaInputImageContentParamAutoParam,
    )
    from ..models.beta_input_text_content_param import BetaInputTextContentParam
    from ..models.beta_program_tool_call_caller_param import (
        BetaProgramToolCallCallerParam,
    )


@_attrs_define(repr=False)
class BetaFunctionCallOutputItemParam(_OpenModel):
    """What the caller's function returned, passed back to the model as input."""

    type_: BetaFunctionCallOutputItemParamType
    """ Fixed tag `function_call_output`. """
    output: (
        list[
            BetaInputFileContentParam
            | BetaInputImageContentParamAutoParam
            | BetaInputTextContentParam
        ]
        | str
    )
    """ The function's result: text, or text, image and file parts. """
    agent: BetaAgentTagParam | None = None
    """ Agent that produced this item, for multi-agent runs; leave out otherwise. """
    id: None | str = None
    """ Unique ID. """
    call_id: None | str = None
    """ ID linking a tool call to its output. """
    name: None | str = None
    """ Name of the function that ran. """
    namespace: None | str = None
    """ Namespace of the function, if any. """
    caller: BetaDirectToolCallCallerParam | BetaProgramToolCallCallerParam | None = None
    """ Who issued the tool call. """
    status: BetaFunctionCallItemStatus | None = None
    """ Progress state. """
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
            (
                "type_",
                "type",
                REQUIRED,
                check_beta_function_call_output_item_param_type,
            ),
            (
                "output",
                "output",
                REQUIRED,
                one_of(
                    str,
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
                                "beta_input_file_content_param",
                                "BetaInputFileContentParam",
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
                one_of(member("beta_agent_tag_param", "BetaAgentTagParam"), None),
            ),
            ("id", "id", OPTIONAL_OR_NULL, one_of(str, None)),
            ("call_id", "call_id", OPTIONAL_OR_NULL, one_of(str, None)),
            ("name", "name", OPTIONAL_OR_NULL, one_of(str, None)),
            ("namespace", "namespace", OPTIONAL_OR_NULL, one_of(str, None)),
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
            (
                "status",
                "status",
                OPTIONAL_OR_NULL,
                one_of(check_beta_function_call_item_status, None),
            ),
        )
