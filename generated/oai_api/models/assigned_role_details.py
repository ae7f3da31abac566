from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.assigned_role_details_assignment_sources_type_0_item import (
        AssignedRoleDetailsAssignmentSourcesType0Item,
    )
    from ..models.assigned_role_details_created_by_user_obj_type_0 import (
        AssignedRoleDetailsCreatedByUserObjType0,
    )
    from ..models.assigned_role_details_metadata_type_0 import (
        AssignedRoleDetailsMetadataType0,
    )


@_attrs_define(repr=False)
class AssignedRoleDetails(_OpenModel):
    """A role as held by a principal: its permissions, who created it, metadata and where the assignment comes from."""

    id: str

    name: str

    permissions: list[str]

    resource_type: str

    predefined_role: bool

    description: None | str

    created_at: int | None

    updated_at: int | None

    created_by: None | str

    created_by_user_obj: AssignedRoleDetailsCreatedByUserObjType0 | None

    metadata: AssignedRoleDetailsMetadataType0 | None

    assignment_sources: list[AssignedRoleDetailsAssignmentSourcesType0Item] | None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "assignment_sources",
        "created_at",
        "created_by",
        "created_by_user_obj",
        "description",
        "id",
        "metadata",
        "name",
        "permissions",
        "predefined_role",
        "resource_type",
        "updated_at",
    )

    @staticmethod
    def _fields() -> Table:
        from ..models.assigned_role_details_assignment_sources_type_0_item import (
            AssignedRoleDetailsAssignmentSourcesType0Item,
        )

        return fields(
            ("id", "id", REQUIRED, None),
            ("name", "name", REQUIRED, None),
            ("permissions", "permissions", REQUIRED, list_of(None)),
            ("resource_type", "resource_type", REQUIRED, None),
            ("predefined_role", "predefined_role", REQUIRED, None),
            ("description", "description", REQUIRED_OR_NULL, one_of(str, None)),
            ("created_at", "created_at", REQUIRED_OR_NULL, one_of(int, None)),
            ("updated_at", "updated_at", REQUIRED_OR_NULL, one_of(int, None)),
            ("created_by", "created_by", REQUIRED_OR_NULL, one_of(str, None)),
            (
                "created_by_user_obj",
                "created_by_user_obj",
                REQUIRED_OR_NULL,
                one_of(
                    member(
                        "assigned_role_details_created_by_user_obj_type_0",
                        "AssignedRoleDetailsCreatedByUserObjType0",
                    ),
                    None,
                ),
            ),
            (
                "metadata",
                "metadata",
                REQUIRED_OR_NULL,
                one_of(
                    member(
                        "assigned_role_details_metadata_type_0",
                        "AssignedRoleDetailsMetadataType0",
                    ),
                    None,
                ),
            ),
            (
                "assignment_sources",
                "assignment_sources",
                REQUIRED_OR_NULL,
                one_of(list_of(AssignedRoleDetailsAssignmentSourcesType0Item), None),
            ),
        )
