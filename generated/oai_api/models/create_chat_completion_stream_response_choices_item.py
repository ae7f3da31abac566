from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_chat_completion_stream_response_choices_item_finish_reason_type_0 import (
    CreateChatCompletionStreamResponseChoicesItemFinishReasonType0,
    check_create_chat_completion_stream_response_choices_item_finish_reason_type_0,
)
from ..types import UNSET, Unset, strict_parsing

if TYPE_CHECKING:
    from ..models.chat_completion_stream_response_delta import (
        ChatCompletionStreamResponseDelta,
    )
    from ..models.create_chat_completion_stream_response_choices_item_logprobs_type_0 import (
        CreateChatCompletionStreamResponseChoicesItemLogprobsType0,
    )


T = TypeVar("T", bound="CreateChatCompletionStreamResponseChoicesItem")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        ChatCompletionStreamResponseDelta, \
        CreateChatCompletionStreamResponseChoicesItemLogprobsType0
    from ..models.chat_completion_stream_response_delta import (
        ChatCompletionStreamResponseDelta,
    )
    from ..models.create_chat_completion_stream_response_choices_item_logprobs_type_0 import (
        CreateChatCompletionStreamResponseChoicesItemLogprobsType0,
    )

    _models_bound = True


@_attrs_define
class CreateChatCompletionStreamResponseChoicesItem:
    delta: ChatCompletionStreamResponseDelta
    """ Incremental message content in a chunk. """
    finish_reason: CreateChatCompletionStreamResponseChoicesItemFinishReasonType0 | None
    """ Why generation stopped; null until it does. """
    index: int
    """ Position of this choice. """
    logprobs: (
        CreateChatCompletionStreamResponseChoicesItemLogprobsType0 | None | Unset
    ) = UNSET
    """ Token log probabilities, if requested. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        if not isinstance(self.delta, ChatCompletionStreamResponseDelta):
            delta = self.delta
        else:
            delta = self.delta.to_dict()

        if self.finish_reason is None or isinstance(self.finish_reason, Unset):
            finish_reason = self.finish_reason
        else:
            finish_reason: None | str
            finish_reason = self.finish_reason

        index = self.index

        logprobs: dict[str, Any] | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        elif isinstance(
            self.logprobs, CreateChatCompletionStreamResponseChoicesItemLogprobsType0
        ):
            logprobs = self.logprobs.to_dict()
        else:
            logprobs = self.logprobs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "delta": delta,
                    "finish_reason": finish_reason,
                    "index": index,
                }.items()
                if v is not UNSET
            }
        )
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _delta_raw = d.pop("delta", UNSET)
        if _delta_raw is None or isinstance(_delta_raw, Unset):
            if strict_parsing.get():
                raise KeyError("delta")

            delta = _delta_raw
        else:
            try:
                delta = ChatCompletionStreamResponseDelta.from_dict(_delta_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                delta = _delta_raw

        _finish_reason_raw = d.pop("finish_reason", UNSET)
        if _finish_reason_raw is None or isinstance(_finish_reason_raw, Unset):
            if isinstance(_finish_reason_raw, Unset) and strict_parsing.get():
                raise KeyError("finish_reason")

            finish_reason = _finish_reason_raw
        else:
            try:

                def _parse_finish_reason(
                    data: object,
                ) -> (
                    CreateChatCompletionStreamResponseChoicesItemFinishReasonType0
                    | None
                ):
                    if data is None:
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        finish_reason_type_0 = check_create_chat_completion_stream_response_choices_item_finish_reason_type_0(
                            data
                        )

                        return finish_reason_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        CreateChatCompletionStreamResponseChoicesItemFinishReasonType0
                        | None,
                        data,
                    )

                finish_reason = _parse_finish_reason(_finish_reason_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                finish_reason = _finish_reason_raw

        index = d.pop("index", UNSET)
        if (index is None or isinstance(index, Unset)) and strict_parsing.get():
            raise KeyError("index")

        _logprobs_raw = d.pop("logprobs", UNSET)
        if _logprobs_raw is None or isinstance(_logprobs_raw, Unset):
            logprobs = _logprobs_raw
        else:
            try:

                def _parse_logprobs(
                    data: object,
                ) -> (
                    CreateChatCompletionStreamResponseChoicesItemLogprobsType0
                    | None
                    | Unset
                ):
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        logprobs_type_0 = CreateChatCompletionStreamResponseChoicesItemLogprobsType0.from_dict(
                            data
                        )

                        return logprobs_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        CreateChatCompletionStreamResponseChoicesItemLogprobsType0
                        | None
                        | Unset,
                        data,
                    )

                logprobs = _parse_logprobs(_logprobs_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                logprobs = _logprobs_raw

        create_chat_completion_stream_response_choices_item = cls(
            delta=delta,
            finish_reason=finish_reason,
            index=index,
            logprobs=logprobs,
        )

        create_chat_completion_stream_response_choices_item.additional_properties = d
        return create_chat_completion_stream_response_choices_item

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
