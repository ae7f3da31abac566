from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    FILE,
    OPTIONAL,
    REQUIRED,
    fields,
    list_of,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..types import File

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class CreateSkillVersionBody(_OpenModel):
    """Body for a skill version upload; once stored, a version cannot be edited."""

    files: File | list[File]
    """ The version's files (up to 500, as a directory upload) or a single zip archive. """
    default: bool | None = None
    """ Make the uploaded version the one used by default. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("default", "files")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("files", "files", REQUIRED, one_of(list_of(FILE), FILE)),
            ("default", "default", OPTIONAL, None),
            strict=True,
        )
