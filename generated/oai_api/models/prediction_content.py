from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.prediction_content_type import (
    PredictionContentType,
    check_prediction_content_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,
    )


T = TypeVar("T", bound="PredictionContent")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, ChatCompletionRequestMessageContentPartText
    from ..models.chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,
    )

    _models_bound = True


@_attrs_define
class PredictionContent:
    """Expected output supplied to speed up generation."""

    type_: PredictionContentType
    """ Prediction kind; always content. """
    content: list[ChatCompletionRequestMessageContentPartText] | str
    """ The predicted text. """
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

        _v_content = (
            self.content
            if self.content is not None or "content" not in self._none_flips
            else UNSET
        )

        if _v_content is None or isinstance(_v_content, Unset):
            content = _v_content
        else:
            content: list[dict[str, Any]] | str
            if isinstance(_v_content, list):
                content = []
                for content_type_1_item_data in _v_content:
                    if not isinstance(
                        content_type_1_item_data,
                        ChatCompletionRequestMessageContentPartText,
                    ):
                        content.append(content_type_1_item_data)
                        continue
                    content_type_1_item = content_type_1_item_data.to_dict()
                    content.append(content_type_1_item)

            else:
                content = _v_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "content": content,
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
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            raise KeyError("PredictionContent: required field type is missing")

        else:
            type_ = check_prediction_content_type(_type__raw)

        _content_raw = d.pop("content", UNSET)
        if _content_raw is None or isinstance(_content_raw, Unset):
            raise KeyError("PredictionContent: required field content is missing")

        else:

            def _parse_content(
                data: object,
            ) -> list[ChatCompletionRequestMessageContentPartText] | str:

                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    content_type_1 = []
                    _content_type_1 = data
                    if not isinstance(_content_type_1, list):
                        raise TypeError()
                    for content_type_1_item_data in _content_type_1:
                        content_type_1_item = (
                            ChatCompletionRequestMessageContentPartText.from_dict(
                                content_type_1_item_data
                            )
                        )

                        content_type_1.append(content_type_1_item)

                    return content_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    list[ChatCompletionRequestMessageContentPartText] | str, data
                )

            content = _parse_content(_content_raw)

        prediction_content = cls(
            type_=type_,
            content=content,
        )
        if _none_flips:
            prediction_content._none_flips = _none_flips

        prediction_content.additional_properties = d
        return prediction_content

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
