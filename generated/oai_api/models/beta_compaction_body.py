from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_compaction_body_type import (
    BetaCompactionBodyType,
    check_beta_compaction_body_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_agent_tag import BetaAgentTag


T = TypeVar("T", bound="BetaCompactionBody")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, BetaAgentTag
    from ..models.beta_agent_tag import BetaAgentTag

    _models_bound = True


@_attrs_define
class BetaCompactionBody:
    """Compacted (encrypted) context that replaces earlier items."""

    type_: BetaCompactionBodyType
    id: str
    encrypted_content: str
    agent: BetaAgentTag | None = None
    """ Names the agent behind an item in a multi-agent run. """
    created_by: str | None = None
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

        _v_encrypted_content = (
            self.encrypted_content
            if self.encrypted_content is not None
            or "encrypted_content" not in self._none_flips
            else UNSET
        )

        encrypted_content = _v_encrypted_content

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

        _v_created_by = (
            self.created_by
            if self.created_by is not None or "created_by" in self._none_flips
            else UNSET
        )

        created_by = _v_created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "id": id,
                    "encrypted_content": encrypted_content,
                }.items()
                if v is not UNSET
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

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
                type_ = check_beta_compaction_body_type(_type__raw)

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

        encrypted_content = d.pop("encrypted_content", UNSET)
        if (
            encrypted_content is None or isinstance(encrypted_content, Unset)
        ) and strict_parsing.get():
            raise KeyError("encrypted_content")

        if encrypted_content is None or encrypted_content is UNSET:
            if encrypted_content is UNSET:
                _none_flips += ("encrypted_content",)
            encrypted_content = None

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

        created_by = d.pop("created_by", UNSET)
        if created_by is None and strict_parsing.get():
            raise TypeError("created_by")

        if created_by is None or created_by is UNSET:
            if created_by is None:
                _none_flips += ("created_by",)
            created_by = None

        beta_compaction_body = cls(
            type_=type_,
            id=id,
            encrypted_content=encrypted_content,
            agent=agent,
            created_by=created_by,
        )
        if _none_flips:
            beta_compaction_body._none_flips = _none_flips

        beta_compaction_body.additional_properties = d
        return beta_compaction_body

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
