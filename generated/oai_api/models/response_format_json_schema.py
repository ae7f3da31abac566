from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.response_format_json_schema_type import (
    ResponseFormatJsonSchemaType,
    check_response_format_json_schema_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.response_format_json_schema_json_schema import (
        ResponseFormatJsonSchemaJsonSchema,
    )


@_attrs_define(repr=False)
class ResponseFormatJsonSchema(_OpenModel):
    """Output that follows a given JSON Schema."""

    type_: ResponseFormatJsonSchemaType
    """ Format kind. """
    json_schema: ResponseFormatJsonSchemaJsonSchema
    """ The schema and its settings. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("json_schema", "type")
    _tags = {"type": ("json_schema",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.response_format_json_schema_json_schema import (
            ResponseFormatJsonSchemaJsonSchema,
        )

        return fields(
            ("type_", "type", REQUIRED, check_response_format_json_schema_type),
            (
                "json_schema",
                "json_schema",
                REQUIRED,
                ResponseFormatJsonSchemaJsonSchema,
            ),
        )
