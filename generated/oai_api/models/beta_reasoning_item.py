from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_reasoning_item_status import (
    BetaReasoningItemStatus,
    check_beta_reasoning_item_status,
)
from ..models.beta_reasoning_item_type import (
    BetaReasoningItemType,
    check_beta_reasoning_item_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_reasoning_text_content import BetaReasoningTextContent
    from ..models.beta_summary_text_content import BetaSummaryTextContent


T = TypeVar("T", bound="BetaReasoningItem")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, BetaAgentTag, BetaReasoningTextContent, BetaSummaryTextContent
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_reasoning_text_content import BetaReasoningTextContent
    from ..models.beta_summary_text_content import BetaSummaryTextContent

    _models_bound = True


@_attrs_define
class BetaReasoningItem:
    """The model's chain of thought for a turn; pass it back in `input` when you manage conversation state yourself."""

    type_: BetaReasoningItemType
    """ Fixed tag `reasoning`. """
    id: str
    """ Identifier of this reasoning item. """
    summary: list[BetaSummaryTextContent]
    """ Readable summaries of the reasoning. """
    agent: BetaAgentTag | None = None
    """ Agent that emitted this item, or None for the main agent. """
    encrypted_content: None | str = None
    """ Opaque encrypted reasoning to resend in later requests; when streaming take it from
    `response.output_item.done`. """
    content: list[BetaReasoningTextContent] | None = None
    """ Raw reasoning text parts, where available. """
    status: BetaReasoningItemStatus | None = None
    """ `in_progress`, `completed` or `incomplete`; filled in when items are fetched from the API. """
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

        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_summary = (
            self.summary
            if self.summary is not None or "summary" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_summary, list):
            summary = _v_summary
        else:
            summary = []
            for summary_item_data in _v_summary:
                if not isinstance(summary_item_data, BetaSummaryTextContent):
                    summary.append(summary_item_data)
                    continue
                summary_item = summary_item_data.to_dict()
                summary.append(summary_item)

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

        _v_encrypted_content = (
            self.encrypted_content
            if self.encrypted_content is not None
            or "encrypted_content" in self._none_flips
            else UNSET
        )

        encrypted_content: None | str | Unset
        if isinstance(_v_encrypted_content, Unset):
            encrypted_content = UNSET
        else:
            encrypted_content = _v_encrypted_content

        _v_content = (
            self.content
            if self.content is not None or "content" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_content, list):
            content = _v_content
        else:
            content: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_v_content, Unset):
                content = []
                for content_item_data in _v_content:
                    if not isinstance(content_item_data, BetaReasoningTextContent):
                        content.append(content_item_data)
                        continue
                    content_item = content_item_data.to_dict()
                    content.append(content_item)

        _v_status = (
            self.status
            if self.status is not None or "status" in self._none_flips
            else UNSET
        )

        if _v_status is None or isinstance(_v_status, Unset):
            status = _v_status
        else:
            status: str | Unset = UNSET
            if not isinstance(_v_status, Unset):
                status = _v_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "id": id,
                    "summary": summary,
                }.items()
                if v is not UNSET
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if encrypted_content is not UNSET:
            field_dict["encrypted_content"] = encrypted_content
        if content is not UNSET:
            field_dict["content"] = content
        if status is not UNSET:
            field_dict["status"] = status

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
                type_ = check_beta_reasoning_item_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        _summary_raw = d.pop("summary", UNSET)
        if _summary_raw is None or isinstance(_summary_raw, Unset):
            if strict_parsing.get():
                raise KeyError("summary")

            if _summary_raw is UNSET:
                _none_flips += ("summary",)
            summary = None

        else:
            try:
                summary = []
                _summary = _summary_raw
                if not isinstance(_summary, list):
                    raise TypeError()
                for summary_item_data in _summary:
                    summary_item = BetaSummaryTextContent.from_dict(summary_item_data)

                    summary.append(summary_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                summary = _summary_raw

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

        _encrypted_content_raw = d.pop("encrypted_content", UNSET)
        if _encrypted_content_raw is None or isinstance(_encrypted_content_raw, Unset):
            if _encrypted_content_raw is None:
                _none_flips += ("encrypted_content",)
            encrypted_content = None

        else:
            try:

                def _parse_encrypted_content(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                encrypted_content = _parse_encrypted_content(_encrypted_content_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                encrypted_content = _encrypted_content_raw

        _content_raw = d.pop("content", UNSET)
        if _content_raw is None or isinstance(_content_raw, Unset):
            if _content_raw is None and strict_parsing.get():
                raise TypeError("content")

            if _content_raw is None:
                _none_flips += ("content",)
            content = None

        else:
            try:
                _content = _content_raw
                content: list[BetaReasoningTextContent] | Unset = UNSET
                if _content is not UNSET:
                    content = []
                    if not isinstance(_content, list):
                        raise TypeError()
                    for content_item_data in _content:
                        content_item = BetaReasoningTextContent.from_dict(
                            content_item_data
                        )

                        content.append(content_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                content = _content_raw

        _status_raw = d.pop("status", UNSET)
        if _status_raw is None or isinstance(_status_raw, Unset):
            if _status_raw is None and strict_parsing.get():
                raise TypeError("status")

            if _status_raw is None:
                _none_flips += ("status",)
            status = None

        else:
            try:
                _status = _status_raw
                status: BetaReasoningItemStatus | Unset
                if isinstance(_status, Unset):
                    status = UNSET
                else:
                    status = check_beta_reasoning_item_status(_status)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

        beta_reasoning_item = cls(
            type_=type_,
            id=id,
            summary=summary,
            agent=agent,
            encrypted_content=encrypted_content,
            content=content,
            status=status,
        )
        if _none_flips:
            beta_reasoning_item._none_flips = _none_flips

        beta_reasoning_item.additional_properties = d
        return beta_reasoning_item

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
