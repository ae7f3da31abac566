from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_beta_response_status_details_reason import (
    RealtimeBetaResponseStatusDetailsReason,
    check_realtime_beta_response_status_details_reason,
)
from ..models.realtime_beta_response_status_details_type import (
    RealtimeBetaResponseStatusDetailsType,
    check_realtime_beta_response_status_details_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.realtime_beta_response_status_details_error import (
        RealtimeBetaResponseStatusDetailsError,
    )


T = TypeVar("T", bound="RealtimeBetaResponseStatusDetails")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, RealtimeBetaResponseStatusDetailsError
    from ..models.realtime_beta_response_status_details_error import (
        RealtimeBetaResponseStatusDetailsError,
    )

    _models_bound = True


@_attrs_define
class RealtimeBetaResponseStatusDetails:
    type_: RealtimeBetaResponseStatusDetailsType | None = None
    reason: RealtimeBetaResponseStatusDetailsReason | None = None
    error: RealtimeBetaResponseStatusDetailsError | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str | Unset = UNSET
            if not isinstance(_v_type_, Unset):
                type_ = _v_type_

        _v_reason = (
            self.reason
            if self.reason is not None or "reason" in self._none_flips
            else UNSET
        )

        if _v_reason is None or isinstance(_v_reason, Unset):
            reason = _v_reason
        else:
            reason: str | Unset = UNSET
            if not isinstance(_v_reason, Unset):
                reason = _v_reason

        _v_error = (
            self.error
            if self.error is not None or "error" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_error, RealtimeBetaResponseStatusDetailsError):
            error = _v_error
        else:
            error: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_error, Unset):
                error = _v_error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if reason is not UNSET:
            field_dict["reason"] = reason
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if _type__raw is None and strict_parsing.get():
                raise TypeError("type")

            if _type__raw is None:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                _type_ = _type__raw
                type_: RealtimeBetaResponseStatusDetailsType | Unset
                if isinstance(_type_, Unset):
                    type_ = UNSET
                else:
                    type_ = check_realtime_beta_response_status_details_type(_type_)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _reason_raw = d.pop("reason", UNSET)
        if _reason_raw is None or isinstance(_reason_raw, Unset):
            if _reason_raw is None and strict_parsing.get():
                raise TypeError("reason")

            if _reason_raw is None:
                _none_flips += ("reason",)
            reason = None

        else:
            try:
                _reason = _reason_raw
                reason: RealtimeBetaResponseStatusDetailsReason | Unset
                if isinstance(_reason, Unset):
                    reason = UNSET
                else:
                    reason = check_realtime_beta_response_status_details_reason(_reason)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                reason = _reason_raw

        _error_raw = d.pop("error", UNSET)
        if _error_raw is None or isinstance(_error_raw, Unset):
            if _error_raw is None and strict_parsing.get():
                raise TypeError("error")

            if _error_raw is None:
                _none_flips += ("error",)
            error = None

        else:
            try:
                _error = _error_raw
                error: RealtimeBetaResponseStatusDetailsError | Unset
                if isinstance(_error, Unset):
                    error = UNSET
                else:
                    error = RealtimeBetaResponseStatusDetailsError.from_dict(_error)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                error = _error_raw

        realtime_beta_response_status_details = cls(
            type_=type_,
            reason=reason,
            error=error,
        )
        if _none_flips:
            realtime_beta_response_status_details._none_flips = _none_flips

        realtime_beta_response_status_details.additional_properties = d
        return realtime_beta_response_status_details

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
