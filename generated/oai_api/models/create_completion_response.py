from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_completion_response_object import (
    CreateCompletionResponseObject,
    check_create_completion_response_object,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

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
    system_fingerprint: str | None = None
    """ Backend configuration the request ran on. """
    usage: CompletionUsage | None = None
    """ Token counts for the request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_choices = (
            self.choices
            if self.choices is not None or "choices" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_choices, list):
            choices = _v_choices
        else:
            choices = []
            for choices_item_data in _v_choices:
                if not isinstance(
                    choices_item_data, CreateCompletionResponseChoicesItem
                ):
                    choices.append(choices_item_data)
                    continue
                choices_item = choices_item_data.to_dict()
                choices.append(choices_item)

        _v_created = (
            self.created
            if self.created is not None or "created" not in self._none_flips
            else UNSET
        )

        created = _v_created

        _v_model = (
            self.model
            if self.model is not None or "model" not in self._none_flips
            else UNSET
        )

        model = _v_model

        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" not in self._none_flips
            else UNSET
        )

        if _v_object_ is None or isinstance(_v_object_, Unset):
            object_ = _v_object_
        else:
            object_: str = _v_object_

        _v_system_fingerprint = (
            self.system_fingerprint
            if self.system_fingerprint is not None
            or "system_fingerprint" in self._none_flips
            else UNSET
        )

        system_fingerprint = _v_system_fingerprint

        _v_usage = (
            self.usage
            if self.usage is not None or "usage" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_usage, CompletionUsage):
            usage = _v_usage
        else:
            usage: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_usage, Unset):
                usage = _v_usage.to_dict()

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
        _none_flips: tuple[str, ...] = ()
        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        _choices_raw = d.pop("choices", UNSET)
        if _choices_raw is None or isinstance(_choices_raw, Unset):
            if strict_parsing.get():
                raise KeyError("choices")

            if _choices_raw is UNSET:
                _none_flips += ("choices",)
            choices = None

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

        if created is None or created is UNSET:
            if created is UNSET:
                _none_flips += ("created",)
            created = None

        model = d.pop("model", UNSET)
        if (model is None or isinstance(model, Unset)) and strict_parsing.get():
            raise KeyError("model")

        if model is None or model is UNSET:
            if model is UNSET:
                _none_flips += ("model",)
            model = None

        _object__raw = d.pop("object", UNSET)
        if _object__raw is None or isinstance(_object__raw, Unset):
            if strict_parsing.get():
                raise KeyError("object")

            if _object__raw is UNSET:
                _none_flips += ("object_",)
            object_ = None

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

        if system_fingerprint is None or system_fingerprint is UNSET:
            if system_fingerprint is None:
                _none_flips += ("system_fingerprint",)
            system_fingerprint = None

        _usage_raw = d.pop("usage", UNSET)
        if _usage_raw is None or isinstance(_usage_raw, Unset):
            if _usage_raw is None and strict_parsing.get():
                raise TypeError("usage")

            if _usage_raw is None:
                _none_flips += ("usage",)
            usage = None

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
        if _none_flips:
            create_completion_response._none_flips = _none_flips

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
