from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.delete_fine_tuning_checkpoint_permission_response_object import (
    DeleteFineTuningCheckpointPermissionResponseObject,
    check_delete_fine_tuning_checkpoint_permission_response_object,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class DeleteFineTuningCheckpointPermissionResponse(_OpenModel):
    """Result of revoking a checkpoint permission: its ID and a `deleted` flag."""

    id: str

    object_: DeleteFineTuningCheckpointPermissionResponseObject

    deleted: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("deleted", "id", "object")
    _tags = {"object": ("checkpoint.permission",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            (
                "object_",
                "object",
                REQUIRED,
                check_delete_fine_tuning_checkpoint_permission_response_object,
            ),
            ("deleted", "deleted", REQUIRED, None),
        )
