from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_response_output_text_annotation_added_event_type import (
    BetaResponseOutputTextAnnotationAddedEventType,
    check_beta_response_output_text_annotation_added_event_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_container_file_citation_body import BetaContainerFileCitationBody
    from ..models.beta_file_citation_body import BetaFileCitationBody
    from ..models.beta_file_path import BetaFilePath
    from ..models.beta_url_citation_body import BetaUrlCitationBody


T = TypeVar("T", bound="BetaResponsesServerEventType53")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        BetaAgentTag, \
        BetaContainerFileCitationBody, \
        BetaFileCitationBody, \
        BetaFilePath, \
        BetaUrlCitationBody
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_container_file_citation_body import BetaContainerFileCitationBody
    from ..models.beta_file_citation_body import BetaFileCitationBody
    from ..models.beta_file_path import BetaFilePath
    from ..models.beta_url_citation_body import BetaUrlCitationBody

    _models_bound = True


@_attrs_define
class BetaResponsesServerEventType53:
    type_: BetaResponseOutputTextAnnotationAddedEventType
    item_id: str
    output_index: int
    content_index: int
    annotation_index: int
    sequence_number: int
    annotation: (
        BetaContainerFileCitationBody
        | BetaFileCitationBody
        | BetaFilePath
        | BetaUrlCitationBody
        | None
    )
    agent: BetaAgentTag | None = None
    stream_id: str | None = None
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

        _v_item_id = (
            self.item_id
            if self.item_id is not None or "item_id" not in self._none_flips
            else UNSET
        )

        item_id = _v_item_id

        _v_output_index = (
            self.output_index
            if self.output_index is not None or "output_index" not in self._none_flips
            else UNSET
        )

        output_index = _v_output_index

        _v_content_index = (
            self.content_index
            if self.content_index is not None or "content_index" not in self._none_flips
            else UNSET
        )

        content_index = _v_content_index

        _v_annotation_index = (
            self.annotation_index
            if self.annotation_index is not None
            or "annotation_index" not in self._none_flips
            else UNSET
        )

        annotation_index = _v_annotation_index

        _v_sequence_number = (
            self.sequence_number
            if self.sequence_number is not None
            or "sequence_number" not in self._none_flips
            else UNSET
        )

        sequence_number = _v_sequence_number

        _v_annotation = (
            self.annotation
            if self.annotation is not None or "annotation" not in self._none_flips
            else UNSET
        )

        if _v_annotation is None or isinstance(_v_annotation, Unset):
            annotation = _v_annotation
        else:
            annotation: dict[str, Any] | None
            if (
                isinstance(_v_annotation, BetaFileCitationBody)
                or isinstance(_v_annotation, BetaUrlCitationBody)
                or isinstance(_v_annotation, BetaContainerFileCitationBody)
                or isinstance(_v_annotation, BetaFilePath)
            ):
                annotation = _v_annotation.to_dict()
            else:
                annotation = _v_annotation

        _v_agent = (
            self.agent
            if self.agent is not None or "agent" in self._none_flips
            else UNSET
        )

        agent: dict[str, Any] | None | Unset
        if isinstance(_v_agent, Unset):
            agent = UNSET
        elif isinstance(_v_agent, BetaAgentTag):
            agent = _v_agent.to_dict()
        else:
            agent = _v_agent

        _v_stream_id = (
            self.stream_id
            if self.stream_id is not None or "stream_id" in self._none_flips
            else UNSET
        )

        stream_id = _v_stream_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "item_id": item_id,
                    "output_index": output_index,
                    "content_index": content_index,
                    "annotation_index": annotation_index,
                    "sequence_number": sequence_number,
                    "annotation": annotation,
                }.items()
                if v is not UNSET
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if stream_id is not UNSET:
            field_dict["stream_id"] = stream_id

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
                type_ = check_beta_response_output_text_annotation_added_event_type(
                    _type__raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        item_id = d.pop("item_id", UNSET)
        if (item_id is None or isinstance(item_id, Unset)) and strict_parsing.get():
            raise KeyError("item_id")

        if item_id is None or item_id is UNSET:
            if item_id is UNSET:
                _none_flips += ("item_id",)
            item_id = None

        output_index = d.pop("output_index", UNSET)
        if (
            output_index is None or isinstance(output_index, Unset)
        ) and strict_parsing.get():
            raise KeyError("output_index")

        if output_index is None or output_index is UNSET:
            if output_index is UNSET:
                _none_flips += ("output_index",)
            output_index = None

        content_index = d.pop("content_index", UNSET)
        if (
            content_index is None or isinstance(content_index, Unset)
        ) and strict_parsing.get():
            raise KeyError("content_index")

        if content_index is None or content_index is UNSET:
            if content_index is UNSET:
                _none_flips += ("content_index",)
            content_index = None

        annotation_index = d.pop("annotation_index", UNSET)
        if (
            annotation_index is None or isinstance(annotation_index, Unset)
        ) and strict_parsing.get():
            raise KeyError("annotation_index")

        if annotation_index is None or annotation_index is UNSET:
            if annotation_index is UNSET:
                _none_flips += ("annotation_index",)
            annotation_index = None

        sequence_number = d.pop("sequence_number", UNSET)
        if (
            sequence_number is None or isinstance(sequence_number, Unset)
        ) and strict_parsing.get():
            raise KeyError("sequence_number")

        if sequence_number is None or sequence_number is UNSET:
            if sequence_number is UNSET:
                _none_flips += ("sequence_number",)
            sequence_number = None

        _annotation_raw = d.pop("annotation", UNSET)
        if _annotation_raw is None or isinstance(_annotation_raw, Unset):
            if isinstance(_annotation_raw, Unset) and strict_parsing.get():
                raise KeyError("annotation")

            if _annotation_raw is UNSET:
                _none_flips += ("annotation",)
            annotation = None

        else:
            try:

                def _parse_annotation(
                    data: object,
                ) -> (
                    BetaContainerFileCitationBody
                    | BetaFileCitationBody
                    | BetaFilePath
                    | BetaUrlCitationBody
                    | None
                ):
                    if data is None:
                        return data
                    if isinstance(data, dict):
                        if data.get("type") == "file_citation":
                            try:
                                componentsschemas_beta_annotation_type_0 = (
                                    BetaFileCitationBody.from_dict(data)
                                )

                                return componentsschemas_beta_annotation_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "url_citation":
                            try:
                                componentsschemas_beta_annotation_type_1 = (
                                    BetaUrlCitationBody.from_dict(data)
                                )

                                return componentsschemas_beta_annotation_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "container_file_citation":
                            try:
                                componentsschemas_beta_annotation_type_2 = (
                                    BetaContainerFileCitationBody.from_dict(data)
                                )

                                return componentsschemas_beta_annotation_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "file_path":
                            try:
                                componentsschemas_beta_annotation_type_3 = (
                                    BetaFilePath.from_dict(data)
                                )

                                return componentsschemas_beta_annotation_type_3
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_annotation(data)
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
                        if data.get("type", "file_citation") not in ("file_citation",):
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
                        if data.get("type", "url_citation") not in ("url_citation",):
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
                        | BetaUrlCitationBody
                        | None,
                        data,
                    )

                annotation = _parse_annotation(_annotation_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                annotation = _annotation_raw

        _agent_raw = d.pop("agent", UNSET)
        if _agent_raw is None or isinstance(_agent_raw, Unset):
            if _agent_raw is None:
                _none_flips += ("agent",)
            agent = None

        else:
            try:

                def _parse_agent(data: object) -> BetaAgentTag | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        agent_type_0 = BetaAgentTag.from_dict(data)

                        return agent_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(BetaAgentTag | None | Unset, data)

                agent = _parse_agent(_agent_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                agent = _agent_raw

        stream_id = d.pop("stream_id", UNSET)
        if stream_id is None and strict_parsing.get():
            raise TypeError("stream_id")

        if stream_id is None or stream_id is UNSET:
            if stream_id is None:
                _none_flips += ("stream_id",)
            stream_id = None

        beta_responses_server_event_type_53 = cls(
            type_=type_,
            item_id=item_id,
            output_index=output_index,
            content_index=content_index,
            annotation_index=annotation_index,
            sequence_number=sequence_number,
            annotation=annotation,
            agent=agent,
            stream_id=stream_id,
        )
        if _none_flips:
            beta_responses_server_event_type_53._none_flips = _none_flips

        beta_responses_server_event_type_53.additional_properties = d
        return beta_responses_server_event_type_53

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
