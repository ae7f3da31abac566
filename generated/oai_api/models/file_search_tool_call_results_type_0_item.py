from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, strict_parsing

if TYPE_CHECKING:
    from ..models.vector_store_file_attributes_type_0 import (
        VectorStoreFileAttributesType0,
    )


T = TypeVar("T", bound="FileSearchToolCallResultsType0Item")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, VectorStoreFileAttributesType0
    from ..models.vector_store_file_attributes_type_0 import (
        VectorStoreFileAttributesType0,
    )

    _models_bound = True


@_attrs_define
class FileSearchToolCallResultsType0Item:
    file_id: str | Unset = UNSET
    """ ID of the file. """
    text: str | Unset = UNSET
    """ Matching text. """
    filename: str | Unset = UNSET
    """ Name of the file. """
    attributes: None | Unset | VectorStoreFileAttributesType0 = UNSET
    """ Up to 16 key/value attributes attached to a file. """
    score: float | Unset = UNSET
    """ Relevance, 0 to 1. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        file_id = self.file_id

        text = self.text

        filename = self.filename

        attributes: dict[str, Any] | None | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, VectorStoreFileAttributesType0):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes

        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if text is not UNSET:
            field_dict["text"] = text
        if filename is not UNSET:
            field_dict["filename"] = filename
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if score is not UNSET:
            field_dict["score"] = score

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        file_id = d.pop("file_id", UNSET)
        if file_id is None and strict_parsing.get():
            raise TypeError("file_id")

        text = d.pop("text", UNSET)
        if text is None and strict_parsing.get():
            raise TypeError("text")

        filename = d.pop("filename", UNSET)
        if filename is None and strict_parsing.get():
            raise TypeError("filename")

        _attributes_raw = d.pop("attributes", UNSET)
        if _attributes_raw is None or isinstance(_attributes_raw, Unset):
            attributes = _attributes_raw
        else:
            try:

                def _parse_attributes(
                    data: object,
                ) -> None | Unset | VectorStoreFileAttributesType0:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
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
                    return cast(None | Unset | VectorStoreFileAttributesType0, data)

                attributes = _parse_attributes(_attributes_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                attributes = _attributes_raw

        score = d.pop("score", UNSET)
        if score is None and strict_parsing.get():
            raise TypeError("score")

        file_search_tool_call_results_type_0_item = cls(
            file_id=file_id,
            text=text,
            filename=filename,
            attributes=attributes,
            score=score,
        )

        file_search_tool_call_results_type_0_item.additional_properties = d
        return file_search_tool_call_results_type_0_item

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
