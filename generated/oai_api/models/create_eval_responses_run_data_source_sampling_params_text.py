from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_text import ResponseFormatText
    from ..models.text_response_format_json_schema import TextResponseFormatJsonSchema


@_attrs_define(repr=False)
class CreateEvalResponsesRunDataSourceSamplingParamsText(_OpenModel):
    """Text output settings, e.g. whether the model answers in plain text or JSON that follows a schema."""

    format_: (
        ResponseFormatJsonObject
        | ResponseFormatText
        | TextResponseFormatJsonSchema
        | None
    ) = None
    """ Format of the text output, told apart by `type`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("format",)

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "format_",
                "format",
                OPTIONAL,
                one_of(
                    member(
                        "response_format_text", "ResponseFormatText", ("type", "text")
                    ),
                    member(
                        "text_response_format_json_schema",
                        "TextResponseFormatJsonSchema",
                        ("type", "json_schema"),
                    ),
                    member(
                        "response_format_json_object",
                        "ResponseFormatJsonObject",
                        ("type", "json_object"),
                    ),
                ),
            ),
        )
