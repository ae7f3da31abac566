from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_verbosity_type_0 import (
    BetaVerbosityType0,
    check_beta_verbosity_type_0,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_response_format_json_object import BetaResponseFormatJsonObject
    from ..models.beta_response_format_text import BetaResponseFormatText
    from ..models.beta_text_response_format_json_schema import (
        BetaTextResponseFormatJsonSchema,
    )


T = TypeVar("T", bound="BetaResponseTextParam")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        BetaResponseFormatJsonObject, \
        BetaResponseFormatText, \
        BetaTextResponseFormatJsonSchema
    from ..models.beta_response_format_json_object import BetaResponseFormatJsonObject
    from ..models.beta_response_format_text import BetaResponseFormatText
    from ..models.beta_text_response_format_json_schema import (
        BetaTextResponseFormatJsonSchema,
    )

    _models_bound = True


@_attrs_define
class BetaResponseTextParam:
    """Text output settings: the format (plain text or JSON, optionally schema-bound) and verbosity."""

    format_: (
        BetaResponseFormatJsonObject
        | BetaResponseFormatText
        | BetaTextResponseFormatJsonSchema
        | None
    ) = None
    """ Output format: `text` (default), `json_schema` (Structured Outputs, schema enforced) or legacy
    `json_object`. """
    verbosity: BetaVerbosityType0 | None = None
    """ How wordy the answer is: `low`, `medium` (default) or `high`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_format_ = (
            self.format_
            if self.format_ is not None or "format_" in self._none_flips
            else UNSET
        )

        if _v_format_ is None or isinstance(_v_format_, Unset):
            format_ = _v_format_
        else:
            format_: dict[str, Any] | Unset
            if isinstance(_v_format_, Unset):
                format_ = UNSET
            elif (
                isinstance(_v_format_, BetaResponseFormatText)
                or isinstance(_v_format_, BetaTextResponseFormatJsonSchema)
                or isinstance(_v_format_, BetaResponseFormatJsonObject)
            ):
                format_ = _v_format_.to_dict()
            else:
                format_ = _v_format_

        _v_verbosity = (
            self.verbosity
            if self.verbosity is not None or "verbosity" in self._none_flips
            else UNSET
        )

        verbosity: None | str | Unset
        if isinstance(_v_verbosity, Unset):
            verbosity = UNSET
        else:
            verbosity = _v_verbosity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if format_ is not UNSET:
            field_dict["format"] = format_
        if verbosity is not UNSET:
            field_dict["verbosity"] = verbosity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _format__raw = d.pop("format", UNSET)
        if _format__raw is None or isinstance(_format__raw, Unset):
            if _format__raw is None and strict_parsing.get():
                raise TypeError("format")

            if _format__raw is None:
                _none_flips += ("format_",)
            format_ = None

        else:
            try:

                def _parse_format_(
                    data: object,
                ) -> (
                    BetaResponseFormatJsonObject
                    | BetaResponseFormatText
                    | BetaTextResponseFormatJsonSchema
                    | Unset
                ):
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, dict):
                        if data.get("type") == "text":
                            try:
                                componentsschemas_beta_text_response_format_configuration_type_0 = BetaResponseFormatText.from_dict(
                                    data
                                )

                                return componentsschemas_beta_text_response_format_configuration_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "json_schema":
                            try:
                                componentsschemas_beta_text_response_format_configuration_type_1 = BetaTextResponseFormatJsonSchema.from_dict(
                                    data
                                )

                                return componentsschemas_beta_text_response_format_configuration_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "json_object":
                            try:
                                componentsschemas_beta_text_response_format_configuration_type_2 = BetaResponseFormatJsonObject.from_dict(
                                    data
                                )

                                return componentsschemas_beta_text_response_format_configuration_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_format_(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        finally:
                            strict_parsing.reset(strictly)
                    if isinstance(data, dict):
                        _fits = (
                            len(
                                {
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "description",
                                    "name",
                                    "schema",
                                    "strict",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "type",
                                }.intersection(data)
                            ),
                        )
                    else:
                        _fits = (
                            0,
                            0,
                            0,
                        )
                    _most = max(_fits)
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "text") not in ("text",):
                            raise TypeError()
                        if _fits[0] < _most:
                            raise TypeError()
                        componentsschemas_beta_text_response_format_configuration_type_0 = BetaResponseFormatText.from_dict(
                            data
                        )

                        return componentsschemas_beta_text_response_format_configuration_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "json_schema") not in ("json_schema",):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        componentsschemas_beta_text_response_format_configuration_type_1 = BetaTextResponseFormatJsonSchema.from_dict(
                            data
                        )

                        return componentsschemas_beta_text_response_format_configuration_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "json_object") not in ("json_object",):
                            raise TypeError()
                        if _fits[2] < _most:
                            raise TypeError()
                        componentsschemas_beta_text_response_format_configuration_type_2 = BetaResponseFormatJsonObject.from_dict(
                            data
                        )

                        return componentsschemas_beta_text_response_format_configuration_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        BetaResponseFormatJsonObject
                        | BetaResponseFormatText
                        | BetaTextResponseFormatJsonSchema
                        | Unset,
                        data,
                    )

                format_ = _parse_format_(_format__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                format_ = _format__raw

        _verbosity_raw = d.pop("verbosity", UNSET)
        if _verbosity_raw is None or isinstance(_verbosity_raw, Unset):
            if _verbosity_raw is None:
                _none_flips += ("verbosity",)
            verbosity = None

        else:
            try:

                def _parse_verbosity(data: object) -> BetaVerbosityType0 | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        componentsschemas_beta_verbosity_type_0 = (
                            check_beta_verbosity_type_0(data)
                        )

                        return componentsschemas_beta_verbosity_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(BetaVerbosityType0 | None | Unset, data)

                verbosity = _parse_verbosity(_verbosity_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                verbosity = _verbosity_raw

        beta_response_text_param = cls(
            format_=format_,
            verbosity=verbosity,
        )
        if _none_flips:
            beta_response_text_param._none_flips = _none_flips

        beta_response_text_param.additional_properties = d
        return beta_response_text_param

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
