from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ProjectServiceAccountCreateRequest")


@_attrs_define
class ProjectServiceAccountCreateRequest:
    """Settings for a new project service account."""

    name: str
    """ Name for the new service account. """
    create_service_account_only: bool | None = None
    """ If `true`, make just the account: no API key and no default role (it gets role `none`). """
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

        _v_create_service_account_only = (
            self.create_service_account_only
            if self.create_service_account_only is not None
            or "create_service_account_only" in self._none_flips
            else UNSET
        )

        create_service_account_only: bool | None | Unset
        if isinstance(_v_create_service_account_only, Unset):
            create_service_account_only = UNSET
        else:
            create_service_account_only = _v_create_service_account_only

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
        if create_service_account_only is not UNSET:
            field_dict["create_service_account_only"] = create_service_account_only

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        name = d.pop("name", UNSET)
        if name is None or isinstance(name, Unset):
            raise KeyError(
                "ProjectServiceAccountCreateRequest: required field name is missing"
            )

        if name is None or name is UNSET:
            if name is UNSET:
                _none_flips += ("name",)
            name = None

        _create_service_account_only_raw = d.pop("create_service_account_only", UNSET)
        if _create_service_account_only_raw is None or isinstance(
            _create_service_account_only_raw, Unset
        ):
            if _create_service_account_only_raw is None:
                _none_flips += ("create_service_account_only",)
            create_service_account_only = None

        else:

            def _parse_create_service_account_only(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(bool | None | Unset, data)

            create_service_account_only = _parse_create_service_account_only(
                _create_service_account_only_raw
            )

        project_service_account_create_request = cls(
            name=name,
            create_service_account_only=create_service_account_only,
        )
        if _none_flips:
            project_service_account_create_request._none_flips = _none_flips

        project_service_account_create_request.additional_properties = d
        return project_service_account_create_request

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
