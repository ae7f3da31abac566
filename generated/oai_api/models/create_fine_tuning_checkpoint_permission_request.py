from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    DROP,
    REQUIRED,
    fields,
    list_of,
)
from .._model import Model as _Model

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class CreateFineTuningCheckpointPermissionRequest(_Model):
    """Which projects to share a fine-tuned checkpoint with."""

    project_ids: list[str]
    """ IDs of the projects that gain access to the checkpoint. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("project_ids",)

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("project_ids", "project_ids", REQUIRED, list_of(None)),
            extra=DROP,
            strict=True,
        )
