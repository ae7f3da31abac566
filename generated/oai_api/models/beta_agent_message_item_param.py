from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_agent_message_item_param_type import (
    BetaAgentMessageItemParamType,
    check_beta_agent_message_item_param_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_agent_tag_param import BetaAgentTagParam
    from ..models.beta_encrypted_content_param import BetaEncryptedContentParam
    from ..models.beta_input_image_content_param_auto_param import (
        BetaInputImageContentParamAutoParam,
    )
    from ..models.beta_input_text_content_param import BetaInputTextContentParam


T = TypeVar("T", bound="BetaAgentMessageItemParam")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        BetaAgentTagParam, \
        BetaEncryptedContentParam, \
        BetaInputImageContentParamAutoParam, \
        BetaInputTextContentParam
    from ..models.beta_agent_tag_param import BetaAgentTagParam
    from ..models.beta_encrypted_content_param import BetaEncryptedContentParam
    from ..models.beta_input_image_content_param_auto_param import (
        BetaInputImageContentParamAutoParam,
    )
    from ..models.beta_input_text_content_param import BetaInputTextContentParam

    _models_bound = True


@_attrs_define
class BetaAgentMessageItemParam:
    """A message between agents of a multi-agent run, sent back as input."""

    type_: BetaAgentMessageItemParamType
    """ Fixed tag `agent_message`. """
    author: str
    """ Name of the agent that sent the message. """
    recipient: str
    """ Name of the agent the message is addressed to. """
    content: list[
        BetaEncryptedContentParam
        | BetaInputImageContentParamAutoParam
        | BetaInputTextContentParam
    ]
    """ Parts of the message: text, images or encrypted data. """
    agent: BetaAgentTagParam | None = None
    """ Agent that produced this item, for multi-agent runs; leave out otherwise. """
    id: None | str = None
    """ Unique ID. """
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
                    isinstance(content_item_data, BetaInputTextContentParam)
                    or isinstance(
                        content_item_data, BetaInputImageContentParamAutoParam
                    )
                    or isinstance(content_item_data, BetaEncryptedContentParam)
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

        agent: dict[str, Any] | None | Unset
        if isinstance(_v_agent, Unset):
            agent = UNSET
        elif isinstance(_v_agent, BetaAgentTagParam):
            agent = _v_agent.to_dict()
        else:
            agent = _v_agent

        _v_id = self.id if self.id is not None or "id" in self._none_flips else UNSET

        id: None | str | Unset
        if isinstance(_v_id, Unset):
            id = UNSET
        else:
            id = _v_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "author": author,
                    "recipient": recipient,
                    "content": content,
                }.items()
                if v is not UNSET
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if id is not UNSET:
            field_dict["id"] = id

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
                type_ = check_beta_agent_message_item_param_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

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
                        BetaEncryptedContentParam
                        | BetaInputImageContentParamAutoParam
                        | BetaInputTextContentParam
                    ):
                        if isinstance(data, dict):
                            if data.get("type") == "input_text":
                                try:
                                    content_item_type_0 = (
                                        BetaInputTextContentParam.from_dict(data)
                                    )

                                    return content_item_type_0
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "input_image":
                                try:
                                    content_item_type_1 = (
                                        BetaInputImageContentParamAutoParam.from_dict(
                                            data
                                        )
                                    )

                                    return content_item_type_1
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "encrypted_content":
                                try:
                                    content_item_type_2 = (
                                        BetaEncryptedContentParam.from_dict(data)
                                    )

                                    return content_item_type_2
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
                                        "detail",
                                        "file_id",
                                        "image_url",
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
                            )
                        _most = max(_fits)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "input_text") not in ("input_text",):
                                raise TypeError()
                            if _fits[0] < _most:
                                raise TypeError()
                            content_item_type_0 = BetaInputTextContentParam.from_dict(
                                data
                            )

                            return content_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "input_image") not in ("input_image",):
                                raise TypeError()
                            if _fits[1] < _most:
                                raise TypeError()
                            content_item_type_1 = (
                                BetaInputImageContentParamAutoParam.from_dict(data)
                            )

                            return content_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "encrypted_content") not in (
                                "encrypted_content",
                            ):
                                raise TypeError()
                            if _fits[2] < _most:
                                raise TypeError()
                            content_item_type_2 = BetaEncryptedContentParam.from_dict(
                                data
                            )

                            return content_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if strict_parsing.get():
                            raise TypeError()
                        return cast(
                            BetaEncryptedContentParam
                            | BetaInputImageContentParamAutoParam
                            | BetaInputTextContentParam,
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
            if _agent_raw is None:
                _none_flips += ("agent",)
            agent = None

        else:
            try:

                def _parse_agent(data: object) -> BetaAgentTagParam | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        agent_type_0 = BetaAgentTagParam.from_dict(data)

                        return agent_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(BetaAgentTagParam | None | Unset, data)

                agent = _parse_agent(_agent_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                agent = _agent_raw

        _id_raw = d.pop("id", UNSET)
        if _id_raw is None or isinstance(_id_raw, Unset):
            if _id_raw is None:
                _none_flips += ("id",)
            id = None

        else:
            try:

                def _parse_id(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                id = _parse_id(_id_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                id = _id_raw

        beta_agent_message_item_param = cls(
            type_=type_,
            author=author,
            recipient=recipient,
            content=content,
            agent=agent,
            id=id,
        )
        if _none_flips:
            beta_agent_message_item_param._none_flips = _none_flips

        beta_agent_message_item_param.additional_properties = d
        return beta_agent_message_item_param

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
