from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_output_text_content_param_type import (
    BetaOutputTextContentParamType,
    check_beta_output_text_content_param_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_container_file_citation_param import (
        BetaContainerFileCitationParam,
    )
    from ..models.beta_file_citation_param import BetaFileCitationParam
    from ..models.beta_url_citation_param import BetaUrlCitationParam


T = TypeVar("T", bound="BetaOutputTextContentParam")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        BetaContainerFileCitationParam, \
        BetaFileCitationParam, \
        BetaUrlCitationParam
    from ..models.beta_container_file_citation_param import (
        BetaContainerFileCitationParam,
    )
    from ..models.beta_file_citation_param import BetaFileCitationParam
    from ..models.beta_url_citation_param import BetaUrlCitationParam

    _models_bound = True


@_attrs_define
class BetaOutputTextContentParam:
    """Assistant text passed back as input, with optional citations."""

    type_: BetaOutputTextContentParamType
    """ Fixed tag `output_text`. """
    text: str
    """ The text itself, up to 10 MiB. """
    annotations: (
        list[
            BetaContainerFileCitationParam
            | BetaFileCitationParam
            | BetaUrlCitationParam
        ]
        | None
    ) = None
    """ File, URL or container-file citations attached to the text. """
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
                    if (
                        isinstance(annotations_item_data, BetaFileCitationParam)
                        or isinstance(annotations_item_data, BetaUrlCitationParam)
                        or isinstance(
                            annotations_item_data, BetaContainerFileCitationParam
                        )
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
                }.items()
                if v is not UNSET
            }
        )
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

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
                type_ = check_beta_output_text_content_param_type(_type__raw)

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
                        BetaContainerFileCitationParam
                        | BetaFileCitationParam
                        | BetaUrlCitationParam
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
                            BetaContainerFileCitationParam
                            | BetaFileCitationParam
                            | BetaUrlCitationParam
                        ):
                            if isinstance(data, dict):
                                if data.get("type") == "file_citation":
                                    try:
                                        annotations_item_type_0 = (
                                            BetaFileCitationParam.from_dict(data)
                                        )

                                        return annotations_item_type_0
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "url_citation":
                                    try:
                                        annotations_item_type_1 = (
                                            BetaUrlCitationParam.from_dict(data)
                                        )

                                        return annotations_item_type_1
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "container_file_citation":
                                    try:
                                        annotations_item_type_2 = (
                                            BetaContainerFileCitationParam.from_dict(
                                                data
                                            )
                                        )

                                        return annotations_item_type_2
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
                                            "file_id",
                                            "filename",
                                            "index",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "end_index",
                                            "start_index",
                                            "title",
                                            "type",
                                            "url",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "container_id",
                                            "end_index",
                                            "file_id",
                                            "filename",
                                            "start_index",
                                            "type",
                                        }.intersection(data)
                                    ),
                                )
                            else:
                                _fits = (
                                    0,
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
                                annotations_item_type_0 = (
                                    BetaFileCitationParam.from_dict(data)
                                )

                                return annotations_item_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "url_citation") not in (
                                    "url_citation",
                                ):
                                    raise TypeError()
                                if _fits[1] < _most:
                                    raise TypeError()
                                annotations_item_type_1 = (
                                    BetaUrlCitationParam.from_dict(data)
                                )

                                return annotations_item_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "container_file_citation") not in (
                                    "container_file_citation",
                                ):
                                    raise TypeError()
                                if _fits[2] < _most:
                                    raise TypeError()
                                annotations_item_type_2 = (
                                    BetaContainerFileCitationParam.from_dict(data)
                                )

                                return annotations_item_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            if strict_parsing.get():
                                raise TypeError()
                            return cast(
                                BetaContainerFileCitationParam
                                | BetaFileCitationParam
                                | BetaUrlCitationParam,
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

        beta_output_text_content_param = cls(
            type_=type_,
            text=text,
            annotations=annotations,
        )
        if _none_flips:
            beta_output_text_content_param._none_flips = _none_flips

        beta_output_text_content_param.additional_properties = d
        return beta_output_text_content_param

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
