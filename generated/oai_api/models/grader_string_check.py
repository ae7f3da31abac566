from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.grader_string_check_operation import (
    GraderStringCheckOperation,
    check_grader_string_check_operation,
)
from ..models.grader_string_check_type import (
    GraderStringCheckType,
    check_grader_string_check_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class GraderStringCheck(_OpenModel):
    """Grader that compares an input string with a reference string using `eq`, `ne`, `like` or `ilike`."""

    type_: GraderStringCheckType
    """ Always `string_check` for this grader. """
    name: str
    """ Name identifying this grader in results. """
    input_: str
    """ Text to check; template strings are allowed. """
    reference: str
    """ Text to compare against; template strings are allowed. """
    operation: GraderStringCheckOperation
    """ Comparison to apply: `eq` (equal), `ne` (not equal), `like` (pattern match) or `ilike` (case-insensitive
    pattern match). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("input", "name", "operation", "reference", "type")
    _tags = {"type": ("string_check",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_grader_string_check_type),
            ("name", "name", REQUIRED, None),
            ("input_", "input", REQUIRED, None),
            ("reference", "reference", REQUIRED, None),
            ("operation", "operation", REQUIRED, check_grader_string_check_operation),
        )
