from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_output_text_type import (
    ResponseOutputTextType,
    check_response_output_text_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.file_annotation import FileAnnotation
    from ..models.url_annotation import UrlAnnotation


T = TypeVar("T", bound="ResponseOutputText")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, FileAnnotation, UrlAnnotation
    from ..models.file_annotation import FileAnnotation
    from ..models.url_annotation import UrlAnnotation

    _models_bound = True


@_attrs_define
class ResponseOutputText:
    """Text written by the assistant, with any file or URL citations."""

    type_: ResponseOutputTextType
    text: str
    annotations: list[FileAnnotation | UrlAnnotation]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_text = (
            self.text
            if self.text is not None or "text" not in self._none_flips
            else UNSET
        )

        text = _v_text

        _v_annotations = (
            self.annotations
            if self.annotations is not None or "annotations" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_annotations, list):
            annotations = _v_annotations
        else:
            annotations = []
            for annotations_item_data in _v_annotations:
                annotations_item: dict[str, Any]
                if isinstance(annotations_item_data, FileAnnotation) or isinstance(
                    annotations_item_data, UrlAnnotation
                ):
                    annotations_item = annotations_item_data.to_dict()
                else:
                    annotations_item = annotations_item_data
                annotations.append(annotations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "text": text,
                    "annotations": annotations,
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
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_response_output_text_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        text = d.pop("text", UNSET)
        if (text is None or isinstance(text, Unset)) and strict_parsing.get():
            raise KeyError("text")

        if text is None or text is UNSET:
            if text is UNSET:
                _none_flips += ("text",)
            text = None

        _annotations_raw = d.pop("annotations", UNSET)
        if _annotations_raw is None or isinstance(_annotations_raw, Unset):
            if strict_parsing.get():
                raise KeyError("annotations")

            if _annotations_raw is UNSET:
                _none_flips += ("annotations",)
            annotations = None

        else:
            try:
                annotations = []
                _annotations = _annotations_raw
                if not isinstance(_annotations, list):
                    raise TypeError()
                for annotations_item_data in _annotations:

                    def _parse_annotations_item(
                        data: object,
                    ) -> FileAnnotation | UrlAnnotation:
                        if isinstance(data, dict):
                            if data.get("type") == "file":
                                try:
                                    annotations_item_type_0 = FileAnnotation.from_dict(
                                        data
                                    )

                                    return annotations_item_type_0
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "url":
                                try:
                                    annotations_item_type_1 = UrlAnnotation.from_dict(
                                        data
                                    )

                                    return annotations_item_type_1
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass

                        if not strict_parsing.get():
                            strictly = strict_parsing.set(True)
                            try:
                                return _parse_annotations_item(data)
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            finally:
                                strict_parsing.reset(strictly)
                        if isinstance(data, dict):
                            _fits = (
                                len(
                                    {
                                        "source",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "source",
                                        "type",
                                    }.intersection(data)
                                ),
                            )
                        else:
                            _fits = (
                                0,
                                0,
                            )
                        _most = max(_fits)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "file") not in ("file",):
                                raise TypeError()
                            if _fits[0] < _most:
                                raise TypeError()
                            annotations_item_type_0 = FileAnnotation.from_dict(data)

                            return annotations_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "url") not in ("url",):
                                raise TypeError()
                            if _fits[1] < _most:
                                raise TypeError()
                            annotations_item_type_1 = UrlAnnotation.from_dict(data)

                            return annotations_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if strict_parsing.get():
                            raise TypeError()
                        return cast(FileAnnotation | UrlAnnotation, data)

                    annotations_item = _parse_annotations_item(annotations_item_data)

                    annotations.append(annotations_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                annotations = _annotations_raw

        response_output_text = cls(
            type_=type_,
            text=text,
            annotations=annotations,
        )
        if _none_flips:
            response_output_text._none_flips = _none_flips

        response_output_text.additional_properties = d
        return response_output_text

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
