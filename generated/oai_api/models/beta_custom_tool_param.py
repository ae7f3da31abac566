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
from ..models.beta_callable_tool_allowed_caller import (
    BetaCallableToolAllowedCaller,
    check_beta_callable_tool_allowed_caller,
)
from ..models.beta_custom_tool_param_type import (
    BetaCustomToolParamType,
    check_beta_custom_tool_param_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_custom_grammar_format_param import BetaCustomGrammarFormatParam
    from ..models.beta_custom_text_format_param import BetaCustomTextFormatParam


@_attrs_define(repr=False)
class BetaCustomToolParam(_OpenModel):
    """A tool that takes free-form text input, optionally constrained by a grammar."""

    type_: BetaCustomToolParamType
    """ Fixed tag `custom`. """
    name: str
    """ Name of the tool. """
    description: str | None = None
    """ What the tool does. """
    format_: BetaCustomGrammarFormatParam | BetaCustomTextFormatParam | None = None
    """ Input format: free text or a grammar. """
    defer_loading: bool | None = None
    """ Load the tool only when tool search finds it. """
    allowed_callers: list[BetaCallableToolAllowedCaller] | None = None
    """ Who may call the tool: the model directly, programs it writes, or both. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "allowed_callers",
        "defer_loading",
        "description",
        "format",
        "name",
        "type",
    )
    _tags = {"type": ("custom",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_custom_tool_param_type),
            ("name", "name", REQUIRED, None),
            ("description", "description", OPTIONAL, None),
            (
                "format_",
                "format",
                OPTIONAL,
                one_of(
                    member(
                        "beta_custom_text_format_param",
                        "BetaCustomTextFormatParam",
                        ("type", "text"),
                    ),
                    member(
                        "beta_custom_grammar_format_param",
                        "BetaCustomGrammarFormatParam",
                        ("type", "grammar"),
                    ),
                ),
            ),
            ("defer_loading", "defer_loading", OPTIONAL, None),
            (
                "allowed_callers",
                "allowed_callers",
                OPTIONAL_OR_NULL,
                one_of(list_of(check_beta_callable_tool_allowed_caller), None),
            ),
        )
