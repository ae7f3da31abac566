from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_embedding_response_object import (
    CreateEmbeddingResponseObject,
    check_create_embedding_response_object,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.create_embedding_response_usage import CreateEmbeddingResponseUsage
    from ..models.embedding import Embedding


T = TypeVar("T", bound="CreateEmbeddingResponse")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, CreateEmbeddingResponseUsage, Embedding
    from ..models.create_embedding_response_usage import CreateEmbeddingResponseUsage
    from ..models.embedding import Embedding

    _models_bound = True


@_attrs_define
class CreateEmbeddingResponse:
    """The embeddings computed for a request, with token usage."""

    data: list[Embedding]
    """ The embeddings, in input order. """
    model: str
    """ Model that computed the embeddings. """
    object_: CreateEmbeddingResponseObject
    """ Fixed tag `list`. """
    usage: CreateEmbeddingResponseUsage
    """ Token usage of the request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_data = (
            self.data
            if self.data is not None or "data" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_data, list):
            data = _v_data
        else:
            data = []
            for data_item_data in _v_data:
                if not isinstance(data_item_data, Embedding):
                    data.append(data_item_data)
                    continue
                data_item = data_item_data.to_dict()
                data.append(data_item)

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

        _v_usage = (
            self.usage
            if self.usage is not None or "usage" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_usage, CreateEmbeddingResponseUsage):
            usage = _v_usage
        else:
            usage = _v_usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "data": data,
                    "model": model,
                    "object": object_,
                    "usage": usage,
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
        _data_raw = d.pop("data", UNSET)
        if _data_raw is None or isinstance(_data_raw, Unset):
            if strict_parsing.get():
                raise KeyError("data")

            if _data_raw is UNSET:
                _none_flips += ("data",)
            data = None

        else:
            try:
                data = []
                _data = _data_raw
                if not isinstance(_data, list):
                    raise TypeError()
                for data_item_data in _data:
                    data_item = Embedding.from_dict(data_item_data)

                    data.append(data_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                data = _data_raw

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
                object_ = check_create_embedding_response_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        _usage_raw = d.pop("usage", UNSET)
        if _usage_raw is None or isinstance(_usage_raw, Unset):
            if strict_parsing.get():
                raise KeyError("usage")

            if _usage_raw is UNSET:
                _none_flips += ("usage",)
            usage = None

        else:
            try:
                usage = CreateEmbeddingResponseUsage.from_dict(_usage_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                usage = _usage_raw

        create_embedding_response = cls(
            data=data,
            model=model,
            object_=object_,
            usage=usage,
        )
        if _none_flips:
            create_embedding_response._none_flips = _none_flips

        create_embedding_response.additional_properties = d
        return create_embedding_response

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
