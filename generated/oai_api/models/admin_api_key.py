from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.admin_api_key_object import AdminApiKeyObject, check_admin_api_key_object
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.admin_api_key_owner import AdminApiKeyOwner


T = TypeVar("T", bound="AdminApiKey")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, AdminApiKeyOwner
    from ..models.admin_api_key_owner import AdminApiKeyOwner

    _models_bound = True


@_attrs_define
class AdminApiKey:
    """An organization-level Admin API key: its name, redacted value, owner, and creation, expiry and last-use times."""

    object_: AdminApiKeyObject
    id: str
    redacted_value: str
    created_at: int
    expires_at: int | None
    owner: AdminApiKeyOwner
    name: None | str = None
    last_used_at: int | None = None
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

        _v_redacted_value = (
            self.redacted_value
            if self.redacted_value is not None
            or "redacted_value" not in self._none_flips
            else UNSET
        )

        redacted_value = _v_redacted_value

        _v_created_at = (
            self.created_at
            if self.created_at is not None or "created_at" not in self._none_flips
            else UNSET
        )

        created_at = _v_created_at

        _v_expires_at = (
            self.expires_at
            if self.expires_at is not None or "expires_at" not in self._none_flips
            else UNSET
        )

        if _v_expires_at is None or isinstance(_v_expires_at, Unset):
            expires_at = _v_expires_at
        else:
            expires_at: int | None
            expires_at = _v_expires_at

        _v_owner = (
            self.owner
            if self.owner is not None or "owner" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_owner, AdminApiKeyOwner):
            owner = _v_owner
        else:
            owner = _v_owner.to_dict()

        _v_name = (
            self.name if self.name is not None or "name" in self._none_flips else UNSET
        )

        name: None | str | Unset
        if isinstance(_v_name, Unset):
            name = UNSET
        else:
            name = _v_name

        _v_last_used_at = (
            self.last_used_at
            if self.last_used_at is not None or "last_used_at" in self._none_flips
            else UNSET
        )

        last_used_at: int | None | Unset
        if isinstance(_v_last_used_at, Unset):
            last_used_at = UNSET
        else:
            last_used_at = _v_last_used_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "object": object_,
                    "id": id,
                    "redacted_value": redacted_value,
                    "created_at": created_at,
                    "expires_at": expires_at,
                    "owner": owner,
                }.items()
                if v is not UNSET
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if last_used_at is not UNSET:
            field_dict["last_used_at"] = last_used_at

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
                object_ = check_admin_api_key_object(_object__raw)

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

        redacted_value = d.pop("redacted_value", UNSET)
        if (
            redacted_value is None or isinstance(redacted_value, Unset)
        ) and strict_parsing.get():
            raise KeyError("redacted_value")

        if redacted_value is None or redacted_value is UNSET:
            if redacted_value is UNSET:
                _none_flips += ("redacted_value",)
            redacted_value = None

        created_at = d.pop("created_at", UNSET)
        if (
            created_at is None or isinstance(created_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("created_at")

        if created_at is None or created_at is UNSET:
            if created_at is UNSET:
                _none_flips += ("created_at",)
            created_at = None

        _expires_at_raw = d.pop("expires_at", UNSET)
        if _expires_at_raw is None or isinstance(_expires_at_raw, Unset):
            if isinstance(_expires_at_raw, Unset) and strict_parsing.get():
                raise KeyError("expires_at")

            if _expires_at_raw is UNSET:
                _none_flips += ("expires_at",)
            expires_at = None

        else:
            try:

                def _parse_expires_at(data: object) -> int | None:
                    if data is None:
                        return data

                    return cast(int | None, data)

                expires_at = _parse_expires_at(_expires_at_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                expires_at = _expires_at_raw

        _owner_raw = d.pop("owner", UNSET)
        if _owner_raw is None or isinstance(_owner_raw, Unset):
            if strict_parsing.get():
                raise KeyError("owner")

            if _owner_raw is UNSET:
                _none_flips += ("owner",)
            owner = None

        else:
            try:
                owner = AdminApiKeyOwner.from_dict(_owner_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                owner = _owner_raw

        _name_raw = d.pop("name", UNSET)
        if _name_raw is None or isinstance(_name_raw, Unset):
            if _name_raw is None:
                _none_flips += ("name",)
            name = None

        else:
            try:

                def _parse_name(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                name = _parse_name(_name_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                name = _name_raw

        _last_used_at_raw = d.pop("last_used_at", UNSET)
        if _last_used_at_raw is None or isinstance(_last_used_at_raw, Unset):
            if _last_used_at_raw is None:
                _none_flips += ("last_used_at",)
            last_used_at = None

        else:
            try:

                def _parse_last_used_at(data: object) -> int | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(int | None | Unset, data)

                last_used_at = _parse_last_used_at(_last_used_at_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                last_used_at = _last_used_at_raw

        admin_api_key = cls(
            object_=object_,
            id=id,
            redacted_value=redacted_value,
            created_at=created_at,
            expires_at=expires_at,
            owner=owner,
            name=name,
            last_used_at=last_used_at,
        )
        if _none_flips:
            admin_api_key._none_flips = _none_flips

        admin_api_key.additional_properties = d
        return admin_api_key

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
