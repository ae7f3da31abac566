from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.organization_project_certificate_activation_response_object import (
    OrganizationProjectCertificateActivationResponseObject,
    check_organization_project_certificate_activation_response_object,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.organization_project_certificate import OrganizationProjectCertificate


T = TypeVar("T", bound="OrganizationProjectCertificateActivationResponse")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, OrganizationProjectCertificate
    from ..models.organization_project_certificate import OrganizationProjectCertificate

    _models_bound = True


@_attrs_define
class OrganizationProjectCertificateActivationResponse:
    """Result of activating certificates for a project: the affected certificates."""

    object_: OrganizationProjectCertificateActivationResponseObject
    data: list[OrganizationProjectCertificate]
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

        _v_data = (
            self.data
            if self.data is not None or "data" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_data, list):
            data = _v_data
        else:
            data = []
            for data_item_data in _v_data:
                if not isinstance(data_item_data, OrganizationProjectCertificate):
                    data.append(data_item_data)
                    continue
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "object": object_,
                    "data": data,
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
                object_ = (
                    check_organization_project_certificate_activation_response_object(
                        _object__raw
                    )
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        _data_raw = d.pop("data", UNSET)
        if _data_raw is None or isinstance(_data_raw, Unset):
            if strict_parsing.get():
                raise KeyError("data")

            if _data_raw is UNSET:
                _none_flips += ("data",)
            data = None

        else:
            try:
                data = []
                _data = _data_raw
                if not isinstance(_data, list):
                    raise TypeError()
                for data_item_data in _data:
                    data_item = OrganizationProjectCertificate.from_dict(data_item_data)

                    data.append(data_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                data = _data_raw

        organization_project_certificate_activation_response = cls(
            object_=object_,
            data=data,
        )
        if _none_flips:
            organization_project_certificate_activation_response._none_flips = (
                _none_flips
            )

        organization_project_certificate_activation_response.additional_properties = d
        return organization_project_certificate_activation_response

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
