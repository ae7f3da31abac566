from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_output_text_content_type import (
    BetaOutputTextContentType,
    check_beta_output_text_content_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_container_file_citation_body import BetaContainerFileCitationBody
    from ..models.beta_file_citation_body import BetaFileCitationBody
    from ..models.beta_file_path import BetaFilePath
    from ..models.beta_log_prob import BetaLogProb
    from ..models.beta_url_citation_body import BetaUrlCitationBody


T = TypeVar("T", bound="BetaOutputTextContent")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        BetaContainerFileCitationBody, \
        BetaFileCitationBody, \
        BetaFilePath, \
        BetaLogProb, \
        BetaUrlCitationBody
    from ..models.beta_container_file_citation_body import BetaContainerFileCitationBody
    from ..models.beta_file_citation_body import BetaFileCitationBody
    from ..models.beta_file_path import BetaFilePath
    from ..models.beta_log_prob import BetaLogProb
    from ..models.beta_url_citation_body import BetaUrlCitationBody

    _models_bound = True


@_attrs_define
class BetaOutputTextContent:
    """A block of text written by the model, with citations and optional log probabilities."""

    type_: BetaOutputTextContentType
    """ Fixed tag `output_text`. """
    text: str
    """ The generated text. """
    annotations: list[
        BetaContainerFileCitationBody
        | BetaFileCitationBody
        | BetaFilePath
        | BetaUrlCitationBody
    ]
    """ Citations and other markers attached to spans of the text. """
    logprobs: list[BetaLogProb]
    """ Per-token log probabilities, when they were requested. """
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
                if (
                    isinstance(annotations_item_data, BetaFileCitationBody)
                    or isinstance(annotations_item_data, BetaUrlCitationBody)
                    or isinstance(annotations_item_data, BetaContainerFileCitationBody)
                    or isinstance(annotations_item_data, BetaFilePath)
                ):
                    annotations_item = annotations_item_data.to_dict()
                else:
                    annotations_item = annotations_item_data
                annotations.append(annotations_item)

        _v_logprobs = (
            self.logprobs
            if self.logprobs is not None or "logprobs" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_logprobs, list):
            logprobs = _v_logprobs
        else:
            logprobs = []
            for logprobs_item_data in _v_logprobs:
                if not isinstance(logprobs_item_data, BetaLogProb):
                    logprobs.append(logprobs_item_data)
                    continue
                logprobs_item = logprobs_item_data.to_dict()
                logprobs.append(logprobs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "text": text,
                    "annotations": annotations,
                    "logprobs": logprobs,
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
                type_ = check_beta_output_text_content_type(_type__raw)

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
                    ) -> (
                        BetaContainerFileCitationBody
                        | BetaFileCitationBody
                        | BetaFilePath
                        | BetaUrlCitationBody
                    ):
                        if isinstance(data, dict):
                            if data.get("type") == "file_citation":
                                try:
                                    componentsschemas_beta_annotation_type_0 = (
                                        BetaFileCitationBody.from_dict(data)
                                    )

                                    return componentsschemas_beta_annotation_type_0
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "url_citation":
                                try:
                                    componentsschemas_beta_annotation_type_1 = (
                                        BetaUrlCitationBody.from_dict(data)
                                    )

                                    return componentsschemas_beta_annotation_type_1
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "container_file_citation":
                                try:
                                    componentsschemas_beta_annotation_type_2 = (
                                        BetaContainerFileCitationBody.from_dict(data)
                                    )

                                    return componentsschemas_beta_annotation_type_2
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "file_path":
                                try:
                                    componentsschemas_beta_annotation_type_3 = (
                                        BetaFilePath.from_dict(data)
                                    )

                                    return componentsschemas_beta_annotation_type_3
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
                                len(
                                    {
                                        "file_id",
                                        "index",
                                        "type",
                                    }.intersection(data)
                                ),
                            )
                        else:
                            _fits = (
                                0,
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
                            componentsschemas_beta_annotation_type_0 = (
                                BetaFileCitationBody.from_dict(data)
                            )

                            return componentsschemas_beta_annotation_type_0
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
                            componentsschemas_beta_annotation_type_1 = (
                                BetaUrlCitationBody.from_dict(data)
                            )

                            return componentsschemas_beta_annotation_type_1
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
                            componentsschemas_beta_annotation_type_2 = (
                                BetaContainerFileCitationBody.from_dict(data)
                            )

                            return componentsschemas_beta_annotation_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "file_path") not in ("file_path",):
                                raise TypeError()
                            if _fits[3] < _most:
                                raise TypeError()
                            componentsschemas_beta_annotation_type_3 = (
                                BetaFilePath.from_dict(data)
                            )

                            return componentsschemas_beta_annotation_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if strict_parsing.get():
                            raise TypeError()
                        return cast(
                            BetaContainerFileCitationBody
                            | BetaFileCitationBody
                            | BetaFilePath
                            | BetaUrlCitationBody,
                            data,
                        )

                    annotations_item = _parse_annotations_item(annotations_item_data)

                    annotations.append(annotations_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                annotations = _annotations_raw

        _logprobs_raw = d.pop("logprobs", UNSET)
        if _logprobs_raw is None or isinstance(_logprobs_raw, Unset):
            if strict_parsing.get():
                raise KeyError("logprobs")

            if _logprobs_raw is UNSET:
                _none_flips += ("logprobs",)
            logprobs = None

        else:
            try:
                logprobs = []
                _logprobs = _logprobs_raw
                if not isinstance(_logprobs, list):
                    raise TypeError()
                for logprobs_item_data in _logprobs:
                    logprobs_item = BetaLogProb.from_dict(logprobs_item_data)

                    logprobs.append(logprobs_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                logprobs = _logprobs_raw

        beta_output_text_content = cls(
            type_=type_,
            text=text,
            annotations=annotations,
            logprobs=logprobs,
        )
        if _none_flips:
            beta_output_text_content._none_flips = _none_flips

        beta_output_text_content.additional_properties = d
        return beta_output_text_content

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
