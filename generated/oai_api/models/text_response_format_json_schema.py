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
from ..models.text_response_format_json_schema_type import (
    TextResponseFormatJsonSchemaType,
    check_text_response_format_json_schema_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.response_format_json_schema_schema import (
        ResponseFormatJsonSchemaSchema,
    )


@_attrs_define(repr=False)
class TextResponseFormatJsonSchema(_OpenModel):
    """Ask for output that matches a JSON schema (Structured Outputs)."""

    type_: TextResponseFormatJsonSchemaType
    """ Fixed tag `json_schema`. """
    name: str
    """ Name of the format (letters, digits, _ and -, at most 64). """
    schema: ResponseFormatJsonSchemaSchema
    """ The JSON Schema the output must follow. """
    description: str | None = None
    """ What the output is for; helps the model. """
    strict: bool | None = None
    """ Enforce the schema exactly (a subset of JSON Schema is supported). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("description", "name", "schema", "strict", "type")
    _tags = {"type": ("json_schema",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.response_format_json_schema_schema import (
            ResponseFormatJsonSchemaSchema,
        )

        return fields(
            ("type_", "type", REQUIRED, check_text_response_format_json_schema_type),
            ("name", "name", REQUIRED, None),
            ("schema", "schema", REQUIRED, ResponseFormatJsonSchemaSchema),
            ("description", "description", OPTIONAL, None),
            ("strict", "strict", OPTIONAL_OR_NULL, one_of(bool, None)),
        )
