from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_truncation_type_1_type import (
    RealtimeTruncationType1Type,
    check_realtime_truncation_type_1_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.realtime_truncation_type_1_token_limits import (
        RealtimeTruncationType1TokenLimits,
    )


T = TypeVar("T", bound="RealtimeTruncationType1")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, RealtimeTruncationType1TokenLimits
    from ..models.realtime_truncation_type_1_token_limits import (
        RealtimeTruncationType1TokenLimits,
    )

    _models_bound = True


@_attrs_define
class RealtimeTruncationType1:
    type_: RealtimeTruncationType1Type
    """ Always `retention_ratio`: keep a fraction of the conversation when truncating. """
    retention_ratio: float
    """ Share of post-instruction tokens kept after truncating, 0.0 to 1.0; e.g. 0.8 cuts down to 80% of the limit,
    so truncation and cache misses happen less. """
    token_limits: RealtimeTruncationType1TokenLimits | None = None
    """ Custom token limits for this strategy; the model's defaults apply when omitted. """
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
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_retention_ratio = (
            self.retention_ratio
            if self.retention_ratio is not None
            or "retention_ratio" not in self._none_flips
            else UNSET
        )

        retention_ratio = _v_retention_ratio

        _v_token_limits = (
            self.token_limits
            if self.token_limits is not None or "token_limits" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_token_limits, RealtimeTruncationType1TokenLimits):
            token_limits = _v_token_limits
        else:
            token_limits: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_token_limits, Unset):
                token_limits = _v_token_limits.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "retention_ratio": retention_ratio,
                }.items()
                if v is not UNSET
            }
        )
        if token_limits is not UNSET:
            field_dict["token_limits"] = token_limits

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_realtime_truncation_type_1_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        retention_ratio = d.pop("retention_ratio", UNSET)
        if (
            retention_ratio is None or isinstance(retention_ratio, Unset)
        ) and strict_parsing.get():
            raise KeyError("retention_ratio")

        if retention_ratio is None or retention_ratio is UNSET:
            if retention_ratio is UNSET:
                _none_flips += ("retention_ratio",)
            retention_ratio = None

        _token_limits_raw = d.pop("token_limits", UNSET)
        if _token_limits_raw is None or isinstance(_token_limits_raw, Unset):
            if _token_limits_raw is None and strict_parsing.get():
                raise TypeError("token_limits")

            if _token_limits_raw is None:
                _none_flips += ("token_limits",)
            token_limits = None

        else:
            try:
                _token_limits = _token_limits_raw
                token_limits: RealtimeTruncationType1TokenLimits | Unset
                if isinstance(_token_limits, Unset):
                    token_limits = UNSET
                else:
                    token_limits = RealtimeTruncationType1TokenLimits.from_dict(
                        _token_limits
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                token_limits = _token_limits_raw

        realtime_truncation_type_1 = cls(
            type_=type_,
            retention_ratio=retention_ratio,
            token_limits=token_limits,
        )
        if _none_flips:
            realtime_truncation_type_1._none_flips = _none_flips

        realtime_truncation_type_1.additional_properties = d
        return realtime_truncation_type_1

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
