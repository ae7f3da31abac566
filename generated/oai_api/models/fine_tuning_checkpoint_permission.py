from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.fine_tuning_checkpoint_permission_object import (
    FineTuningCheckpointPermissionObject,
    check_fine_tuning_checkpoint_permission_object,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class FineTuningCheckpointPermission(_OpenModel):
    """A grant that lets one project use a fine-tuned model checkpoint."""

    id: str

    created_at: int

    project_id: str

    object_: FineTuningCheckpointPermissionObject

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("created_at", "id", "object", "project_id")
    _tags = {"object": ("checkpoint.permission",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            ("created_at", "created_at", REQUIRED, None),
            ("project_id", "project_id", REQUIRED, None),
            (
                "object_",
                "object",
                REQUIRED,
                check_fine_tuning_checkpoint_permission_object,
            ),
        )
