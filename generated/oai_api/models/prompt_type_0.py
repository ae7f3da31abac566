from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.response_prompt_variables_type_0 import ResponsePromptVariablesType0


@_attrs_define(repr=False)
class PromptType0(_OpenModel):
    id: str
    """ ID of the prompt template. """
    version: None | str = None
    """ Version of the template; the current one when omitted. """
    variables: None | ResponsePromptVariablesType0 = None
    """ Values substituted into a prompt template, by variable name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("id", "variables", "version")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            ("version", "version", OPTIONAL_OR_NULL, one_of(str, None)),
            (
                "variables",
                "variables",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "response_prompt_variables_type_0",
                        "ResponsePromptVariablesType0",
                    ),
                    None,
                ),
            ),
        )
