from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.grader_python_type import GraderPythonType, check_grader_python_type

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class EvalGraderPython(_OpenModel):
    """A Python grader used as an eval testing criterion, with an optional pass threshold."""

    type_: GraderPythonType
    """ Always `python` for this grader. """
    name: str
    """ Name identifying this grader in results. """
    source: str
    """ Python code of the grading script. """
    image_tag: str | None = None
    """ Tag of the container image the script runs in. """
    pass_threshold: float | None = None
    """ Score at or above which an item counts as passing. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("image_tag", "name", "pass_threshold", "source", "type")
    _tags = {"type": ("python",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_grader_python_type),
            ("name", "name", REQUIRED, None),
            ("source", "source", REQUIRED, None),
            ("image_tag", "image_tag", OPTIONAL, None),
            ("pass_threshold", "pass_threshold", OPTIONAL, None),
        )
