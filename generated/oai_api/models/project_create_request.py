from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.public_project_residency import (
    PublicProjectResidency,
    check_public_project_residency,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="ProjectCreateRequest")


@_attrs_define
class ProjectCreateRequest:
    """Settings for a new project."""

    name: str
    """ Human-readable project name; reports show it. """
    residency: None | PublicProjectResidency = None
    """ Data residency for the project; your organization must have access to it. """
    external_key_id: None | str = None
    """ ID of an external encryption key to tie to the project. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_name = (
            self.name
            if self.name is not None or "name" not in self._none_flips
            else UNSET
        )

        name = _v_name

        _v_residency = (
            self.residency
            if self.residency is not None or "residency" in self._none_flips
            else UNSET
        )

        residency: None | str | Unset
        if isinstance(_v_residency, Unset):
            residency = UNSET
        else:
            residency = _v_residency

        _v_external_key_id = (
            self.external_key_id
            if self.external_key_id is not None or "external_key_id" in self._none_flips
            else UNSET
        )

        external_key_id: None | str | Unset
        if isinstance(_v_external_key_id, Unset):
            external_key_id = UNSET
        else:
            external_key_id = _v_external_key_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "name": name,
                }.items()
                if v is not UNSET
            }
        )
        if residency is not UNSET:
            field_dict["residency"] = residency
        if external_key_id is not UNSET:
            field_dict["external_key_id"] = external_key_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        name = d.pop("name", UNSET)
        if name is None or isinstance(name, Unset):
            raise KeyError("ProjectCreateRequest: required field name is missing")

        if name is None or name is UNSET:
            if name is UNSET:
                _none_flips += ("name",)
            name = None

        _residency_raw = d.pop("residency", UNSET)
        if _residency_raw is None or isinstance(_residency_raw, Unset):
            if _residency_raw is None:
                _none_flips += ("residency",)
            residency = None

        else:

            def _parse_residency(data: object) -> None | PublicProjectResidency | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    residency_type_0 = check_public_project_residency(data)

                    return residency_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(None | PublicProjectResidency | Unset, data)

            residency = _parse_residency(_residency_raw)

        _external_key_id_raw = d.pop("external_key_id", UNSET)
        if _external_key_id_raw is None or isinstance(_external_key_id_raw, Unset):
            if _external_key_id_raw is None:
                _none_flips += ("external_key_id",)
            external_key_id = None

        else:

            def _parse_external_key_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(None | str | Unset, data)

            external_key_id = _parse_external_key_id(_external_key_id_raw)

        project_create_request = cls(
            name=name,
            residency=residency,
            external_key_id=external_key_id,
        )
        if _none_flips:
            project_create_request._none_flips = _none_flips

        project_create_request.additional_properties = d
        return project_create_request

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
