from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.message_delta_content_text_annotations_file_citation_object import (
        MessageDeltaContentTextAnnotationsFileCitationObject,
    )
    from ..models.message_delta_content_text_annotations_file_path_object import (
        MessageDeltaContentTextAnnotationsFilePathObject,
    )


T = TypeVar("T", bound="MessageDeltaContentTextObjectText")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        MessageDeltaContentTextAnnotationsFileCitationObject, \
        MessageDeltaContentTextAnnotationsFilePathObject
    from ..models.message_delta_content_text_annotations_file_citation_object import (
        MessageDeltaContentTextAnnotationsFileCitationObject,
    )
    from ..models.message_delta_content_text_annotations_file_path_object import (
        MessageDeltaContentTextAnnotationsFilePathObject,
    )

    _models_bound = True


@_attrs_define
class MessageDeltaContentTextObjectText:
    value: str | None = None
    annotations: (
        list[
            MessageDeltaContentTextAnnotationsFileCitationObject
            | MessageDeltaContentTextAnnotationsFilePathObject
        ]
        | None
    ) = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_value = (
            self.value
            if self.value is not None or "value" in self._none_flips
            else UNSET
        )

        value = _v_value

        _v_annotations = (
            self.annotations
            if self.annotations is not None or "annotations" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_annotations, list):
            annotations = _v_annotations
        else:
            annotations: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_v_annotations, Unset):
                annotations = []
                for annotations_item_data in _v_annotations:
                    annotations_item: dict[str, Any]
                    if isinstance(
                        annotations_item_data,
                        MessageDeltaContentTextAnnotationsFileCitationObject,
                    ) or isinstance(
                        annotations_item_data,
                        MessageDeltaContentTextAnnotationsFilePathObject,
                    ):
                        annotations_item = annotations_item_data.to_dict()
                    else:
                        annotations_item = annotations_item_data
                    annotations.append(annotations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if value is not UNSET:
            field_dict["value"] = value
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        value = d.pop("value", UNSET)
        if value is None and strict_parsing.get():
            raise TypeError("value")

        if value is None or value is UNSET:
            if value is None:
                _none_flips += ("value",)
            value = None

        _annotations_raw = d.pop("annotations", UNSET)
        if _annotations_raw is None or isinstance(_annotations_raw, Unset):
            if _annotations_raw is None and strict_parsing.get():
                raise TypeError("annotations")

            if _annotations_raw is None:
                _none_flips += ("annotations",)
            annotations = None

        else:
            try:
                _annotations = _annotations_raw
                annotations: (
                    list[
                        MessageDeltaContentTextAnnotationsFileCitationObject
                        | MessageDeltaContentTextAnnotationsFilePathObject
                    ]
                    | Unset
                ) = UNSET
                if _annotations is not UNSET:
                    annotations = []
                    if not isinstance(_annotations, list):
                        raise TypeError()
                    for annotations_item_data in _annotations:

                        def _parse_annotations_item(
                            data: object,
                        ) -> (
                            MessageDeltaContentTextAnnotationsFileCitationObject
                            | MessageDeltaContentTextAnnotationsFilePathObject
                        ):
                            if isinstance(data, dict):
                                if data.get("type") == "file_citation":
                                    try:
                                        annotations_item_type_0 = MessageDeltaContentTextAnnotationsFileCitationObject.from_dict(
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
                                if data.get("type") == "file_path":
                                    try:
                                        annotations_item_type_1 = MessageDeltaContentTextAnnotationsFilePathObject.from_dict(
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
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                                finally:
                                    strict_parsing.reset(strictly)
                            if isinstance(data, dict):
                                _fits = (
                                    len(
                                        {
                                            "end_index",
                                            "file_citation",
                                            "index",
                                            "start_index",
                                            "text",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "end_index",
                                            "file_path",
                                            "index",
                                            "start_index",
                                            "text",
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
                                if data.get("type", "file_citation") not in (
                                    "file_citation",
                                ):
                                    raise TypeError()
                                if _fits[0] < _most:
                                    raise TypeError()
                                annotations_item_type_0 = MessageDeltaContentTextAnnotationsFileCitationObject.from_dict(
                                    data
                                )

                                return annotations_item_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "file_path") not in ("file_path",):
                                    raise TypeError()
                                if _fits[1] < _most:
                                    raise TypeError()
                                annotations_item_type_1 = MessageDeltaContentTextAnnotationsFilePathObject.from_dict(
                                    data
                                )

                                return annotations_item_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            if strict_parsing.get():
                                raise TypeError()
                            return cast(
                                MessageDeltaContentTextAnnotationsFileCitationObject
                                | MessageDeltaContentTextAnnotationsFilePathObject,
                                data,
                            )

                        annotations_item = _parse_annotations_item(
                            annotations_item_data
                        )

                        annotations.append(annotations_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                annotations = _annotations_raw

        message_delta_content_text_object_text = cls(
            value=value,
            annotations=annotations,
        )
        if _none_flips:
            message_delta_content_text_object_text._none_flips = _none_flips

        message_delta_content_text_object_text.additional_properties = d
        return message_delta_content_text_object_text

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
