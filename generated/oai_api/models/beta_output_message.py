from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_message_phase import BetaMessagePhase, check_beta_message_phase
from ..models.beta_output_message_role import (
    BetaOutputMessageRole,
    check_beta_output_message_role,
)
from ..models.beta_output_message_status import (
    BetaOutputMessageStatus,
    check_beta_output_message_status,
)
from ..models.beta_output_message_type import (
    BetaOutputMessageType,
    check_beta_output_message_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_output_text_content import BetaOutputTextContent
    from ..models.beta_refusal_content import BetaRefusalContent


T = TypeVar("T", bound="BetaOutputMessage")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, BetaAgentTag, BetaOutputTextContent, BetaRefusalContent
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_output_text_content import BetaOutputTextContent
    from ..models.beta_refusal_content import BetaRefusalContent

    _models_bound = True


@_attrs_define
class BetaOutputMessage:
    """A message the assistant wrote, made of text and refusal parts."""

    id: str
    """ Identifier of this message. """
    type_: BetaOutputMessageType
    """ Fixed tag `message`. """
    role: BetaOutputMessageRole
    """ Always `assistant`: the model wrote it. """
    content: list[BetaOutputTextContent | BetaRefusalContent]
    """ Parts of the message: text outputs and refusals. """
    status: BetaOutputMessageStatus
    """ `in_progress`, `completed` or `incomplete`; filled in when items are fetched from the API. """
    agent: BetaAgentTag | None = None
    """ Agent that emitted this item, or None for the main agent. """
    phase: BetaMessagePhase | None = None
    """ Whether this is `commentary` or the `final_answer`; None if not labelled. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_role = (
            self.role
            if self.role is not None or "role" not in self._none_flips
            else UNSET
        )

        if _v_role is None or isinstance(_v_role, Unset):
            role = _v_role
        else:
            role: str = _v_role

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
                if isinstance(content_item_data, BetaOutputTextContent) or isinstance(
                    content_item_data, BetaRefusalContent
                ):
                    content_item = content_item_data.to_dict()
                else:
                    content_item = content_item_data
                content.append(content_item)

        _v_status = (
            self.status
            if self.status is not None or "status" not in self._none_flips
            else UNSET
        )

        if _v_status is None or isinstance(_v_status, Unset):
            status = _v_status
        else:
            status: str = _v_status

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

        _v_phase = (
            self.phase
            if self.phase is not None or "phase" in self._none_flips
            else UNSET
        )

        phase: None | str | Unset
        if isinstance(_v_phase, Unset):
            phase = UNSET
        else:
            phase = _v_phase

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "type": type_,
                    "role": role,
                    "content": content,
                    "status": status,
                }.items()
                if v is not UNSET
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if phase is not UNSET:
            field_dict["phase"] = phase

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_beta_output_message_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _role_raw = d.pop("role", UNSET)
        if _role_raw is None or isinstance(_role_raw, Unset):
            if strict_parsing.get():
                raise KeyError("role")

            if _role_raw is UNSET:
                _none_flips += ("role",)
            role = None

        else:
            try:
                role = check_beta_output_message_role(_role_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                role = _role_raw

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
                    ) -> BetaOutputTextContent | BetaRefusalContent:
                        if isinstance(data, dict):
                            if data.get("type") == "output_text":
                                try:
                                    componentsschemas_beta_output_message_content_type_0 = BetaOutputTextContent.from_dict(
                                        data
                                    )

                                    return componentsschemas_beta_output_message_content_type_0
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "refusal":
                                try:
                                    componentsschemas_beta_output_message_content_type_1 = BetaRefusalContent.from_dict(
                                        data
                                    )

                                    return componentsschemas_beta_output_message_content_type_1
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
                                        "annotations",
                                        "logprobs",
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
                            if data.get("type", "output_text") not in ("output_text",):
                                raise TypeError()
                            if _fits[0] < _most:
                                raise TypeError()
                            componentsschemas_beta_output_message_content_type_0 = (
                                BetaOutputTextContent.from_dict(data)
                            )

                            return componentsschemas_beta_output_message_content_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "refusal") not in ("refusal",):
                                raise TypeError()
                            if _fits[1] < _most:
                                raise TypeError()
                            componentsschemas_beta_output_message_content_type_1 = (
                                BetaRefusalContent.from_dict(data)
                            )

                            return componentsschemas_beta_output_message_content_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if strict_parsing.get():
                            raise TypeError()
                        return cast(BetaOutputTextContent | BetaRefusalContent, data)

                    content_item = _parse_content_item(content_item_data)

                    content.append(content_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                content = _content_raw

        _status_raw = d.pop("status", UNSET)
        if _status_raw is None or isinstance(_status_raw, Unset):
            if strict_parsing.get():
                raise KeyError("status")

            if _status_raw is UNSET:
                _none_flips += ("status",)
            status = None

        else:
            try:
                status = check_beta_output_message_status(_status_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

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

        _phase_raw = d.pop("phase", UNSET)
        if _phase_raw is None or isinstance(_phase_raw, Unset):
            if _phase_raw is None:
                _none_flips += ("phase",)
            phase = None

        else:
            try:

                def _parse_phase(data: object) -> BetaMessagePhase | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        phase_type_0 = check_beta_message_phase(data)

                        return phase_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(BetaMessagePhase | None | Unset, data)

                phase = _parse_phase(_phase_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                phase = _phase_raw

        beta_output_message = cls(
            id=id,
            type_=type_,
            role=role,
            content=content,
            status=status,
            agent=agent,
            phase=phase,
        )
        if _none_flips:
            beta_output_message._none_flips = _none_flips

        beta_output_message.additional_properties = d
        return beta_output_message

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
