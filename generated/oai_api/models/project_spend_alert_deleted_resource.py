from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.project_spend_alert_deleted_resource_object import (
    ProjectSpendAlertDeletedResourceObject,
    check_project_spend_alert_deleted_resource_object,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ProjectSpendAlertDeletedResource(_OpenModel):
    """Result of deleting a project spend alert: its ID and a `deleted` flag."""

    id: str

    object_: ProjectSpendAlertDeletedResourceObject

    deleted: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("deleted", "id", "object")
    _tags = {"object": ("project.spend_alert.deleted",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            (
                "object_",
                "object",
                REQUIRED,
                check_project_spend_alert_deleted_resource_object,
            ),
            ("deleted", "deleted", REQUIRED, None),
        )
