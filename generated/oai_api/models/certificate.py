from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.certificate_object import CertificateObject, check_certificate_object
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.certificate_certificate_details import CertificateCertificateDetails


T = TypeVar("T", bound="Certificate")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, CertificateCertificateDetails
    from ..models.certificate_certificate_details import CertificateCertificateDetails

    _models_bound = True


@_attrs_define
class Certificate:
    """A certificate uploaded to the organization, with its name, creation time and certificate details."""

    object_: CertificateObject
    id: str
    name: None | str
    created_at: int
    certificate_details: CertificateCertificateDetails
    active: bool | None = None
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

        if _v_name is None or isinstance(_v_name, Unset):
            name = _v_name
        else:
            name: None | str
            name = _v_name

        _v_created_at = (
            self.created_at
            if self.created_at is not None or "created_at" not in self._none_flips
            else UNSET
        )

        created_at = _v_created_at

        _v_certificate_details = (
            self.certificate_details
            if self.certificate_details is not None
            or "certificate_details" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_certificate_details, CertificateCertificateDetails):
            certificate_details = _v_certificate_details
        else:
            certificate_details = _v_certificate_details.to_dict()

        _v_active = (
            self.active
            if self.active is not None or "active" in self._none_flips
            else UNSET
        )

        active = _v_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "object": object_,
                    "id": id,
                    "name": name,
                    "created_at": created_at,
                    "certificate_details": certificate_details,
                }.items()
                if v is not UNSET
            }
        )
        if active is not UNSET:
            field_dict["active"] = active

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
                object_ = check_certificate_object(_object__raw)

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

        _name_raw = d.pop("name", UNSET)
        if _name_raw is None or isinstance(_name_raw, Unset):
            if isinstance(_name_raw, Unset) and strict_parsing.get():
                raise KeyError("name")

            if _name_raw is UNSET:
                _none_flips += ("name",)
            name = None

        else:
            try:

                def _parse_name(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                name = _parse_name(_name_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                name = _name_raw

        created_at = d.pop("created_at", UNSET)
        if (
            created_at is None or isinstance(created_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("created_at")

        if created_at is None or created_at is UNSET:
            if created_at is UNSET:
                _none_flips += ("created_at",)
            created_at = None

        _certificate_details_raw = d.pop("certificate_details", UNSET)
        if _certificate_details_raw is None or isinstance(
            _certificate_details_raw, Unset
        ):
            if strict_parsing.get():
                raise KeyError("certificate_details")

            if _certificate_details_raw is UNSET:
                _none_flips += ("certificate_details",)
            certificate_details = None

        else:
            try:
                certificate_details = CertificateCertificateDetails.from_dict(
                    _certificate_details_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                certificate_details = _certificate_details_raw

        active = d.pop("active", UNSET)
        if active is None and strict_parsing.get():
            raise TypeError("active")

        if active is None or active is UNSET:
            if active is None:
                _none_flips += ("active",)
            active = None

        certificate = cls(
            object_=object_,
            id=id,
            name=name,
            created_at=created_at,
            certificate_details=certificate_details,
            active=active,
        )
        if _none_flips:
            certificate._none_flips = _none_flips

        certificate.additional_properties = d
        return certificate

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
