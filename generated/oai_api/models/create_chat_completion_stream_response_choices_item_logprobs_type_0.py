from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.chat_completion_token_logprob import ChatCompletionTokenLogprob


T = TypeVar("T", bound="CreateChatCompletionStreamResponseChoicesItemLogprobsType0")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, ChatCompletionTokenLogprob
    from ..models.chat_completion_token_logprob import ChatCompletionTokenLogprob

    _models_bound = True


@_attrs_define
class CreateChatCompletionStreamResponseChoicesItemLogprobsType0:
    """Token log probabilities, if requested."""

    content: list[ChatCompletionTokenLogprob] | None
    """ Log probabilities of content tokens. """
    refusal: list[ChatCompletionTokenLogprob] | None
    """ Log probabilities of refusal tokens. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_content = (
            self.content
            if self.content is not None or "content" not in self._none_flips
            else UNSET
        )

        if _v_content is None or isinstance(_v_content, Unset):
            content = _v_content
        else:
            content: list[dict[str, Any]] | None
            if isinstance(_v_content, list):
                content = []
                for content_type_0_item_data in _v_content:
                    if not isinstance(
                        content_type_0_item_data, ChatCompletionTokenLogprob
                    ):
                        content.append(content_type_0_item_data)
                        continue
                    content_type_0_item = content_type_0_item_data.to_dict()
                    content.append(content_type_0_item)

            else:
                content = _v_content

        _v_refusal = (
            self.refusal
            if self.refusal is not None or "refusal" not in self._none_flips
            else UNSET
        )

        if _v_refusal is None or isinstance(_v_refusal, Unset):
            refusal = _v_refusal
        else:
            refusal: list[dict[str, Any]] | None
            if isinstance(_v_refusal, list):
                refusal = []
                for refusal_type_0_item_data in _v_refusal:
                    if not isinstance(
                        refusal_type_0_item_data, ChatCompletionTokenLogprob
                    ):
                        refusal.append(refusal_type_0_item_data)
                        continue
                    refusal_type_0_item = refusal_type_0_item_data.to_dict()
                    refusal.append(refusal_type_0_item)

            else:
                refusal = _v_refusal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "content": content,
                    "refusal": refusal,
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
        _content_raw = d.pop("content", UNSET)
        if _content_raw is None or isinstance(_content_raw, Unset):
            if isinstance(_content_raw, Unset) and strict_parsing.get():
                raise KeyError("content")

            if _content_raw is UNSET:
                _none_flips += ("content",)
            content = None

        else:
            try:

                def _parse_content(
                    data: object,
                ) -> list[ChatCompletionTokenLogprob] | None:
                    if data is None:
                        return data

                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        content_type_0 = []
                        _content_type_0 = data
                        if not isinstance(_content_type_0, list):
                            raise TypeError()
                        for content_type_0_item_data in _content_type_0:
                            content_type_0_item = ChatCompletionTokenLogprob.from_dict(
                                content_type_0_item_data
                            )

                            content_type_0.append(content_type_0_item)

                        return content_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(list[ChatCompletionTokenLogprob] | None, data)

                content = _parse_content(_content_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                content = _content_raw

        _refusal_raw = d.pop("refusal", UNSET)
        if _refusal_raw is None or isinstance(_refusal_raw, Unset):
            if isinstance(_refusal_raw, Unset) and strict_parsing.get():
                raise KeyError("refusal")

            if _refusal_raw is UNSET:
                _none_flips += ("refusal",)
            refusal = None

        else:
            try:

                def _parse_refusal(
                    data: object,
                ) -> list[ChatCompletionTokenLogprob] | None:
                    if data is None:
                        return data

                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        refusal_type_0 = []
                        _refusal_type_0 = data
                        if not isinstance(_refusal_type_0, list):
                            raise TypeError()
                        for refusal_type_0_item_data in _refusal_type_0:
                            refusal_type_0_item = ChatCompletionTokenLogprob.from_dict(
                                refusal_type_0_item_data
                            )

                            refusal_type_0.append(refusal_type_0_item)

                        return refusal_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(list[ChatCompletionTokenLogprob] | None, data)

                refusal = _parse_refusal(_refusal_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                refusal = _refusal_raw

        create_chat_completion_stream_response_choices_item_logprobs_type_0 = cls(
            content=content,
            refusal=refusal,
        )
        if _none_flips:
            create_chat_completion_stream_response_choices_item_logprobs_type_0._none_flips = _none_flips

        create_chat_completion_stream_response_choices_item_logprobs_type_0.additional_properties = d
        return create_chat_completion_stream_response_choices_item_logprobs_type_0

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
