from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.vector_store_file_attributes_type_0 import (
        VectorStoreFileAttributesType0,
    )
    from ..models.vector_store_search_result_content_object import (
        VectorStoreSearchResultContentObject,
    )


T = TypeVar("T", bound="VectorStoreSearchResultItem")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        VectorStoreFileAttributesType0, \
        VectorStoreSearchResultContentObject
    from ..models.vector_store_file_attributes_type_0 import (
        VectorStoreFileAttributesType0,
    )
    from ..models.vector_store_search_result_content_object import (
        VectorStoreSearchResultContentObject,
    )

    _models_bound = True


@_attrs_define
class VectorStoreSearchResultItem:
    """One file matching a search: ID, filename, similarity score (0 to 1), attributes and matching chunks."""

    file_id: str
    filename: str
    score: float
    attributes: None | VectorStoreFileAttributesType0
    """ Up to 16 key/value attributes attached to a file. """
    content: list[VectorStoreSearchResultContentObject]
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_file_id = (
            self.file_id
            if self.file_id is not None or "file_id" not in self._none_flips
            else UNSET
        )

        file_id = _v_file_id

        _v_filename = (
            self.filename
            if self.filename is not None or "filename" not in self._none_flips
            else UNSET
        )

        filename = _v_filename

        _v_score = (
            self.score
            if self.score is not None or "score" not in self._none_flips
            else UNSET
        )

        score = _v_score

        _v_attributes = (
            self.attributes
            if self.attributes is not None or "attributes" not in self._none_flips
            else UNSET
        )

        if _v_attributes is None or isinstance(_v_attributes, Unset):
            attributes = _v_attributes
        else:
            attributes: dict[str, Any] | None
            if isinstance(_v_attributes, VectorStoreFileAttributesType0):
                attributes = _v_attributes.to_dict()
            else:
                attributes = _v_attributes

        _v_content = (
            self.content
            if self.content is not None or "content" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_content, list):
            content = _v_content
        else:
            content = []
            for content_item_data in _v_content:
                if not isinstance(
                    content_item_data, VectorStoreSearchResultContentObject
                ):
                    content.append(content_item_data)
                    continue
                content_item = content_item_data.to_dict()
                content.append(content_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                k: v
                for k, v in {
                    "file_id": file_id,
                    "filename": filename,
                    "score": score,
                    "attributes": attributes,
                    "content": content,
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
        file_id = d.pop("file_id", UNSET)
        if (file_id is None or isinstance(file_id, Unset)) and strict_parsing.get():
            raise KeyError("file_id")

        if file_id is None or file_id is UNSET:
            if file_id is UNSET:
                _none_flips += ("file_id",)
            file_id = None

        filename = d.pop("filename", UNSET)
        if (filename is None or isinstance(filename, Unset)) and strict_parsing.get():
            raise KeyError("filename")

        if filename is None or filename is UNSET:
            if filename is UNSET:
                _none_flips += ("filename",)
            filename = None

        score = d.pop("score", UNSET)
        if (score is None or isinstance(score, Unset)) and strict_parsing.get():
            raise KeyError("score")

        if score is None or score is UNSET:
            if score is UNSET:
                _none_flips += ("score",)
            score = None

        _attributes_raw = d.pop("attributes", UNSET)
        if _attributes_raw is None or isinstance(_attributes_raw, Unset):
            if isinstance(_attributes_raw, Unset) and strict_parsing.get():
                raise KeyError("attributes")

            if _attributes_raw is UNSET:
                _none_flips += ("attributes",)
            attributes = None

        else:
            try:

                def _parse_attributes(
                    data: object,
                ) -> None | VectorStoreFileAttributesType0:
                    if data is None:
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_vector_store_file_attributes_type_0 = (
                            VectorStoreFileAttributesType0.from_dict(data)
                        )

                        return componentsschemas_vector_store_file_attributes_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(None | VectorStoreFileAttributesType0, data)

                attributes = _parse_attributes(_attributes_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                attributes = _attributes_raw

        _content_raw = d.pop("content", UNSET)
        if _content_raw is None or isinstance(_content_raw, Unset):
            if strict_parsing.get():
                raise KeyError("content")

            if _content_raw is UNSET:
                _none_flips += ("content",)
            content = None

        else:
            try:
                content = []
                _content = _content_raw
                if not isinstance(_content, list):
                    raise TypeError()
                for content_item_data in _content:
                    content_item = VectorStoreSearchResultContentObject.from_dict(
                        content_item_data
                    )

                    content.append(content_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                content = _content_raw

        vector_store_search_result_item = cls(
            file_id=file_id,
            filename=filename,
            score=score,
            attributes=attributes,
            content=content,
        )
        if _none_flips:
            vector_store_search_result_item._none_flips = _none_flips

        return vector_store_search_result_item
