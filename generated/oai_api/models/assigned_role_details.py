from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.assigned_role_details_assignment_sources_type_0_item import (
        AssignedRoleDetailsAssignmentSourcesType0Item,
    )
    from ..models.assigned_role_details_created_by_user_obj_type_0 import (
        AssignedRoleDetailsCreatedByUserObjType0,
    )
    from ..models.assigned_role_details_metadata_type_0 import (
        AssignedRoleDetailsMetadataType0,
    )


T = TypeVar("T", bound="AssignedRoleDetails")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        AssignedRoleDetailsAssignmentSourcesType0Item, \
        AssignedRoleDetailsCreatedByUserObjType0, \
        AssignedRoleDetailsMetadataType0
    from ..models.assigned_role_details_assignment_sources_type_0_item import (
        AssignedRoleDetailsAssignmentSourcesType0Item,
    )
    from ..models.assigned_role_details_created_by_user_obj_type_0 import (
        AssignedRoleDetailsCreatedByUserObjType0,
    )
    from ..models.assigned_role_details_metadata_type_0 import (
        AssignedRoleDetailsMetadataType0,
    )

    _models_bound = True


@_attrs_define
class AssignedRoleDetails:
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
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_name = (
            self.name
            if self.name is not None or "name" not in self._none_flips
            else UNSET
        )

        name = _v_name

        _v_permissions = (
            self.permissions
            if self.permissions is not None or "permissions" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_permissions, list):
            permissions = _v_permissions
        else:
            permissions = _v_permissions

        _v_resource_type = (
            self.resource_type
            if self.resource_type is not None or "resource_type" not in self._none_flips
            else UNSET
        )

        resource_type = _v_resource_type

        _v_predefined_role = (
            self.predefined_role
            if self.predefined_role is not None
            or "predefined_role" not in self._none_flips
            else UNSET
        )

        predefined_role = _v_predefined_role

        _v_description = (
            self.description
            if self.description is not None or "description" not in self._none_flips
            else UNSET
        )

        if _v_description is None or isinstance(_v_description, Unset):
            description = _v_description
        else:
            description: None | str
            description = _v_description

        _v_created_at = (
            self.created_at
            if self.created_at is not None or "created_at" not in self._none_flips
            else UNSET
        )

        if _v_created_at is None or isinstance(_v_created_at, Unset):
            created_at = _v_created_at
        else:
            created_at: int | None
            created_at = _v_created_at

        _v_updated_at = (
            self.updated_at
            if self.updated_at is not None or "updated_at" not in self._none_flips
            else UNSET
        )

        if _v_updated_at is None or isinstance(_v_updated_at, Unset):
            updated_at = _v_updated_at
        else:
            updated_at: int | None
            updated_at = _v_updated_at

        _v_created_by = (
            self.created_by
            if self.created_by is not None or "created_by" not in self._none_flips
            else UNSET
        )

        if _v_created_by is None or isinstance(_v_created_by, Unset):
            created_by = _v_created_by
        else:
            created_by: None | str
            created_by = _v_created_by

        _v_created_by_user_obj = (
            self.created_by_user_obj
            if self.created_by_user_obj is not None
            or "created_by_user_obj" not in self._none_flips
            else UNSET
        )

        if _v_created_by_user_obj is None or isinstance(_v_created_by_user_obj, Unset):
            created_by_user_obj = _v_created_by_user_obj
        else:
            created_by_user_obj: dict[str, Any] | None
            if isinstance(
                _v_created_by_user_obj, AssignedRoleDetailsCreatedByUserObjType0
            ):
                created_by_user_obj = _v_created_by_user_obj.to_dict()
            else:
                created_by_user_obj = _v_created_by_user_obj

        _v_metadata = (
            self.metadata
            if self.metadata is not None or "metadata" not in self._none_flips
            else UNSET
        )

        if _v_metadata is None or isinstance(_v_metadata, Unset):
            metadata = _v_metadata
        else:
            metadata: dict[str, Any] | None
            if isinstance(_v_metadata, AssignedRoleDetailsMetadataType0):
                metadata = _v_metadata.to_dict()
            else:
                metadata = _v_metadata

        _v_assignment_sources = (
            self.assignment_sources
            if self.assignment_sources is not None
            or "assignment_sources" not in self._none_flips
            else UNSET
        )

        if _v_assignment_sources is None or isinstance(_v_assignment_sources, Unset):
            assignment_sources = _v_assignment_sources
        else:
            assignment_sources: list[dict[str, Any]] | None
            if isinstance(_v_assignment_sources, list):
                assignment_sources = []
                for assignment_sources_type_0_item_data in _v_assignment_sources:
                    if not isinstance(
                        assignment_sources_type_0_item_data,
                        AssignedRoleDetailsAssignmentSourcesType0Item,
                    ):
                        assignment_sources.append(assignment_sources_type_0_item_data)
                        continue
                    assignment_sources_type_0_item = (
                        assignment_sources_type_0_item_data.to_dict()
                    )
                    assignment_sources.append(assignment_sources_type_0_item)

            else:
                assignment_sources = _v_assignment_sources

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "name": name,
                    "permissions": permissions,
                    "resource_type": resource_type,
                    "predefined_role": predefined_role,
                    "description": description,
                    "created_at": created_at,
                    "updated_at": updated_at,
                    "created_by": created_by,
                    "created_by_user_obj": created_by_user_obj,
                    "metadata": metadata,
                    "assignment_sources": assignment_sources,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        name = d.pop("name", UNSET)
        if (name is None or isinstance(name, Unset)) and strict_parsing.get():
            raise KeyError("name")

        if name is None or name is UNSET:
            if name is UNSET:
                _none_flips += ("name",)
            name = None

        _permissions_raw = d.pop("permissions", UNSET)
        if _permissions_raw is None or isinstance(_permissions_raw, Unset):
            if strict_parsing.get():
                raise KeyError("permissions")

            if _permissions_raw is UNSET:
                _none_flips += ("permissions",)
            permissions = None

        else:
            try:
                permissions = cast(list[str], _permissions_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                permissions = _permissions_raw

        resource_type = d.pop("resource_type", UNSET)
        if (
            resource_type is None or isinstance(resource_type, Unset)
        ) and strict_parsing.get():
            raise KeyError("resource_type")

        if resource_type is None or resource_type is UNSET:
            if resource_type is UNSET:
                _none_flips += ("resource_type",)
            resource_type = None

        predefined_role = d.pop("predefined_role", UNSET)
        if (
            predefined_role is None or isinstance(predefined_role, Unset)
        ) and strict_parsing.get():
            raise KeyError("predefined_role")

        if predefined_role is None or predefined_role is UNSET:
            if predefined_role is UNSET:
                _none_flips += ("predefined_role",)
            predefined_role = None

        _description_raw = d.pop("description", UNSET)
        if _description_raw is None or isinstance(_description_raw, Unset):
            if isinstance(_description_raw, Unset) and strict_parsing.get():
                raise KeyError("description")

            if _description_raw is UNSET:
                _none_flips += ("description",)
            description = None

        else:
            try:

                def _parse_description(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                description = _parse_description(_description_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                description = _description_raw

        _created_at_raw = d.pop("created_at", UNSET)
        if _created_at_raw is None or isinstance(_created_at_raw, Unset):
            if isinstance(_created_at_raw, Unset) and strict_parsing.get():
                raise KeyError("created_at")

            if _created_at_raw is UNSET:
                _none_flips += ("created_at",)
            created_at = None

        else:
            try:

                def _parse_created_at(data: object) -> int | None:
                    if data is None:
                        return data

                    return cast(int | None, data)

                created_at = _parse_created_at(_created_at_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                created_at = _created_at_raw

        _updated_at_raw = d.pop("updated_at", UNSET)
        if _updated_at_raw is None or isinstance(_updated_at_raw, Unset):
            if isinstance(_updated_at_raw, Unset) and strict_parsing.get():
                raise KeyError("updated_at")

            if _updated_at_raw is UNSET:
                _none_flips += ("updated_at",)
            updated_at = None

        else:
            try:

                def _parse_updated_at(data: object) -> int | None:
                    if data is None:
                        return data

                    return cast(int | None, data)

                updated_at = _parse_updated_at(_updated_at_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                updated_at = _updated_at_raw

        _created_by_raw = d.pop("created_by", UNSET)
        if _created_by_raw is None or isinstance(_created_by_raw, Unset):
            if isinstance(_created_by_raw, Unset) and strict_parsing.get():
                raise KeyError("created_by")

            if _created_by_raw is UNSET:
                _none_flips += ("created_by",)
            created_by = None

        else:
            try:

                def _parse_created_by(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                created_by = _parse_created_by(_created_by_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                created_by = _created_by_raw

        _created_by_user_obj_raw = d.pop("created_by_user_obj", UNSET)
        if _created_by_user_obj_raw is None or isinstance(
            _created_by_user_obj_raw, Unset
        ):
            if isinstance(_created_by_user_obj_raw, Unset) and strict_parsing.get():
                raise KeyError("created_by_user_obj")

            if _created_by_user_obj_raw is UNSET:
                _none_flips += ("created_by_user_obj",)
            created_by_user_obj = None

        else:
            try:

                def _parse_created_by_user_obj(
                    data: object,
                ) -> AssignedRoleDetailsCreatedByUserObjType0 | None:
                    if data is None:
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        created_by_user_obj_type_0 = (
                            AssignedRoleDetailsCreatedByUserObjType0.from_dict(data)
                        )

                        return created_by_user_obj_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(AssignedRoleDetailsCreatedByUserObjType0 | None, data)

                created_by_user_obj = _parse_created_by_user_obj(
                    _created_by_user_obj_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                created_by_user_obj = _created_by_user_obj_raw

        _metadata_raw = d.pop("metadata", UNSET)
        if _metadata_raw is None or isinstance(_metadata_raw, Unset):
            if isinstance(_metadata_raw, Unset) and strict_parsing.get():
                raise KeyError("metadata")

            if _metadata_raw is UNSET:
                _none_flips += ("metadata",)
            metadata = None

        else:
            try:

                def _parse_metadata(
                    data: object,
                ) -> AssignedRoleDetailsMetadataType0 | None:
                    if data is None:
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        metadata_type_0 = AssignedRoleDetailsMetadataType0.from_dict(
                            data
                        )

                        return metadata_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(AssignedRoleDetailsMetadataType0 | None, data)

                metadata = _parse_metadata(_metadata_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                metadata = _metadata_raw

        _assignment_sources_raw = d.pop("assignment_sources", UNSET)
        if _assignment_sources_raw is None or isinstance(
            _assignment_sources_raw, Unset
        ):
            if isinstance(_assignment_sources_raw, Unset) and strict_parsing.get():
                raise KeyError("assignment_sources")

            if _assignment_sources_raw is UNSET:
                _none_flips += ("assignment_sources",)
            assignment_sources = None

        else:
            try:

                def _parse_assignment_sources(
                    data: object,
                ) -> list[AssignedRoleDetailsAssignmentSourcesType0Item] | None:
                    if data is None:
                        return data

                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        assignment_sources_type_0 = []
                        _assignment_sources_type_0 = data
                        if not isinstance(_assignment_sources_type_0, list):
                            raise TypeError()
                        for (
                            assignment_sources_type_0_item_data
                        ) in _assignment_sources_type_0:
                            assignment_sources_type_0_item = (
                                AssignedRoleDetailsAssignmentSourcesType0Item.from_dict(
                                    assignment_sources_type_0_item_data
                                )
                            )

                            assignment_sources_type_0.append(
                                assignment_sources_type_0_item
                            )

                        return assignment_sources_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        list[AssignedRoleDetailsAssignmentSourcesType0Item] | None, data
                    )

                assignment_sources = _parse_assignment_sources(_assignment_sources_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                assignment_sources = _assignment_sources_raw

        assigned_role_details = cls(
            id=id,
            name=name,
            permissions=permissions,
            resource_type=resource_type,
            predefined_role=predefined_role,
            description=description,
            created_at=created_at,
            updated_at=updated_at,
            created_by=created_by,
            created_by_user_obj=created_by_user_obj,
            metadata=metadata,
            assignment_sources=assignment_sources,
        )
        if _none_flips:
            assigned_role_details._none_flips = _none_flips

        assigned_role_details.additional_properties = d
        return assigned_role_details

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
