from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_moderation_error_body import BetaModerationErrorBody
    from ..models.beta_moderation_result_body import BetaModerationResultBody


T = TypeVar("T", bound="BetaModeration")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, BetaModerationErrorBody, BetaModerationResultBody
    from ..models.beta_moderation_error_body import BetaModerationErrorBody
    from ..models.beta_moderation_result_body import BetaModerationResultBody

    _models_bound = True


@_attrs_define
class BetaModeration:
    """Moderation outcome, or the error hit, for both the input and the output of a response."""

    input_: BetaModerationErrorBody | BetaModerationResultBody
    output: BetaModerationErrorBody | BetaModerationResultBody
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
            if self.input_ is not None or "input_" not in self._none_flips
            else UNSET
        )

        if _v_input_ is None or isinstance(_v_input_, Unset):
            input_ = _v_input_
        else:
            input_: dict[str, Any]
            if isinstance(_v_input_, BetaModerationResultBody) or isinstance(
                _v_input_, BetaModerationErrorBody
            ):
                input_ = _v_input_.to_dict()
            else:
                input_ = _v_input_

        _v_output = (
            self.output
            if self.output is not None or "output" not in self._none_flips
            else UNSET
        )

        if _v_output is None or isinstance(_v_output, Unset):
            output = _v_output
        else:
            output: dict[str, Any]
            if isinstance(_v_output, BetaModerationResultBody) or isinstance(
                _v_output, BetaModerationErrorBody
            ):
                output = _v_output.to_dict()
            else:
                output = _v_output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "input": input_,
                    "output": output,
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
        _input__raw = d.pop("input", UNSET)
        if _input__raw is None or isinstance(_input__raw, Unset):
            if strict_parsing.get():
                raise KeyError("input")

            if _input__raw is UNSET:
                _none_flips += ("input_",)
            input_ = None

        else:
            try:

                def _parse_input_(
                    data: object,
                ) -> BetaModerationErrorBody | BetaModerationResultBody:
                    if isinstance(data, dict):
                        if data.get("type") == "moderation_result":
                            try:
                                input_type_0 = BetaModerationResultBody.from_dict(data)

                                return input_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "error":
                            try:
                                input_type_1 = BetaModerationErrorBody.from_dict(data)

                                return input_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_input_(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        finally:
                            strict_parsing.reset(strictly)
                    if isinstance(data, dict):
                        _fits = (
                            len(
                                {
                                    "categories",
                                    "category_applied_input_types",
                                    "category_scores",
                                    "flagged",
                                    "model",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "code",
                                    "message",
                                    "type",
                                }.intersection(data)
                            ),
                        )
                    else:
                        _fits = (
                            0,
                            0,
                        )
                    _most = max(_fits)
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "moderation_result") not in (
                            "moderation_result",
                        ):
                            raise TypeError()
                        if _fits[0] < _most:
                            raise TypeError()
                        input_type_0 = BetaModerationResultBody.from_dict(data)

                        return input_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "error") not in ("error",):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        input_type_1 = BetaModerationErrorBody.from_dict(data)

                        return input_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        BetaModerationErrorBody | BetaModerationResultBody, data
                    )

                input_ = _parse_input_(_input__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                input_ = _input__raw

        _output_raw = d.pop("output", UNSET)
        if _output_raw is None or isinstance(_output_raw, Unset):
            if strict_parsing.get():
                raise KeyError("output")

            if _output_raw is UNSET:
                _none_flips += ("output",)
            output = None

        else:
            try:

                def _parse_output(
                    data: object,
                ) -> BetaModerationErrorBody | BetaModerationResultBody:
                    if isinstance(data, dict):
                        if data.get("type") == "moderation_result":
                            try:
                                output_type_0 = BetaModerationResultBody.from_dict(data)

                                return output_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "error":
                            try:
                                output_type_1 = BetaModerationErrorBody.from_dict(data)

                                return output_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_output(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        finally:
                            strict_parsing.reset(strictly)
                    if isinstance(data, dict):
                        _fits = (
                            len(
                                {
                                    "categories",
                                    "category_applied_input_types",
                                    "category_scores",
                                    "flagged",
                                    "model",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "code",
                                    "message",
                                    "type",
                                }.intersection(data)
                            ),
                        )
                    else:
                        _fits = (
                            0,
                            0,
                        )
                    _most = max(_fits)
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "moderation_result") not in (
                            "moderation_result",
                        ):
                            raise TypeError()
                        if _fits[0] < _most:
                            raise TypeError()
                        output_type_0 = BetaModerationResultBody.from_dict(data)

                        return output_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "error") not in ("error",):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        output_type_1 = BetaModerationErrorBody.from_dict(data)

                        return output_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        BetaModerationErrorBody | BetaModerationResultBody, data
                    )

                output = _parse_output(_output_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                output = _output_raw

        beta_moderation = cls(
            input_=input_,
            output=output,
        )
        if _none_flips:
            beta_moderation._none_flips = _none_flips

        beta_moderation.additional_properties = d
        return beta_moderation

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
