from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_text_response_format_json_schema_type import (
    BetaTextResponseFormatJsonSchemaType,
    check_beta_text_response_format_json_schema_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_response_format_json_schema_schema import (
        BetaResponseFormatJsonSchemaSchema,
    )


@_attrs_define(repr=False)
class BetaTextResponseFormatJsonSchema(_OpenModel):
    """Structured Outputs format: the model's JSON output follows the schema you supply."""

    type_: BetaTextResponseFormatJsonSchemaType
    """ Fixed tag `json_schema`. """
    name: str
    """ Format name: letters, digits, underscores and dashes, up to 64 characters. """
    schema: BetaResponseFormatJsonSchemaSchema
    """ JSON Schema object the model's output must conform to. """
    description: str | None = None
    """ What the format is for; helps the model decide how to fill it. """
    strict: bool | None = None
    """ If true, output follows the schema exactly (only a subset of JSON Schema allowed); default false. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("description", "name", "schema", "strict", "type")
    _tags = {"type": ("json_schema",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_response_format_json_schema_schema import (
            BetaResponseFormatJsonSchemaSchema,
        )

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_beta_text_response_format_json_schema_type,
            ),
            ("name", "name", REQUIRED, None),
            ("schema", "schema", REQUIRED, BetaResponseFormatJsonSchemaSchema),
            ("description", "description", OPTIONAL, None),
            ("strict", "strict", OPTIONAL_OR_NULL, one_of(bool, None)),
        )
