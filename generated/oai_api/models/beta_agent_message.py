from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_agent_message_type import (
    BetaAgentMessageType,
    check_beta_agent_message_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_computer_screenshot_content import BetaComputerScreenshotContent
    from ..models.beta_encrypted_content import BetaEncryptedContent
    from ..models.beta_input_file_content import BetaInputFileContent
    from ..models.beta_input_image_content import BetaInputImageContent
    from ..models.beta_input_text_content import BetaInputTextContent
    from ..models.beta_output_text_content import BetaOutputTextContent
    from ..models.beta_reasoning_text_content import BetaReasoningTextContent
    from ..models.beta_refusal_content import BetaRefusalContent
    from ..models.beta_summary_text_content import BetaSummaryTextContent
    from ..models.beta_text_content import BetaTextContent


T = TypeVar("T", bound="BetaAgentMessage")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        BetaAgentTag, \
        BetaComputerScreenshotContent, \
        BetaEncryptedContent, \
        BetaInputFileContent, \
        BetaInputImageContent, \
        BetaInputTextContent, \
        BetaOutputTextContent, \
        BetaReasoningTextContent, \
        BetaRefusalContent, \
        BetaSummaryTextContent, \
        BetaTextContent
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_computer_screenshot_content import BetaComputerScreenshotContent
    from ..models.beta_encrypted_content import BetaEncryptedContent
    from ..models.beta_input_file_content import BetaInputFileContent
    from ..models.beta_input_image_content import BetaInputImageContent
    from ..models.beta_input_text_content import BetaInputTextContent
    from ..models.beta_output_text_content import BetaOutputTextContent
    from ..models.beta_reasoning_text_content import BetaReasoningTextContent
    from ..models.beta_refusal_content import BetaRefusalContent
    from ..models.beta_summary_text_content import BetaSummaryTextContent
    from ..models.beta_text_content import BetaTextContent

    _models_bound = True


@_attrs_define
class BetaAgentMessage:
    """A message one agent sent to another during a multi-agent run."""

    type_: BetaAgentMessageType
    id: str
    author: str
    recipient: str
    content: list[
        BetaComputerScreenshotContent
        | BetaEncryptedContent
        | BetaInputFileContent
        | BetaInputImageContent
        | BetaInputTextContent
        | BetaOutputTextContent
        | BetaReasoningTextContent
        | BetaRefusalContent
        | BetaSummaryTextContent
        | BetaTextContent
    ]
    agent: BetaAgentTag | None = None
    """ Names the agent behind an item in a multi-agent run. """
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

        _v_author = (
            self.author
            if self.author is not None or "author" not in self._none_flips
            else UNSET
        )

        author = _v_author

        _v_recipient = (
            self.recipient
            if self.recipient is not None or "recipient" not in self._none_flips
            else UNSET
        )

        recipient = _v_recipient

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
                content_item: dict[str, Any]
                if (
                    isinstance(content_item_data, BetaInputTextContent)
                    or isinstance(content_item_data, BetaOutputTextContent)
                    or isinstance(content_item_data, BetaTextContent)
                    or isinstance(content_item_data, BetaSummaryTextContent)
                    or isinstance(content_item_data, BetaReasoningTextContent)
                    or isinstance(content_item_data, BetaRefusalContent)
                    or isinstance(content_item_data, BetaInputImageContent)
                    or isinstance(content_item_data, BetaComputerScreenshotContent)
                    or isinstance(content_item_data, BetaInputFileContent)
                    or isinstance(content_item_data, BetaEncryptedContent)
                ):
                    content_item = content_item_data.to_dict()
                else:
                    content_item = content_item_data
                content.append(content_item)

        _v_agent = (
            self.agent
            if self.agent is not None or "agent" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_agent, BetaAgentTag):
            agent = _v_agent
        else:
            agent: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_agent, Unset):
                agent = _v_agent.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "id": id,
                    "author": author,
                    "recipient": recipient,
                    "content": content,
                }.items()
                if v is not UNSET
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent

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
                type_ = check_beta_agent_message_type(_type__raw)

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

        author = d.pop("author", UNSET)
        if (author is None or isinstance(author, Unset)) and strict_parsing.get():
            raise KeyError("author")

        if author is None or author is UNSET:
            if author is UNSET:
                _none_flips += ("author",)
            author = None

        recipient = d.pop("recipient", UNSET)
        if (recipient is None or isinstance(recipient, Unset)) and strict_parsing.get():
            raise KeyError("recipient")

        if recipient is None or recipient is UNSET:
            if recipient is UNSET:
                _none_flips += ("recipient",)
            recipient = None

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

                    def _parse_content_item(
                        data: object,
                    ) -> (
                        BetaComputerScreenshotContent
                        | BetaEncryptedContent
                        | BetaInputFileContent
                        | BetaInputImageContent
                        | BetaInputTextContent
                        | BetaOutputTextContent
                        | BetaReasoningTextContent
                        | BetaRefusalContent
                        | BetaSummaryTextContent
                        | BetaTextContent
                    ):
                        if isinstance(data, dict):
                            if data.get("type") == "input_text":
                                try:
                                    content_item_type_0 = (
                                        BetaInputTextContent.from_dict(data)
                                    )

                                    return content_item_type_0
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "output_text":
                                try:
                                    content_item_type_1 = (
                                        BetaOutputTextContent.from_dict(data)
                                    )

                                    return content_item_type_1
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "text":
                                try:
                                    content_item_type_2 = BetaTextContent.from_dict(
                                        data
                                    )

                                    return content_item_type_2
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "summary_text":
                                try:
                                    content_item_type_3 = (
                                        BetaSummaryTextContent.from_dict(data)
                                    )

                                    return content_item_type_3
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "reasoning_text":
                                try:
                                    content_item_type_4 = (
                                        BetaReasoningTextContent.from_dict(data)
                                    )

                                    return content_item_type_4
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "refusal":
                                try:
                                    content_item_type_5 = BetaRefusalContent.from_dict(
                                        data
                                    )

                                    return content_item_type_5
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "input_image":
                                try:
                                    content_item_type_6 = (
                                        BetaInputImageContent.from_dict(data)
                                    )

                                    return content_item_type_6
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "computer_screenshot":
                                try:
                                    content_item_type_7 = (
                                        BetaComputerScreenshotContent.from_dict(data)
                                    )

                                    return content_item_type_7
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "input_file":
                                try:
                                    content_item_type_8 = (
                                        BetaInputFileContent.from_dict(data)
                                    )

                                    return content_item_type_8
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "encrypted_content":
                                try:
                                    content_item_type_9 = (
                                        BetaEncryptedContent.from_dict(data)
                                    )

                                    return content_item_type_9
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
                                return _parse_content_item(data)
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            finally:
                                strict_parsing.reset(strictly)
                        if isinstance(data, dict):
                            _fits = (
                                len(
                                    {
                                        "prompt_cache_breakpoint",
                                        "text",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "annotations",
                                        "logprobs",
                                        "text",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "text",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "text",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "text",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "refusal",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "detail",
                                        "file_id",
                                        "image_url",
                                        "prompt_cache_breakpoint",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "detail",
                                        "file_id",
                                        "image_url",
                                        "prompt_cache_breakpoint",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "detail",
                                        "file_data",
                                        "file_id",
                                        "file_url",
                                        "filename",
                                        "prompt_cache_breakpoint",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "encrypted_content",
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
                                0,
                                0,
                                0,
                                0,
                                0,
                                0,
                            )
                        _most = max(_fits)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "input_text") not in ("input_text",):
                                raise TypeError()
                            if _fits[0] < _most:
                                raise TypeError()
                            content_item_type_0 = BetaInputTextContent.from_dict(data)

                            return content_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "output_text") not in ("output_text",):
                                raise TypeError()
                            if _fits[1] < _most:
                                raise TypeError()
                            content_item_type_1 = BetaOutputTextContent.from_dict(data)

                            return content_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "text") not in ("text",):
                                raise TypeError()
                            if _fits[2] < _most:
                                raise TypeError()
                            content_item_type_2 = BetaTextContent.from_dict(data)

                            return content_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "summary_text") not in (
                                "summary_text",
                            ):
                                raise TypeError()
                            if _fits[3] < _most:
                                raise TypeError()
                            content_item_type_3 = BetaSummaryTextContent.from_dict(data)

                            return content_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "reasoning_text") not in (
                                "reasoning_text",
                            ):
                                raise TypeError()
                            if _fits[4] < _most:
                                raise TypeError()
                            content_item_type_4 = BetaReasoningTextContent.from_dict(
                                data
                            )

                            return content_item_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "refusal") not in ("refusal",):
                                raise TypeError()
                            if _fits[5] < _most:
                                raise TypeError()
                            content_item_type_5 = BetaRefusalContent.from_dict(data)

                            return content_item_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "input_image") not in ("input_image",):
                                raise TypeError()
                            if _fits[6] < _most:
                                raise TypeError()
                            content_item_type_6 = BetaInputImageContent.from_dict(data)

                            return content_item_type_6
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "computer_screenshot") not in (
                                "computer_screenshot",
                            ):
                                raise TypeError()
                            if _fits[7] < _most:
                                raise TypeError()
                            content_item_type_7 = (
                                BetaComputerScreenshotContent.from_dict(data)
                            )

                            return content_item_type_7
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "input_file") not in ("input_file",):
                                raise TypeError()
                            if _fits[8] < _most:
                                raise TypeError()
                            content_item_type_8 = BetaInputFileContent.from_dict(data)

                            return content_item_type_8
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "encrypted_content") not in (
                                "encrypted_content",
                            ):
                                raise TypeError()
                            if _fits[9] < _most:
                                raise TypeError()
                            content_item_type_9 = BetaEncryptedContent.from_dict(data)

                            return content_item_type_9
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if strict_parsing.get():
                            raise TypeError()
                        return cast(
                            BetaComputerScreenshotContent
                            | BetaEncryptedContent
                            | BetaInputFileContent
                            | BetaInputImageContent
                            | BetaInputTextContent
                            | BetaOutputTextContent
                            | BetaReasoningTextContent
                            | BetaRefusalContent
                            | BetaSummaryTextContent
                            | BetaTextContent,
                            data,
                        )

                    content_item = _parse_content_item(content_item_data)

                    content.append(content_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                content = _content_raw

        _agent_raw = d.pop("agent", UNSET)
        if _agent_raw is None or isinstance(_agent_raw, Unset):
            if _agent_raw is None and strict_parsing.get():
                raise TypeError("agent")

            if _agent_raw is None:
                _none_flips += ("agent",)
            agent = None

        else:
            try:
                _agent = _agent_raw
                agent: BetaAgentTag | Unset
                if isinstance(_agent, Unset):
                    agent = UNSET
                else:
                    agent = BetaAgentTag.from_dict(_agent)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                agent = _agent_raw

        beta_agent_message = cls(
            type_=type_,
            id=id,
            author=author,
            recipient=recipient,
            content=content,
            agent=agent,
        )
        if _none_flips:
            beta_agent_message._none_flips = _none_flips

        beta_agent_message.additional_properties = d
        return beta_agent_message

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
