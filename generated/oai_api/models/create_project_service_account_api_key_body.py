from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="CreateProjectServiceAccountApiKeyBody")


@_attrs_define
class CreateProjectServiceAccountApiKeyBody:
    """Body for issuing a new API key to a project service account."""

    name: str | None = None
    """ Label for the new key. """
    scopes: list[str] | None = None
    """ Permission scopes granted to the new key. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_name = (
            self.name if self.name is not None or "name" in self._none_flips else UNSET
        )

        name = _v_name

        _v_scopes = (
            self.scopes
            if self.scopes is not None or "scopes" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_scopes, list):
            scopes = _v_scopes
        else:
            scopes: list[str] | Unset = UNSET
            if not isinstance(_v_scopes, Unset):
                scopes = _v_scopes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if name is not UNSET:
            field_dict["name"] = name
        if scopes is not UNSET:
            field_dict["scopes"] = scopes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        name = d.pop("name", UNSET)
        if name is None and strict_parsing.get():
            raise TypeError("name")

        if name is None or name is UNSET:
            if name is None:
                _none_flips += ("name",)
            name = None

        _scopes_raw = d.pop("scopes", UNSET)
        if _scopes_raw is None or isinstance(_scopes_raw, Unset):
            if _scopes_raw is None and strict_parsing.get():
                raise TypeError("scopes")

            if _scopes_raw is None:
                _none_flips += ("scopes",)
            scopes = None

        else:
            scopes = cast(list[str], _scopes_raw)

        create_project_service_account_api_key_body = cls(
            name=name,
            scopes=scopes,
        )
        if _none_flips:
            create_project_service_account_api_key_body._none_flips = _none_flips

        create_project_service_account_api_key_body.additional_properties = d
        return create_project_service_account_api_key_body

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
