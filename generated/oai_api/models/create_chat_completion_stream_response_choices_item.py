from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_chat_completion_stream_response_choices_item_finish_reason_type_0 import (
    CreateChatCompletionStreamResponseChoicesItemFinishReasonType0,
    check_create_chat_completion_stream_response_choices_item_finish_reason_type_0,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

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
    logprobs: CreateChatCompletionStreamResponseChoicesItemLogprobsType0 | None = None
    """ Token log probabilities, if requested. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_delta = (
            self.delta
            if self.delta is not None or "delta" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_delta, ChatCompletionStreamResponseDelta):
            delta = _v_delta
        else:
            delta = _v_delta.to_dict()

        _v_finish_reason = (
            self.finish_reason
            if self.finish_reason is not None or "finish_reason" not in self._none_flips
            else UNSET
        )

        if _v_finish_reason is None or isinstance(_v_finish_reason, Unset):
            finish_reason = _v_finish_reason
        else:
            finish_reason: None | str
            finish_reason = _v_finish_reason

        _v_index = (
            self.index
            if self.index is not None or "index" not in self._none_flips
            else UNSET
        )

        index = _v_index

        _v_logprobs = (
            self.logprobs
            if self.logprobs is not None or "logprobs" in self._none_flips
            else UNSET
        )

        logprobs: dict[str, Any] | None | Unset
        if isinstance(_v_logprobs, Unset):
            logprobs = UNSET
        elif isinstance(
            _v_logprobs, CreateChatCompletionStreamResponseChoicesItemLogprobsType0
        ):
            logprobs = _v_logprobs.to_dict()
        else:
            logprobs = _v_logprobs

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
        _none_flips: tuple[str, ...] = ()
        _delta_raw = d.pop("delta", UNSET)
        if _delta_raw is None or isinstance(_delta_raw, Unset):
            if strict_parsing.get():
                raise KeyError("delta")

            if _delta_raw is UNSET:
                _none_flips += ("delta",)
            delta = None

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

            if _finish_reason_raw is UNSET:
                _none_flips += ("finish_reason",)
            finish_reason = None

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

        if index is None or index is UNSET:
            if index is UNSET:
                _none_flips += ("index",)
            index = None

        _logprobs_raw = d.pop("logprobs", UNSET)
        if _logprobs_raw is None or isinstance(_logprobs_raw, Unset):
            if _logprobs_raw is None:
                _none_flips += ("logprobs",)
            logprobs = None

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
        if _none_flips:
            create_chat_completion_stream_response_choices_item._none_flips = (
                _none_flips
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
