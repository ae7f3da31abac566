from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="UserRoleUpdateRequest")


@_attrs_define
class UserRoleUpdateRequest:
    """Changes to an organization member: role and profile metadata."""

    role: None | str = None
    """ New organization role: `owner` or `reader`. """
    role_id: None | str = None
    """ ID of a role, built-in or custom, to assign instead. """
    technical_level: None | str = None
    """ Technical-level metadata to record for the user. """
    developer_persona: None | str = None
    """ Developer-persona metadata to record for the user. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_role = (
            self.role if self.role is not None or "role" in self._none_flips else UNSET
        )

        role: None | str | Unset
        if isinstance(_v_role, Unset):
            role = UNSET
        else:
            role = _v_role

        _v_role_id = (
            self.role_id
            if self.role_id is not None or "role_id" in self._none_flips
            else UNSET
        )

        role_id: None | str | Unset
        if isinstance(_v_role_id, Unset):
            role_id = UNSET
        else:
            role_id = _v_role_id

        _v_technical_level = (
            self.technical_level
            if self.technical_level is not None or "technical_level" in self._none_flips
            else UNSET
        )

        technical_level: None | str | Unset
        if isinstance(_v_technical_level, Unset):
            technical_level = UNSET
        else:
            technical_level = _v_technical_level

        _v_developer_persona = (
            self.developer_persona
            if self.developer_persona is not None
            or "developer_persona" in self._none_flips
            else UNSET
        )

        developer_persona: None | str | Unset
        if isinstance(_v_developer_persona, Unset):
            developer_persona = UNSET
        else:
            developer_persona = _v_developer_persona

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if role is not UNSET:
            field_dict["role"] = role
        if role_id is not UNSET:
            field_dict["role_id"] = role_id
        if technical_level is not UNSET:
            field_dict["technical_level"] = technical_level
        if developer_persona is not UNSET:
            field_dict["developer_persona"] = developer_persona

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _role_raw = d.pop("role", UNSET)
        if _role_raw is None or isinstance(_role_raw, Unset):
            if _role_raw is None:
                _none_flips += ("role",)
            role = None

        else:

            def _parse_role(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(None | str | Unset, data)

            role = _parse_role(_role_raw)

        _role_id_raw = d.pop("role_id", UNSET)
        if _role_id_raw is None or isinstance(_role_id_raw, Unset):
            if _role_id_raw is None:
                _none_flips += ("role_id",)
            role_id = None

        else:

            def _parse_role_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(None | str | Unset, data)

            role_id = _parse_role_id(_role_id_raw)

        _technical_level_raw = d.pop("technical_level", UNSET)
        if _technical_level_raw is None or isinstance(_technical_level_raw, Unset):
            if _technical_level_raw is None:
                _none_flips += ("technical_level",)
            technical_level = None

        else:

            def _parse_technical_level(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(None | str | Unset, data)

            technical_level = _parse_technical_level(_technical_level_raw)

        _developer_persona_raw = d.pop("developer_persona", UNSET)
        if _developer_persona_raw is None or isinstance(_developer_persona_raw, Unset):
            if _developer_persona_raw is None:
                _none_flips += ("developer_persona",)
            developer_persona = None

        else:

            def _parse_developer_persona(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(None | str | Unset, data)

            developer_persona = _parse_developer_persona(_developer_persona_raw)

        user_role_update_request = cls(
            role=role,
            role_id=role_id,
            technical_level=technical_level,
            developer_persona=developer_persona,
        )
        if _none_flips:
            user_role_update_request._none_flips = _none_flips

        user_role_update_request.additional_properties = d
        return user_role_update_request

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
