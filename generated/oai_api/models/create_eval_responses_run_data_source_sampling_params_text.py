from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_text import ResponseFormatText
    from ..models.text_response_format_json_schema import TextResponseFormatJsonSchema


T = TypeVar("T", bound="CreateEvalResponsesRunDataSourceSamplingParamsText")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        ResponseFormatJsonObject, \
        ResponseFormatText, \
        TextResponseFormatJsonSchema
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_text import ResponseFormatText
    from ..models.text_response_format_json_schema import TextResponseFormatJsonSchema

    _models_bound = True


@_attrs_define
class CreateEvalResponsesRunDataSourceSamplingParamsText:
    """Text output settings, e.g. whether the model answers in plain text or JSON that follows a schema."""

    format_: (
        ResponseFormatJsonObject
        | ResponseFormatText
        | TextResponseFormatJsonSchema
        | None
    ) = None
    """ Format of the text output, told apart by `type`. """
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
                isinstance(_v_format_, ResponseFormatText)
                or isinstance(_v_format_, TextResponseFormatJsonSchema)
                or isinstance(_v_format_, ResponseFormatJsonObject)
            ):
                format_ = _v_format_.to_dict()
            else:
                format_ = _v_format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if format_ is not UNSET:
            field_dict["format"] = format_

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
                    ResponseFormatJsonObject
                    | ResponseFormatText
                    | TextResponseFormatJsonSchema
                    | Unset
                ):
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, dict):
                        if data.get("type") == "text":
                            try:
                                componentsschemas_text_response_format_configuration_type_0 = ResponseFormatText.from_dict(
                                    data
                                )

                                return componentsschemas_text_response_format_configuration_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "json_schema":
                            try:
                                componentsschemas_text_response_format_configuration_type_1 = TextResponseFormatJsonSchema.from_dict(
                                    data
                                )

                                return componentsschemas_text_response_format_configuration_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "json_object":
                            try:
                                componentsschemas_text_response_format_configuration_type_2 = ResponseFormatJsonObject.from_dict(
                                    data
                                )

                                return componentsschemas_text_response_format_configuration_type_2
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
                        componentsschemas_text_response_format_configuration_type_0 = (
                            ResponseFormatText.from_dict(data)
                        )

                        return (
                            componentsschemas_text_response_format_configuration_type_0
                        )
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "json_schema") not in ("json_schema",):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        componentsschemas_text_response_format_configuration_type_1 = (
                            TextResponseFormatJsonSchema.from_dict(data)
                        )

                        return (
                            componentsschemas_text_response_format_configuration_type_1
                        )
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "json_object") not in ("json_object",):
                            raise TypeError()
                        if _fits[2] < _most:
                            raise TypeError()
                        componentsschemas_text_response_format_configuration_type_2 = (
                            ResponseFormatJsonObject.from_dict(data)
                        )

                        return (
                            componentsschemas_text_response_format_configuration_type_2
                        )
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        ResponseFormatJsonObject
                        | ResponseFormatText
                        | TextResponseFormatJsonSchema
                        | Unset,
                        data,
                    )

                format_ = _parse_format_(_format__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                format_ = _format__raw

        create_eval_responses_run_data_source_sampling_params_text = cls(
            format_=format_,
        )
        if _none_flips:
            create_eval_responses_run_data_source_sampling_params_text._none_flips = (
                _none_flips
            )

        create_eval_responses_run_data_source_sampling_params_text.additional_properties = d
        return create_eval_responses_run_data_source_sampling_params_text

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
