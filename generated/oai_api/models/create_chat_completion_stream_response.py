from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_chat_completion_stream_response_object import (
    CreateChatCompletionStreamResponseObject,
    check_create_chat_completion_stream_response_object,
)
from ..models.service_tier_type_0 import ServiceTierType0, check_service_tier_type_0
from ..types import UNSET, Unset, strict_parsing

if TYPE_CHECKING:
    from ..models.chat_completion_moderation import ChatCompletionModeration
    from ..models.completion_usage import CompletionUsage
    from ..models.create_chat_completion_stream_response_choices_item import (
        CreateChatCompletionStreamResponseChoicesItem,
    )


T = TypeVar("T", bound="CreateChatCompletionStreamResponse")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        ChatCompletionModeration, \
        CompletionUsage, \
        CreateChatCompletionStreamResponseChoicesItem
    from ..models.chat_completion_moderation import ChatCompletionModeration
    from ..models.completion_usage import CompletionUsage
    from ..models.create_chat_completion_stream_response_choices_item import (
        CreateChatCompletionStreamResponseChoicesItem,
    )

    _models_bound = True


@_attrs_define
class CreateChatCompletionStreamResponse:
    """One streamed chunk of a chat completion."""

    id: str
    """ Completion ID, same in every chunk. """
    choices: list[CreateChatCompletionStreamResponseChoicesItem]
    """ Choice updates; empty in the usage chunk. """
    created: int
    """ Creation time (Unix seconds), same in every chunk. """
    model: str
    """ Model that produced the completion. """
    object_: CreateChatCompletionStreamResponseObject
    """ Object type tag. """
    obfuscation: str | Unset = UNSET
    """ Random padding, present when obfuscation is on. """
    service_tier: None | ServiceTierType0 | Unset = UNSET
    """ Processing tier used (or requested) for the call. """
    system_fingerprint: str | Unset = UNSET
    """ Backend configuration fingerprint. """
    usage: CompletionUsage | None | Unset = UNSET
    """ Token usage; only in the final usage chunk. """
    moderation: ChatCompletionModeration | None | Unset = UNSET
    """ Moderation outcome, if moderation ran. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        id = self.id

        if not isinstance(self.choices, list):
            choices = self.choices
        else:
            choices = []
            for choices_item_data in self.choices:
                if not isinstance(
                    choices_item_data, CreateChatCompletionStreamResponseChoicesItem
                ):
                    choices.append(choices_item_data)
                    continue
                choices_item = choices_item_data.to_dict()
                choices.append(choices_item)

        created = self.created

        model = self.model

        if self.object_ is None or isinstance(self.object_, Unset):
            object_ = self.object_
        else:
            object_: str = self.object_

        obfuscation = self.obfuscation

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = self.service_tier

        system_fingerprint = self.system_fingerprint

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, CompletionUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        moderation: dict[str, Any] | None | Unset
        if isinstance(self.moderation, Unset):
            moderation = UNSET
        elif isinstance(self.moderation, ChatCompletionModeration):
            moderation = self.moderation.to_dict()
        else:
            moderation = self.moderation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "choices": choices,
                    "created": created,
                    "model": model,
                    "object": object_,
                }.items()
                if v is not UNSET
            }
        )
        if obfuscation is not UNSET:
            field_dict["obfuscation"] = obfuscation
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if system_fingerprint is not UNSET:
            field_dict["system_fingerprint"] = system_fingerprint
        if usage is not UNSET:
            field_dict["usage"] = usage
        if moderation is not UNSET:
            field_dict["moderation"] = moderation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        _choices_raw = d.pop("choices", UNSET)
        if _choices_raw is None or isinstance(_choices_raw, Unset):
            if strict_parsing.get():
                raise KeyError("choices")

            choices = _choices_raw
        else:
            try:
                choices = []
                _choices = _choices_raw
                if not isinstance(_choices, list):
                    raise TypeError()
                for choices_item_data in _choices:
                    choices_item = (
                        CreateChatCompletionStreamResponseChoicesItem.from_dict(
                            choices_item_data
                        )
                    )

                    choices.append(choices_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                choices = _choices_raw

        created = d.pop("created", UNSET)
        if (created is None or isinstance(created, Unset)) and strict_parsing.get():
            raise KeyError("created")

        model = d.pop("model", UNSET)
        if (model is None or isinstance(model, Unset)) and strict_parsing.get():
            raise KeyError("model")

        _object__raw = d.pop("object", UNSET)
        if _object__raw is None or isinstance(_object__raw, Unset):
            if strict_parsing.get():
                raise KeyError("object")

            object_ = _object__raw
        else:
            try:
                object_ = check_create_chat_completion_stream_response_object(
                    _object__raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        obfuscation = d.pop("obfuscation", UNSET)
        if obfuscation is None and strict_parsing.get():
            raise TypeError("obfuscation")

        _service_tier_raw = d.pop("service_tier", UNSET)
        if _service_tier_raw is None or isinstance(_service_tier_raw, Unset):
            service_tier = _service_tier_raw
        else:
            try:

                def _parse_service_tier(
                    data: object,
                ) -> None | ServiceTierType0 | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        componentsschemas_service_tier_type_0 = (
                            check_service_tier_type_0(data)
                        )

                        return componentsschemas_service_tier_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(None | ServiceTierType0 | Unset, data)

                service_tier = _parse_service_tier(_service_tier_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                service_tier = _service_tier_raw

        system_fingerprint = d.pop("system_fingerprint", UNSET)
        if system_fingerprint is None and strict_parsing.get():
            raise TypeError("system_fingerprint")

        _usage_raw = d.pop("usage", UNSET)
        if _usage_raw is None or isinstance(_usage_raw, Unset):
            usage = _usage_raw
        else:
            try:

                def _parse_usage(data: object) -> CompletionUsage | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        usage_type_0 = CompletionUsage.from_dict(data)

                        return usage_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(CompletionUsage | None | Unset, data)

                usage = _parse_usage(_usage_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                usage = _usage_raw

        _moderation_raw = d.pop("moderation", UNSET)
        if _moderation_raw is None or isinstance(_moderation_raw, Unset):
            moderation = _moderation_raw
        else:
            try:

                def _parse_moderation(
                    data: object,
                ) -> ChatCompletionModeration | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        moderation_type_0 = ChatCompletionModeration.from_dict(data)

                        return moderation_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(ChatCompletionModeration | None | Unset, data)

                moderation = _parse_moderation(_moderation_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                moderation = _moderation_raw

        create_chat_completion_stream_response = cls(
            id=id,
            choices=choices,
            created=created,
            model=model,
            object_=object_,
            obfuscation=obfuscation,
            service_tier=service_tier,
            system_fingerprint=system_fingerprint,
            usage=usage,
            moderation=moderation,
        )

        create_chat_completion_stream_response.additional_properties = d
        return create_chat_completion_stream_response

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
