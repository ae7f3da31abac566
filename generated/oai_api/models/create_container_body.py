from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_container_body_memory_limit import (
    CreateContainerBodyMemoryLimit,
    check_create_container_body_memory_limit,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.container_network_policy_allowlist_param import (
        ContainerNetworkPolicyAllowlistParam,
    )
    from ..models.container_network_policy_disabled_param import (
        ContainerNetworkPolicyDisabledParam,
    )
    from ..models.create_container_body_expires_after import (
        CreateContainerBodyExpiresAfter,
    )
    from ..models.inline_skill_param import InlineSkillParam
    from ..models.skill_reference_param import SkillReferenceParam


T = TypeVar("T", bound="CreateContainerBody")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        ContainerNetworkPolicyAllowlistParam, \
        ContainerNetworkPolicyDisabledParam, \
        CreateContainerBodyExpiresAfter, \
        InlineSkillParam, \
        SkillReferenceParam
    from ..models.container_network_policy_allowlist_param import (
        ContainerNetworkPolicyAllowlistParam,
    )
    from ..models.container_network_policy_disabled_param import (
        ContainerNetworkPolicyDisabledParam,
    )
    from ..models.create_container_body_expires_after import (
        CreateContainerBodyExpiresAfter,
    )
    from ..models.inline_skill_param import InlineSkillParam
    from ..models.skill_reference_param import SkillReferenceParam

    _models_bound = True


@_attrs_define
class CreateContainerBody:
    """Body for creating a container."""

    name: str
    """ Display name for the new container. """
    file_ids: list[str] | None = None
    """ Uploaded file IDs to copy into the container when it starts. """
    expires_after: CreateContainerBodyExpiresAfter | None = None
    """ Idle timeout: the container expires this many `minutes` after the `anchor` time. """
    skills: list[InlineSkillParam | SkillReferenceParam] | None = None
    """ Skills to make available in the container, each given by ID or inline. """
    memory_limit: CreateContainerBodyMemoryLimit | None = None
    """ Memory size of the container: `1g` (the default), `4g`, `16g` or `64g`. """
    network_policy: (
        ContainerNetworkPolicyAllowlistParam
        | ContainerNetworkPolicyDisabledParam
        | None
    ) = None
    """ Outbound network access: turned off, or limited to an allowlist of domains. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_name = (
            self.name
            if self.name is not None or "name" not in self._none_flips
            else UNSET
        )

        name = _v_name

        _v_file_ids = (
            self.file_ids
            if self.file_ids is not None or "file_ids" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_file_ids, list):
            file_ids = _v_file_ids
        else:
            file_ids: list[str] | Unset = UNSET
            if not isinstance(_v_file_ids, Unset):
                file_ids = _v_file_ids

        _v_expires_after = (
            self.expires_after
            if self.expires_after is not None or "expires_after" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_expires_after, CreateContainerBodyExpiresAfter):
            expires_after = _v_expires_after
        else:
            expires_after: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_expires_after, Unset):
                expires_after = _v_expires_after.to_dict()

        _v_skills = (
            self.skills
            if self.skills is not None or "skills" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_skills, list):
            skills = _v_skills
        else:
            skills: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_v_skills, Unset):
                skills = []
                for skills_item_data in _v_skills:
                    skills_item: dict[str, Any]
                    if isinstance(skills_item_data, SkillReferenceParam) or isinstance(
                        skills_item_data, InlineSkillParam
                    ):
                        skills_item = skills_item_data.to_dict()
                    else:
                        skills_item = skills_item_data
                    skills.append(skills_item)

        _v_memory_limit = (
            self.memory_limit
            if self.memory_limit is not None or "memory_limit" in self._none_flips
            else UNSET
        )

        if _v_memory_limit is None or isinstance(_v_memory_limit, Unset):
            memory_limit = _v_memory_limit
        else:
            memory_limit: str | Unset = UNSET
            if not isinstance(_v_memory_limit, Unset):
                memory_limit = _v_memory_limit

        _v_network_policy = (
            self.network_policy
            if self.network_policy is not None or "network_policy" in self._none_flips
            else UNSET
        )

        if _v_network_policy is None or isinstance(_v_network_policy, Unset):
            network_policy = _v_network_policy
        else:
            network_policy: dict[str, Any] | Unset
            if isinstance(_v_network_policy, Unset):
                network_policy = UNSET
            elif isinstance(
                _v_network_policy, ContainerNetworkPolicyDisabledParam
            ) or isinstance(_v_network_policy, ContainerNetworkPolicyAllowlistParam):
                network_policy = _v_network_policy.to_dict()
            else:
                network_policy = _v_network_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "name": name,
                }.items()
                if v is not UNSET
            }
        )
        if file_ids is not UNSET:
            field_dict["file_ids"] = file_ids
        if expires_after is not UNSET:
            field_dict["expires_after"] = expires_after
        if skills is not UNSET:
            field_dict["skills"] = skills
        if memory_limit is not UNSET:
            field_dict["memory_limit"] = memory_limit
        if network_policy is not UNSET:
            field_dict["network_policy"] = network_policy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        name = d.pop("name", UNSET)
        if name is None or isinstance(name, Unset):
            raise KeyError("CreateContainerBody: required field name is missing")

        if name is None or name is UNSET:
            if name is UNSET:
                _none_flips += ("name",)
            name = None

        _file_ids_raw = d.pop("file_ids", UNSET)
        if _file_ids_raw is None or isinstance(_file_ids_raw, Unset):
            if _file_ids_raw is None and strict_parsing.get():
                raise TypeError("file_ids")

            if _file_ids_raw is None:
                _none_flips += ("file_ids",)
            file_ids = None

        else:
            file_ids = cast(list[str], _file_ids_raw)

        _expires_after_raw = d.pop("expires_after", UNSET)
        if _expires_after_raw is None or isinstance(_expires_after_raw, Unset):
            if _expires_after_raw is None and strict_parsing.get():
                raise TypeError("expires_after")

            if _expires_after_raw is None:
                _none_flips += ("expires_after",)
            expires_after = None

        else:
            _expires_after = _expires_after_raw
            expires_after: CreateContainerBodyExpiresAfter | Unset
            if isinstance(_expires_after, Unset):
                expires_after = UNSET
            else:
                expires_after = CreateContainerBodyExpiresAfter.from_dict(
                    _expires_after
                )

        _skills_raw = d.pop("skills", UNSET)
        if _skills_raw is None or isinstance(_skills_raw, Unset):
            if _skills_raw is None and strict_parsing.get():
                raise TypeError("skills")

            if _skills_raw is None:
                _none_flips += ("skills",)
            skills = None

        else:
            _skills = _skills_raw
            skills: list[InlineSkillParam | SkillReferenceParam] | Unset = UNSET
            if _skills is not UNSET:
                skills = []
                if not isinstance(_skills, list):
                    raise TypeError()
                for skills_item_data in _skills:

                    def _parse_skills_item(
                        data: object,
                    ) -> InlineSkillParam | SkillReferenceParam:
                        if isinstance(data, dict):
                            if data.get("type") == "skill_reference":
                                try:
                                    skills_item_type_0 = SkillReferenceParam.from_dict(
                                        data
                                    )

                                    return skills_item_type_0
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "inline":
                                try:
                                    skills_item_type_1 = InlineSkillParam.from_dict(
                                        data
                                    )

                                    return skills_item_type_1
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
                                return _parse_skills_item(data)
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            finally:
                                strict_parsing.reset(strictly)
                        if isinstance(data, dict):
                            _fits = (
                                len(
                                    {
                                        "skill_id",
                                        "type",
                                        "version",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "description",
                                        "name",
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
                            if data.get("type", "skill_reference") not in (
                                "skill_reference",
                            ):
                                raise TypeError()
                            if _fits[0] < _most:
                                raise TypeError()
                            skills_item_type_0 = SkillReferenceParam.from_dict(data)

                            return skills_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "inline") not in ("inline",):
                                raise TypeError()
                            if _fits[1] < _most:
                                raise TypeError()
                            skills_item_type_1 = InlineSkillParam.from_dict(data)

                            return skills_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if strict_parsing.get():
                            raise TypeError()
                        return cast(InlineSkillParam | SkillReferenceParam, data)

                    skills_item = _parse_skills_item(skills_item_data)

                    skills.append(skills_item)

        _memory_limit_raw = d.pop("memory_limit", UNSET)
        if _memory_limit_raw is None or isinstance(_memory_limit_raw, Unset):
            if _memory_limit_raw is None and strict_parsing.get():
                raise TypeError("memory_limit")

            if _memory_limit_raw is None:
                _none_flips += ("memory_limit",)
            memory_limit = None

        else:
            _memory_limit = _memory_limit_raw
            memory_limit: CreateContainerBodyMemoryLimit | Unset
            if isinstance(_memory_limit, Unset):
                memory_limit = UNSET
            else:
                memory_limit = check_create_container_body_memory_limit(_memory_limit)

        _network_policy_raw = d.pop("network_policy", UNSET)
        if _network_policy_raw is None or isinstance(_network_policy_raw, Unset):
            if _network_policy_raw is None and strict_parsing.get():
                raise TypeError("network_policy")

            if _network_policy_raw is None:
                _none_flips += ("network_policy",)
            network_policy = None

        else:

            def _parse_network_policy(
                data: object,
            ) -> (
                ContainerNetworkPolicyAllowlistParam
                | ContainerNetworkPolicyDisabledParam
                | Unset
            ):
                if isinstance(data, Unset):
                    return data
                if isinstance(data, dict):
                    if data.get("type") == "disabled":
                        try:
                            network_policy_type_0 = (
                                ContainerNetworkPolicyDisabledParam.from_dict(data)
                            )

                            return network_policy_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if data.get("type") == "allowlist":
                        try:
                            network_policy_type_1 = (
                                ContainerNetworkPolicyAllowlistParam.from_dict(data)
                            )

                            return network_policy_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass

                if not strict_parsing.get():
                    strictly = strict_parsing.set(True)
                    try:
                        return _parse_network_policy(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    finally:
                        strict_parsing.reset(strictly)
                if isinstance(data, dict):
                    _fits = (
                        len(
                            {
                                "type",
                            }.intersection(data)
                        ),
                        len(
                            {
                                "allowed_domains",
                                "domain_secrets",
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
                    if data.get("type", "disabled") not in ("disabled",):
                        raise TypeError()
                    if _fits[0] < _most:
                        raise TypeError()
                    network_policy_type_0 = (
                        ContainerNetworkPolicyDisabledParam.from_dict(data)
                    )

                    return network_policy_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "allowlist") not in ("allowlist",):
                        raise TypeError()
                    if _fits[1] < _most:
                        raise TypeError()
                    network_policy_type_1 = (
                        ContainerNetworkPolicyAllowlistParam.from_dict(data)
                    )

                    return network_policy_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    ContainerNetworkPolicyAllowlistParam
                    | ContainerNetworkPolicyDisabledParam
                    | Unset,
                    data,
                )

            network_policy = _parse_network_policy(_network_policy_raw)

        create_container_body = cls(
            name=name,
            file_ids=file_ids,
            expires_after=expires_after,
            skills=skills,
            memory_limit=memory_limit,
            network_policy=network_policy,
        )
        if _none_flips:
            create_container_body._none_flips = _none_flips

        create_container_body.additional_properties = d
        return create_container_body

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
