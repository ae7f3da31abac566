from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_moderation_config_param import BetaModerationConfigParam


T = TypeVar("T", bound="BetaModerationPolicyParam")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, BetaModerationConfigParam
    from ..models.beta_moderation_config_param import BetaModerationConfigParam

    _models_bound = True


@_attrs_define
class BetaModerationPolicyParam:
    """Separate moderation settings for a response's input and for its output."""

    input_: BetaModerationConfigParam | None = None
    """ Moderation settings for the input; None uses the default. """
    output: BetaModerationConfigParam | None = None
    """ Moderation settings for the output; None uses the default. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_input_ = (
            self.input_
            if self.input_ is not None or "input_" in self._none_flips
            else UNSET
        )

        input_: dict[str, Any] | None | Unset
        if isinstance(_v_input_, Unset):
            input_ = UNSET
        elif isinstance(_v_input_, BetaModerationConfigParam):
            input_ = _v_input_.to_dict()
        else:
            input_ = _v_input_

        _v_output = (
            self.output
            if self.output is not None or "output" in self._none_flips
            else UNSET
        )

        output: dict[str, Any] | None | Unset
        if isinstance(_v_output, Unset):
            output = UNSET
        elif isinstance(_v_output, BetaModerationConfigParam):
            output = _v_output.to_dict()
        else:
            output = _v_output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if input_ is not UNSET:
            field_dict["input"] = input_
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _input__raw = d.pop("input", UNSET)
        if _input__raw is None or isinstance(_input__raw, Unset):
            if _input__raw is None:
                _none_flips += ("input_",)
            input_ = None

        else:

            def _parse_input_(data: object) -> BetaModerationConfigParam | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    input_type_0 = BetaModerationConfigParam.from_dict(data)

                    return input_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(BetaModerationConfigParam | None | Unset, data)

            input_ = _parse_input_(_input__raw)

        _output_raw = d.pop("output", UNSET)
        if _output_raw is None or isinstance(_output_raw, Unset):
            if _output_raw is None:
                _none_flips += ("output",)
            output = None

        else:

            def _parse_output(data: object) -> BetaModerationConfigParam | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    output_type_0 = BetaModerationConfigParam.from_dict(data)

                    return output_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(BetaModerationConfigParam | None | Unset, data)

            output = _parse_output(_output_raw)

        beta_moderation_policy_param = cls(
            input_=input_,
            output=output,
        )
        if _none_flips:
            beta_moderation_policy_param._none_flips = _none_flips

        beta_moderation_policy_param.additional_properties = d
        return beta_moderation_policy_param

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
