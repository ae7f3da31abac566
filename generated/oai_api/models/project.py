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
from ..models.project_object import ProjectObject, check_project_object
from ..models.public_project_residency import (
    PublicProjectResidency,
    check_public_project_residency,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class Project(_OpenModel):
    """A project of the organization: its name, status, creation and archive times, and data residency."""

    id: str

    object_: ProjectObject

    created_at: int

    name: None | str = None

    archived_at: int | None = None

    status: None | str = None

    external_key_id: None | str = None

    residency: PublicProjectResidency | None = None
    """ Where a project's data is stored and processed: `GLOBAL` or a regional option such as
    `EU_STORAGE_PROCESSING` or `JP_STORAGE`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "archived_at",
        "created_at",
        "external_key_id",
        "id",
        "name",
        "object",
        "residency",
        "status",
    )
    _tags = {"object": ("organization.project",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            ("object_", "object", REQUIRED, check_project_object),
            ("created_at", "created_at", REQUIRED, None),
            ("name", "name", OPTIONAL_OR_NULL, one_of(str, None)),
            ("archived_at", "archived_at", OPTIONAL_OR_NULL, one_of(int, None)),
            ("status", "status", OPTIONAL_OR_NULL, one_of(str, None)),
            ("external_key_id", "external_key_id", OPTIONAL_OR_NULL, one_of(str, None)),
            ("residency", "residency", OPTIONAL, check_public_project_residency),
        )
