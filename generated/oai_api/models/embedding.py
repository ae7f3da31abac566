from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.embedding_object import EmbeddingObject, check_embedding_object
from ..types import UNSET, Unset, model_repr, strict_parsing

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
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_index = (
            self.index
            if self.index is not None or "index" not in self._none_flips
            else UNSET
        )

        index = _v_index

        _v_embedding = (
            self.embedding
            if self.embedding is not None or "embedding" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_embedding, list):
            embedding = _v_embedding
        else:
            embedding = _v_embedding

        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" not in self._none_flips
            else UNSET
        )

        if _v_object_ is None or isinstance(_v_object_, Unset):
            object_ = _v_object_
        else:
            object_: str = _v_object_

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
        _none_flips: tuple[str, ...] = ()
        index = d.pop("index", UNSET)
        if (index is None or isinstance(index, Unset)) and strict_parsing.get():
            raise KeyError("index")

        if index is None or index is UNSET:
            if index is UNSET:
                _none_flips += ("index",)
            index = None

        _embedding_raw = d.pop("embedding", UNSET)
        if _embedding_raw is None or isinstance(_embedding_raw, Unset):
            if strict_parsing.get():
                raise KeyError("embedding")

            if _embedding_raw is UNSET:
                _none_flips += ("embedding",)
            embedding = None

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

            if _object__raw is UNSET:
                _none_flips += ("object_",)
            object_ = None

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
        if _none_flips:
            embedding._none_flips = _none_flips

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
