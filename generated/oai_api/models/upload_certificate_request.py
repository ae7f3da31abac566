from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="UploadCertificateRequest")


@_attrs_define
class UploadCertificateRequest:
    """A certificate to upload: its PEM content and an optional name."""

    certificate: str
    """ The certificate itself, PEM-encoded. """
    name: str | None = None
    """ A label to recognise the certificate by; optional. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_certificate = (
            self.certificate
            if self.certificate is not None or "certificate" not in self._none_flips
            else UNSET
        )

        certificate = _v_certificate

        _v_name = (
            self.name if self.name is not None or "name" in self._none_flips else UNSET
        )

        name = _v_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "certificate": certificate,
                }.items()
                if v is not UNSET
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        certificate = d.pop("certificate", UNSET)
        if certificate is None or isinstance(certificate, Unset):
            raise KeyError(
                "UploadCertificateRequest: required field certificate is missing"
            )

        if certificate is None or certificate is UNSET:
            if certificate is UNSET:
                _none_flips += ("certificate",)
            certificate = None

        name = d.pop("name", UNSET)
        if name is None and strict_parsing.get():
            raise TypeError("name")

        if name is None or name is UNSET:
            if name is None:
                _none_flips += ("name",)
            name = None

        upload_certificate_request = cls(
            certificate=certificate,
            name=name,
        )
        if _none_flips:
            upload_certificate_request._none_flips = _none_flips

        upload_certificate_request.additional_properties = d
        return upload_certificate_request

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
