from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_completion_response_choices_item_finish_reason import (
    CreateCompletionResponseChoicesItemFinishReason,
    check_create_completion_response_choices_item_finish_reason,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.create_completion_response_choices_item_logprobs_type_0 import (
        CreateCompletionResponseChoicesItemLogprobsType0,
    )


T = TypeVar("T", bound="CreateCompletionResponseChoicesItem")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, CreateCompletionResponseChoicesItemLogprobsType0
    from ..models.create_completion_response_choices_item_logprobs_type_0 import (
        CreateCompletionResponseChoicesItemLogprobsType0,
    )

    _models_bound = True


@_attrs_define
class CreateCompletionResponseChoicesItem:
    finish_reason: CreateCompletionResponseChoicesItemFinishReason
    """ Why generation stopped: stop sequence, token limit or content filter. """
    index: int
    """ Position of this choice. """
    logprobs: CreateCompletionResponseChoicesItemLogprobsType0 | None
    """ Token log probabilities, when requested. """
    text: str
    """ The generated text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_finish_reason = (
            self.finish_reason
            if self.finish_reason is not None or "finish_reason" not in self._none_flips
            else UNSET
        )

        if _v_finish_reason is None or isinstance(_v_finish_reason, Unset):
            finish_reason = _v_finish_reason
        else:
            finish_reason: str = _v_finish_reason

        _v_index = (
            self.index
            if self.index is not None or "index" not in self._none_flips
            else UNSET
        )

        index = _v_index

        _v_logprobs = (
            self.logprobs
            if self.logprobs is not None or "logprobs" not in self._none_flips
            else UNSET
        )

        if _v_logprobs is None or isinstance(_v_logprobs, Unset):
            logprobs = _v_logprobs
        else:
            logprobs: dict[str, Any] | None
            if isinstance(
                _v_logprobs, CreateCompletionResponseChoicesItemLogprobsType0
            ):
                logprobs = _v_logprobs.to_dict()
            else:
                logprobs = _v_logprobs

        _v_text = (
            self.text
            if self.text is not None or "text" not in self._none_flips
            else UNSET
        )

        text = _v_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "finish_reason": finish_reason,
                    "index": index,
                    "logprobs": logprobs,
                    "text": text,
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
        _finish_reason_raw = d.pop("finish_reason", UNSET)
        if _finish_reason_raw is None or isinstance(_finish_reason_raw, Unset):
            if strict_parsing.get():
                raise KeyError("finish_reason")

            if _finish_reason_raw is UNSET:
                _none_flips += ("finish_reason",)
            finish_reason = None

        else:
            try:
                finish_reason = (
                    check_create_completion_response_choices_item_finish_reason(
                        _finish_reason_raw
                    )
                )

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
            if isinstance(_logprobs_raw, Unset) and strict_parsing.get():
                raise KeyError("logprobs")

            if _logprobs_raw is UNSET:
                _none_flips += ("logprobs",)
            logprobs = None

        else:
            try:

                def _parse_logprobs(
                    data: object,
                ) -> CreateCompletionResponseChoicesItemLogprobsType0 | None:
                    if data is None:
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        logprobs_type_0 = (
                            CreateCompletionResponseChoicesItemLogprobsType0.from_dict(
                                data
                            )
                        )

                        return logprobs_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        CreateCompletionResponseChoicesItemLogprobsType0 | None, data
                    )

                logprobs = _parse_logprobs(_logprobs_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                logprobs = _logprobs_raw

        text = d.pop("text", UNSET)
        if (text is None or isinstance(text, Unset)) and strict_parsing.get():
            raise KeyError("text")

        if text is None or text is UNSET:
            if text is UNSET:
                _none_flips += ("text",)
            text = None

        create_completion_response_choices_item = cls(
            finish_reason=finish_reason,
            index=index,
            logprobs=logprobs,
            text=text,
        )
        if _none_flips:
            create_completion_response_choices_item._none_flips = _none_flips

        create_completion_response_choices_item.additional_properties = d
        return create_completion_response_choices_item

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
