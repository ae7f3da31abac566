from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ProjectUpdateRequest")


@_attrs_define
class ProjectUpdateRequest:
    """Project fields to change; omitted ones stay as they are."""

    name: None | str = None
    """ New display name, shown in reports. """
    external_key_id: None | str = None
    """ ID of an external encryption key to tie to the project. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_name = (
            self.name if self.name is not None or "name" in self._none_flips else UNSET
        )

        name: None | str | Unset
        if isinstance(_v_name, Unset):
            name = UNSET
        else:
            name = _v_name

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
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if name is not UNSET:
            field_dict["name"] = name
        if external_key_id is not UNSET:
            field_dict["external_key_id"] = external_key_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _name_raw = d.pop("name", UNSET)
        if _name_raw is None or isinstance(_name_raw, Unset):
            if _name_raw is None:
                _none_flips += ("name",)
            name = None

        else:

            def _parse_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(None | str | Unset, data)

            name = _parse_name(_name_raw)

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

        project_update_request = cls(
            name=name,
            external_key_id=external_key_id,
        )
        if _none_flips:
            project_update_request._none_flips = _none_flips

        project_update_request.additional_properties = d
        return project_update_request

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
