from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_service_account_create_response_object import (
    ProjectServiceAccountCreateResponseObject,
    check_project_service_account_create_response_object,
)
from ..models.project_service_account_create_response_role import (
    ProjectServiceAccountCreateResponseRole,
    check_project_service_account_create_response_role,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.project_service_account_api_key import ProjectServiceAccountApiKey


T = TypeVar("T", bound="ProjectServiceAccountCreateResponse")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, ProjectServiceAccountApiKey
    from ..models.project_service_account_api_key import ProjectServiceAccountApiKey

    _models_bound = True


@_attrs_define
class ProjectServiceAccountCreateResponse:
    """A newly created service account, with its unredacted API key if one was issued."""

    object_: ProjectServiceAccountCreateResponseObject
    id: str
    name: str
    role: ProjectServiceAccountCreateResponseRole
    created_at: int
    api_key: None | ProjectServiceAccountApiKey
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

        _v_role = (
            self.role
            if self.role is not None or "role" not in self._none_flips
            else UNSET
        )

        if _v_role is None or isinstance(_v_role, Unset):
            role = _v_role
        else:
            role: str = _v_role

        _v_created_at = (
            self.created_at
            if self.created_at is not None or "created_at" not in self._none_flips
            else UNSET
        )

        created_at = _v_created_at

        _v_api_key = (
            self.api_key
            if self.api_key is not None or "api_key" not in self._none_flips
            else UNSET
        )

        if _v_api_key is None or isinstance(_v_api_key, Unset):
            api_key = _v_api_key
        else:
            api_key: dict[str, Any] | None
            if isinstance(_v_api_key, ProjectServiceAccountApiKey):
                api_key = _v_api_key.to_dict()
            else:
                api_key = _v_api_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "object": object_,
                    "id": id,
                    "name": name,
                    "role": role,
                    "created_at": created_at,
                    "api_key": api_key,
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
                object_ = check_project_service_account_create_response_object(
                    _object__raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

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

        _role_raw = d.pop("role", UNSET)
        if _role_raw is None or isinstance(_role_raw, Unset):
            if strict_parsing.get():
                raise KeyError("role")

            if _role_raw is UNSET:
                _none_flips += ("role",)
            role = None

        else:
            try:
                role = check_project_service_account_create_response_role(_role_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                role = _role_raw

        created_at = d.pop("created_at", UNSET)
        if (
            created_at is None or isinstance(created_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("created_at")

        if created_at is None or created_at is UNSET:
            if created_at is UNSET:
                _none_flips += ("created_at",)
            created_at = None

        _api_key_raw = d.pop("api_key", UNSET)
        if _api_key_raw is None or isinstance(_api_key_raw, Unset):
            if isinstance(_api_key_raw, Unset) and strict_parsing.get():
                raise KeyError("api_key")

            if _api_key_raw is UNSET:
                _none_flips += ("api_key",)
            api_key = None

        else:
            try:

                def _parse_api_key(data: object) -> None | ProjectServiceAccountApiKey:
                    if data is None:
                        return data
                    if isinstance(data, dict):
                        if (
                            data.get("object")
                            == "organization.project.service_account.api_key"
                        ):
                            try:
                                api_key_type_0 = ProjectServiceAccountApiKey.from_dict(
                                    data
                                )

                                return api_key_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get(
                            "object", "organization.project.service_account.api_key"
                        ) not in ("organization.project.service_account.api_key",):
                            raise TypeError()
                        api_key_type_0 = ProjectServiceAccountApiKey.from_dict(data)

                        return api_key_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(None | ProjectServiceAccountApiKey, data)

                api_key = _parse_api_key(_api_key_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                api_key = _api_key_raw

        project_service_account_create_response = cls(
            object_=object_,
            id=id,
            name=name,
            role=role,
            created_at=created_at,
            api_key=api_key,
        )
        if _none_flips:
            project_service_account_create_response._none_flips = _none_flips

        project_service_account_create_response.additional_properties = d
        return project_service_account_create_response

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
