from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_vector_store_file_attributes_type_0 import (
        BetaVectorStoreFileAttributesType0,
    )


T = TypeVar("T", bound="BetaFileSearchToolCallResultsType0Item")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, BetaVectorStoreFileAttributesType0
    from ..models.beta_vector_store_file_attributes_type_0 import (
        BetaVectorStoreFileAttributesType0,
    )

    _models_bound = True


@_attrs_define
class BetaFileSearchToolCallResultsType0Item:
    file_id: str | None = None
    """ ID of the file. """
    text: str | None = None
    """ Matching text. """
    filename: str | None = None
    """ Name of the file. """
    attributes: BetaVectorStoreFileAttributesType0 | None = None
    """ Up to 16 attributes on a vector store file, usable in search filters; keys up to 64 chars, values strings
    (512 max), numbers or booleans. """
    score: float | None = None
    """ Relevance, 0 to 1. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_file_id = (
            self.file_id
            if self.file_id is not None or "file_id" in self._none_flips
            else UNSET
        )

        file_id = _v_file_id

        _v_text = (
            self.text if self.text is not None or "text" in self._none_flips else UNSET
        )

        text = _v_text

        _v_filename = (
            self.filename
            if self.filename is not None or "filename" in self._none_flips
            else UNSET
        )

        filename = _v_filename

        _v_attributes = (
            self.attributes
            if self.attributes is not None or "attributes" in self._none_flips
            else UNSET
        )

        attributes: dict[str, Any] | None | Unset
        if isinstance(_v_attributes, Unset):
            attributes = UNSET
        elif isinstance(_v_attributes, BetaVectorStoreFileAttributesType0):
            attributes = _v_attributes.to_dict()
        else:
            attributes = _v_attributes

        _v_score = (
            self.score
            if self.score is not None or "score" in self._none_flips
            else UNSET
        )

        score = _v_score

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
        _none_flips: tuple[str, ...] = ()
        file_id = d.pop("file_id", UNSET)
        if file_id is None and strict_parsing.get():
            raise TypeError("file_id")

        if file_id is None or file_id is UNSET:
            if file_id is None:
                _none_flips += ("file_id",)
            file_id = None

        text = d.pop("text", UNSET)
        if text is None and strict_parsing.get():
            raise TypeError("text")

        if text is None or text is UNSET:
            if text is None:
                _none_flips += ("text",)
            text = None

        filename = d.pop("filename", UNSET)
        if filename is None and strict_parsing.get():
            raise TypeError("filename")

        if filename is None or filename is UNSET:
            if filename is None:
                _none_flips += ("filename",)
            filename = None

        _attributes_raw = d.pop("attributes", UNSET)
        if _attributes_raw is None or isinstance(_attributes_raw, Unset):
            if _attributes_raw is None:
                _none_flips += ("attributes",)
            attributes = None

        else:
            try:

                def _parse_attributes(
                    data: object,
                ) -> BetaVectorStoreFileAttributesType0 | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_beta_vector_store_file_attributes_type_0 = (
                            BetaVectorStoreFileAttributesType0.from_dict(data)
                        )

                        return (
                            componentsschemas_beta_vector_store_file_attributes_type_0
                        )
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(BetaVectorStoreFileAttributesType0 | None | Unset, data)

                attributes = _parse_attributes(_attributes_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                attributes = _attributes_raw

        score = d.pop("score", UNSET)
        if score is None and strict_parsing.get():
            raise TypeError("score")

        if score is None or score is UNSET:
            if score is None:
                _none_flips += ("score",)
            score = None

        beta_file_search_tool_call_results_type_0_item = cls(
            file_id=file_id,
            text=text,
            filename=filename,
            attributes=attributes,
            score=score,
        )
        if _none_flips:
            beta_file_search_tool_call_results_type_0_item._none_flips = _none_flips

        beta_file_search_tool_call_results_type_0_item.additional_properties = d
        return beta_file_search_tool_call_results_type_0_item

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
