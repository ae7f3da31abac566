from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_input_file_content import BetaInputFileContent
    from ..models.beta_input_image_content import BetaInputImageContent
    from ..models.beta_input_text_content import BetaInputTextContent


T = TypeVar("T", bound="BetaResponsePromptVariablesType0")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        BetaInputFileContent, \
        BetaInputImageContent, \
        BetaInputTextContent
    from ..models.beta_input_file_content import BetaInputFileContent
    from ..models.beta_input_image_content import BetaInputImageContent
    from ..models.beta_input_text_content import BetaInputTextContent

    _models_bound = True


@_attrs_define
class BetaResponsePromptVariablesType0:
    additional_properties: dict[
        str, BetaInputFileContent | BetaInputImageContent | BetaInputTextContent | str
    ] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if (
                isinstance(prop, BetaInputTextContent)
                or isinstance(prop, BetaInputImageContent)
                or isinstance(prop, BetaInputFileContent)
            ):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        beta_response_prompt_variables_type_0 = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> (
                BetaInputFileContent
                | BetaInputImageContent
                | BetaInputTextContent
                | str
            ):
                if isinstance(data, dict):
                    if data.get("type") == "input_text":
                        try:
                            additional_property_type_1 = BetaInputTextContent.from_dict(
                                data
                            )

                            return additional_property_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if data.get("type") == "input_image":
                        try:
                            additional_property_type_2 = (
                                BetaInputImageContent.from_dict(data)
                            )

                            return additional_property_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if data.get("type") == "input_file":
                        try:
                            additional_property_type_3 = BetaInputFileContent.from_dict(
                                data
                            )

                            return additional_property_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass

                if not strict_parsing.get():
                    strictly = strict_parsing.set(True)
                    try:
                        return _parse_additional_property(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    finally:
                        strict_parsing.reset(strictly)
                if isinstance(data, dict):
                    _fits = (
                        len(
                            {
                                "prompt_cache_breakpoint",
                                "text",
                                "type",
                            }.intersection(data)
                        ),
                        len(
                            {
                                "detail",
                                "file_id",
                                "image_url",
                                "prompt_cache_breakpoint",
                                "type",
                            }.intersection(data)
                        ),
                        len(
                            {
                                "detail",
                                "file_data",
                                "file_id",
                                "file_url",
                                "filename",
                                "prompt_cache_breakpoint",
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
                    if data.get("type", "input_text") not in ("input_text",):
                        raise TypeError()
                    if _fits[0] < _most:
                        raise TypeError()
                    additional_property_type_1 = BetaInputTextContent.from_dict(data)

                    return additional_property_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "input_image") not in ("input_image",):
                        raise TypeError()
                    if _fits[1] < _most:
                        raise TypeError()
                    additional_property_type_2 = BetaInputImageContent.from_dict(data)

                    return additional_property_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "input_file") not in ("input_file",):
                        raise TypeError()
                    if _fits[2] < _most:
                        raise TypeError()
                    additional_property_type_3 = BetaInputFileContent.from_dict(data)

                    return additional_property_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    BetaInputFileContent
                    | BetaInputImageContent
                    | BetaInputTextContent
                    | str,
                    data,
                )

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        beta_response_prompt_variables_type_0.additional_properties = (
            additional_properties
        )
        return beta_response_prompt_variables_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> BetaInputFileContent | BetaInputImageContent | BetaInputTextContent | str:
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: BetaInputFileContent
        | BetaInputImageContent
        | BetaInputTextContent
        | str,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
