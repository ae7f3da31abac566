from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ToggleCertificatesRequest")


@_attrs_define
class ToggleCertificatesRequest:
    """The certificates to switch on or off."""

    certificate_ids: list[str]
    """ IDs of the certificates to act on, 1 to 10 per request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_certificate_ids = (
            self.certificate_ids
            if self.certificate_ids is not None
            or "certificate_ids" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_certificate_ids, list):
            certificate_ids = _v_certificate_ids
        else:
            certificate_ids = _v_certificate_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "certificate_ids": certificate_ids,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _certificate_ids_raw = d.pop("certificate_ids", UNSET)
        if _certificate_ids_raw is None or isinstance(_certificate_ids_raw, Unset):
            raise KeyError(
                "ToggleCertificatesRequest: required field certificate_ids is missing"
            )

        else:
            certificate_ids = cast(list[str], _certificate_ids_raw)

        toggle_certificates_request = cls(
            certificate_ids=certificate_ids,
        )
        if _none_flips:
            toggle_certificates_request._none_flips = _none_flips

        toggle_certificates_request.additional_properties = d
        return toggle_certificates_request

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
