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

if TYPE_CHECKING:
    from .._model import Table
    from ..models.response_format_json_schema_schema import (
        ResponseFormatJsonSchemaSchema,
    )


@_attrs_define(repr=False)
class ResponseFormatJsonSchemaJsonSchema(_OpenModel):
    """The schema and its settings."""

    name: str
    """ Format name (letters, digits, _ and -; max 64). """
    description: str | None = None
    """ What the format is for, for the model. """
    schema: ResponseFormatJsonSchemaSchema | None = None
    """ The JSON Schema the output must follow. """
    strict: bool | None = None
    """ Enforce the schema exactly. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("description", "name", "schema", "strict")

    @staticmethod
    def _fields() -> Table:
        from ..models.response_format_json_schema_schema import (
            ResponseFormatJsonSchemaSchema,
        )

        return fields(
            ("name", "name", REQUIRED, None),
            ("description", "description", OPTIONAL, None),
            ("schema", "schema", OPTIONAL, ResponseFormatJsonSchemaSchema),
            ("strict", "strict", OPTIONAL_OR_NULL, one_of(bool, None)),
        )
