from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_completion_response_object import (
    CreateCompletionResponseObject,
    check_create_completion_response_object,
)
from ..types import UNSET, Unset, strict_parsing

if TYPE_CHECKING:
    from ..models.completion_usage import CompletionUsage
    from ..models.create_completion_response_choices_item import (
        CreateCompletionResponseChoicesItem,
    )


T = TypeVar("T", bound="CreateCompletionResponse")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, CompletionUsage, CreateCompletionResponseChoicesItem
    from ..models.completion_usage import CompletionUsage
    from ..models.create_completion_response_choices_item import (
        CreateCompletionResponseChoicesItem,
    )

    _models_bound = True


@_attrs_define
class CreateCompletionResponse:
    """Result of a legacy completion request."""

    id: str
    """ Unique ID. """
    choices: list[CreateCompletionResponseChoicesItem]
    """ The completions, one per prompt and `n`. """
    created: int
    """ When the completion was created (Unix seconds). """
    model: str
    """ Model that produced the completion. """
    object_: CreateCompletionResponseObject
    """ Fixed tag `text_completion`. """
    system_fingerprint: str | Unset = UNSET
    """ Backend configuration the request ran on. """
    usage: CompletionUsage | Unset = UNSET
    """ Token counts for the request. """
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
                    choices_item_data, CreateCompletionResponseChoicesItem
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

        system_fingerprint = self.system_fingerprint

        if not isinstance(self.usage, CompletionUsage):
            usage = self.usage
        else:
            usage: dict[str, Any] | Unset = UNSET
            if not isinstance(self.usage, Unset):
                usage = self.usage.to_dict()

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
        if system_fingerprint is not UNSET:
            field_dict["system_fingerprint"] = system_fingerprint
        if usage is not UNSET:
            field_dict["usage"] = usage

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
                    choices_item = CreateCompletionResponseChoicesItem.from_dict(
                        choices_item_data
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
                object_ = check_create_completion_response_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        system_fingerprint = d.pop("system_fingerprint", UNSET)
        if system_fingerprint is None and strict_parsing.get():
            raise TypeError("system_fingerprint")

        _usage_raw = d.pop("usage", UNSET)
        if _usage_raw is None or isinstance(_usage_raw, Unset):
            if _usage_raw is None and strict_parsing.get():
                raise TypeError("usage")

            usage = _usage_raw
        else:
            try:
                _usage = _usage_raw
                usage: CompletionUsage | Unset
                if isinstance(_usage, Unset):
                    usage = UNSET
                else:
                    usage = CompletionUsage.from_dict(_usage)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                usage = _usage_raw

        create_completion_response = cls(
            id=id,
            choices=choices,
            created=created,
            model=model,
            object_=object_,
            system_fingerprint=system_fingerprint,
            usage=usage,
        )

        create_completion_response.additional_properties = d
        return create_completion_response

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
