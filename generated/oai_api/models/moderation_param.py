from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.moderation_policy_param import ModerationPolicyParam


T = TypeVar("T", bound="ModerationParam")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, ModerationPolicyParam
    from ..models.moderation_policy_param import ModerationPolicyParam

    _models_bound = True


@_attrs_define
class ModerationParam:
    """Moderation to run on the request and reply."""

    model: str
    """ Moderation model to use. """
    policy: ModerationPolicyParam | None = None
    """ Per-direction moderation settings. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_model = (
            self.model
            if self.model is not None or "model" not in self._none_flips
            else UNSET
        )

        model = _v_model

        _v_policy = (
            self.policy
            if self.policy is not None or "policy" in self._none_flips
            else UNSET
        )

        policy: dict[str, Any] | None | Unset
        if isinstance(_v_policy, Unset):
            policy = UNSET
        elif isinstance(_v_policy, ModerationPolicyParam):
            policy = _v_policy.to_dict()
        else:
            policy = _v_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "model": model,
                }.items()
                if v is not UNSET
            }
        )
        if policy is not UNSET:
            field_dict["policy"] = policy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        model = d.pop("model", UNSET)
        if model is None or isinstance(model, Unset):
            raise KeyError("ModerationParam: required field model is missing")

        if model is None or model is UNSET:
            if model is UNSET:
                _none_flips += ("model",)
            model = None

        _policy_raw = d.pop("policy", UNSET)
        if _policy_raw is None or isinstance(_policy_raw, Unset):
            if _policy_raw is None:
                _none_flips += ("policy",)
            policy = None

        else:

            def _parse_policy(data: object) -> ModerationPolicyParam | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    policy_type_0 = ModerationPolicyParam.from_dict(data)

                    return policy_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(ModerationPolicyParam | None | Unset, data)

            policy = _parse_policy(_policy_raw)

        moderation_param = cls(
            model=model,
            policy=policy,
        )
        if _none_flips:
            moderation_param._none_flips = _none_flips

        moderation_param.additional_properties = d
        return moderation_param

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
