from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_api_key_object import (
    ProjectApiKeyObject,
    check_project_api_key_object,
)
from ..models.project_api_key_owner_project_access import (
    ProjectApiKeyOwnerProjectAccess,
    check_project_api_key_owner_project_access,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.project_api_key_owner import ProjectApiKeyOwner


T = TypeVar("T", bound="ProjectApiKey")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, ProjectApiKeyOwner
    from ..models.project_api_key_owner import ProjectApiKeyOwner

    _models_bound = True


@_attrs_define
class ProjectApiKey:
    """A project API key with its redacted value, owner and last use."""

    object_: ProjectApiKeyObject
    redacted_value: str
    name: str
    created_at: int
    last_used_at: int | None
    id: str
    owner_project_access: ProjectApiKeyOwnerProjectAccess
    owner: ProjectApiKeyOwner
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" not in self._none_flips
            else UNSET
        )

        if _v_object_ is None or isinstance(_v_object_, Unset):
            object_ = _v_object_
        else:
            object_: str = _v_object_

        _v_redacted_value = (
            self.redacted_value
            if self.redacted_value is not None
            or "redacted_value" not in self._none_flips
            else UNSET
        )

        redacted_value = _v_redacted_value

        _v_name = (
            self.name
            if self.name is not None or "name" not in self._none_flips
            else UNSET
        )

        name = _v_name

        _v_created_at = (
            self.created_at
            if self.created_at is not None or "created_at" not in self._none_flips
            else UNSET
        )

        created_at = _v_created_at

        _v_last_used_at = (
            self.last_used_at
            if self.last_used_at is not None or "last_used_at" not in self._none_flips
            else UNSET
        )

        if _v_last_used_at is None or isinstance(_v_last_used_at, Unset):
            last_used_at = _v_last_used_at
        else:
            last_used_at: int | None
            last_used_at = _v_last_used_at

        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_owner_project_access = (
            self.owner_project_access
            if self.owner_project_access is not None
            or "owner_project_access" not in self._none_flips
            else UNSET
        )

        if _v_owner_project_access is None or isinstance(
            _v_owner_project_access, Unset
        ):
            owner_project_access = _v_owner_project_access
        else:
            owner_project_access: str = _v_owner_project_access

        _v_owner = (
            self.owner
            if self.owner is not None or "owner" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_owner, ProjectApiKeyOwner):
            owner = _v_owner
        else:
            owner = _v_owner.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "object": object_,
                    "redacted_value": redacted_value,
                    "name": name,
                    "created_at": created_at,
                    "last_used_at": last_used_at,
                    "id": id,
                    "owner_project_access": owner_project_access,
                    "owner": owner,
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
        _object__raw = d.pop("object", UNSET)
        if _object__raw is None or isinstance(_object__raw, Unset):
            if strict_parsing.get():
                raise KeyError("object")

            if _object__raw is UNSET:
                _none_flips += ("object_",)
            object_ = None

        else:
            try:
                object_ = check_project_api_key_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        redacted_value = d.pop("redacted_value", UNSET)
        if (
            redacted_value is None or isinstance(redacted_value, Unset)
        ) and strict_parsing.get():
            raise KeyError("redacted_value")

        if redacted_value is None or redacted_value is UNSET:
            if redacted_value is UNSET:
                _none_flips += ("redacted_value",)
            redacted_value = None

        name = d.pop("name", UNSET)
        if (name is None or isinstance(name, Unset)) and strict_parsing.get():
            raise KeyError("name")

        if name is None or name is UNSET:
            if name is UNSET:
                _none_flips += ("name",)
            name = None

        created_at = d.pop("created_at", UNSET)
        if (
            created_at is None or isinstance(created_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("created_at")

        if created_at is None or created_at is UNSET:
            if created_at is UNSET:
                _none_flips += ("created_at",)
            created_at = None

        _last_used_at_raw = d.pop("last_used_at", UNSET)
        if _last_used_at_raw is None or isinstance(_last_used_at_raw, Unset):
            if isinstance(_last_used_at_raw, Unset) and strict_parsing.get():
                raise KeyError("last_used_at")

            if _last_used_at_raw is UNSET:
                _none_flips += ("last_used_at",)
            last_used_at = None

        else:
            try:

                def _parse_last_used_at(data: object) -> int | None:
                    if data is None:
                        return data

                    return cast(int | None, data)

                last_used_at = _parse_last_used_at(_last_used_at_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                last_used_at = _last_used_at_raw

        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        _owner_project_access_raw = d.pop("owner_project_access", UNSET)
        if _owner_project_access_raw is None or isinstance(
            _owner_project_access_raw, Unset
        ):
            if strict_parsing.get():
                raise KeyError("owner_project_access")

            if _owner_project_access_raw is UNSET:
                _none_flips += ("owner_project_access",)
            owner_project_access = None

        else:
            try:
                owner_project_access = check_project_api_key_owner_project_access(
                    _owner_project_access_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                owner_project_access = _owner_project_access_raw

        _owner_raw = d.pop("owner", UNSET)
        if _owner_raw is None or isinstance(_owner_raw, Unset):
            if strict_parsing.get():
                raise KeyError("owner")

            if _owner_raw is UNSET:
                _none_flips += ("owner",)
            owner = None

        else:
            try:
                owner = ProjectApiKeyOwner.from_dict(_owner_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                owner = _owner_raw

        project_api_key = cls(
            object_=object_,
            redacted_value=redacted_value,
            name=name,
            created_at=created_at,
            last_used_at=last_used_at,
            id=id,
            owner_project_access=owner_project_access,
            owner=owner,
        )
        if _none_flips:
            project_api_key._none_flips = _none_flips

        project_api_key.additional_properties = d
        return project_api_key

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
