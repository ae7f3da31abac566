from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_verbosity_type_0 import (
    BetaVerbosityType0,
    check_beta_verbosity_type_0,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_response_format_json_object import BetaResponseFormatJsonObject
    from ..models.beta_response_format_text import BetaResponseFormatText
    from ..models.beta_text_response_format_json_schema import (
        BetaTextResponseFormatJsonSchema,
    )


@_attrs_define(repr=False)
class BetaResponseTextParam(_OpenModel):
    """Text output settings: the format (plain text or JSON, optionally schema-bound) and verbosity."""

    format_: (
        BetaResponseFormatJsonObject
        | BetaResponseFormatText
        | BetaTextResponseFormatJsonSchema
        | None
    ) = None
    """ Output format: `text` (default), `json_schema` (Structured Outputs, schema enforced) or legacy
    `json_object`. """
    verbosity: BetaVerbosityType0 | None = None
    """ How wordy the answer is: `low`, `medium` (default) or `high`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("format", "verbosity")

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "format_",
                "format",
                OPTIONAL,
                one_of(
                    member(
                        "beta_response_format_text",
                        "BetaResponseFormatText",
                        ("type", "text"),
                    ),
                    member(
                        "beta_text_response_format_json_schema",
                        "BetaTextResponseFormatJsonSchema",
                        ("type", "json_schema"),
                    ),
                    member(
                        "beta_response_format_json_object",
                        "BetaResponseFormatJsonObject",
                        ("type", "json_object"),
                    ),
                ),
            ),
            (
                "verbosity",
                "verbosity",
                OPTIONAL_OR_NULL,
                one_of(check_beta_verbosity_type_0, None),
            ),
        )
