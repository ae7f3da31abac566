from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.audit_log_certificates_deactivated_certificates_item import (
        AuditLogCertificatesDeactivatedCertificatesItem,
    )


T = TypeVar("T", bound="AuditLogCertificatesDeactivated")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, AuditLogCertificatesDeactivatedCertificatesItem
    from ..models.audit_log_certificates_deactivated_certificates_item import (
        AuditLogCertificatesDeactivatedCertificatesItem,
    )

    _models_bound = True


@_attrs_define
class AuditLogCertificatesDeactivated:
    certificates: list[AuditLogCertificatesDeactivatedCertificatesItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_certificates = (
            self.certificates
            if self.certificates is not None or "certificates" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_certificates, list):
            certificates = _v_certificates
        else:
            certificates: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_v_certificates, Unset):
                certificates = []
                for certificates_item_data in _v_certificates:
                    if not isinstance(
                        certificates_item_data,
                        AuditLogCertificatesDeactivatedCertificatesItem,
                    ):
                        certificates.append(certificates_item_data)
                        continue
                    certificates_item = certificates_item_data.to_dict()
                    certificates.append(certificates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if certificates is not UNSET:
            field_dict["certificates"] = certificates

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _certificates_raw = d.pop("certificates", UNSET)
        if _certificates_raw is None or isinstance(_certificates_raw, Unset):
            if _certificates_raw is None and strict_parsing.get():
                raise TypeError("certificates")

            if _certificates_raw is None:
                _none_flips += ("certificates",)
            certificates = None

        else:
            try:
                _certificates = _certificates_raw
                certificates: (
                    list[AuditLogCertificatesDeactivatedCertificatesItem] | Unset
                ) = UNSET
                if _certificates is not UNSET:
                    certificates = []
                    if not isinstance(_certificates, list):
                        raise TypeError()
                    for certificates_item_data in _certificates:
                        certificates_item = (
                            AuditLogCertificatesDeactivatedCertificatesItem.from_dict(
                                certificates_item_data
                            )
                        )

                        certificates.append(certificates_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                certificates = _certificates_raw

        audit_log_certificates_deactivated = cls(
            certificates=certificates,
        )
        if _none_flips:
            audit_log_certificates_deactivated._none_flips = _none_flips

        audit_log_certificates_deactivated.additional_properties = d
        return audit_log_certificates_deactivated

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
