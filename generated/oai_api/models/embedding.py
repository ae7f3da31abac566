from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.embedding_object import EmbeddingObject, check_embedding_object
from ..types import UNSET, Unset, strict_parsing

T = TypeVar("T", bound="Embedding")


@_attrs_define
class Embedding:
    """One embedding vector and the position of its input."""

    index: int
    """ Position of the input this vector belongs to. """
    embedding: list[float]
    """ The vector (floats, or base64 when requested). """
    object_: EmbeddingObject
    """ Fixed tag `embedding`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        if not isinstance(self.embedding, list):
            embedding = self.embedding
        else:
            embedding = self.embedding

        if self.object_ is None or isinstance(self.object_, Unset):
            object_ = self.object_
        else:
            object_: str = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "index": index,
                    "embedding": embedding,
                    "object": object_,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        index = d.pop("index", UNSET)
        if (index is None or isinstance(index, Unset)) and strict_parsing.get():
            raise KeyError("index")

        _embedding_raw = d.pop("embedding", UNSET)
        if _embedding_raw is None or isinstance(_embedding_raw, Unset):
            if strict_parsing.get():
                raise KeyError("embedding")

            embedding = _embedding_raw
        else:
            try:
                embedding = cast(list[float], _embedding_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                embedding = _embedding_raw

        _object__raw = d.pop("object", UNSET)
        if _object__raw is None or isinstance(_object__raw, Unset):
            if strict_parsing.get():
                raise KeyError("object")

            object_ = _object__raw
        else:
            try:
                object_ = check_embedding_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        embedding = cls(
            index=index,
            embedding=embedding,
            object_=object_,
        )

        embedding.additional_properties = d
        return embedding

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
