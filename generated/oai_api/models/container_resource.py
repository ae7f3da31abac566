from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.container_resource_memory_limit import (
    ContainerResourceMemoryLimit,
    check_container_resource_memory_limit,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.container_resource_expires_after import ContainerResourceExpiresAfter
    from ..models.container_resource_network_policy import (
        ContainerResourceNetworkPolicy,
    )


T = TypeVar("T", bound="ContainerResource")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, ContainerResourceExpiresAfter, ContainerResourceNetworkPolicy
    from ..models.container_resource_expires_after import ContainerResourceExpiresAfter
    from ..models.container_resource_network_policy import (
        ContainerResourceNetworkPolicy,
    )

    _models_bound = True


@_attrs_define
class ContainerResource:
    """A code-execution container: name, status, memory limit, network policy, and when it was created, last used and
    expires.

    """

    id: str
    object_: str
    name: str
    created_at: int
    status: str
    last_active_at: int | None = None
    expires_after: ContainerResourceExpiresAfter | None = None
    memory_limit: ContainerResourceMemoryLimit | None = None
    network_policy: ContainerResourceNetworkPolicy | None = None
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

        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" not in self._none_flips
            else UNSET
        )

        object_ = _v_object_

        _v_name = (
            self.name
            if self.name is not None or "name" not in self._none_flips
            else UNSET
        )

        name = _v_name

        _v_created_at = (
            self.created_at
            if self.created_at is not None or "created_at" not in self._none_flips
            else UNSET
        )

        created_at = _v_created_at

        _v_status = (
            self.status
            if self.status is not None or "status" not in self._none_flips
            else UNSET
        )

        status = _v_status

        _v_last_active_at = (
            self.last_active_at
            if self.last_active_at is not None or "last_active_at" in self._none_flips
            else UNSET
        )

        last_active_at = _v_last_active_at

        _v_expires_after = (
            self.expires_after
            if self.expires_after is not None or "expires_after" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_expires_after, ContainerResourceExpiresAfter):
            expires_after = _v_expires_after
        else:
            expires_after: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_expires_after, Unset):
                expires_after = _v_expires_after.to_dict()

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

        if not isinstance(_v_network_policy, ContainerResourceNetworkPolicy):
            network_policy = _v_network_policy
        else:
            network_policy: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_network_policy, Unset):
                network_policy = _v_network_policy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "object": object_,
                    "name": name,
                    "created_at": created_at,
                    "status": status,
                }.items()
                if v is not UNSET
            }
        )
        if last_active_at is not UNSET:
            field_dict["last_active_at"] = last_active_at
        if expires_after is not UNSET:
            field_dict["expires_after"] = expires_after
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
        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        object_ = d.pop("object", UNSET)
        if (object_ is None or isinstance(object_, Unset)) and strict_parsing.get():
            raise KeyError("object")

        if object_ is None or object_ is UNSET:
            if object_ is UNSET:
                _none_flips += ("object_",)
            object_ = None

        name = d.pop("name", UNSET)
        if (name is None or isinstance(name, Unset)) and strict_parsing.get():
            raise KeyError("name")

        if name is None or name is UNSET:
            if name is UNSET:
                _none_flips += ("name",)
            name = None

        created_at = d.pop("created_at", UNSET)
        if (
            created_at is None or isinstance(created_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("created_at")

        if created_at is None or created_at is UNSET:
            if created_at is UNSET:
                _none_flips += ("created_at",)
            created_at = None

        status = d.pop("status", UNSET)
        if (status is None or isinstance(status, Unset)) and strict_parsing.get():
            raise KeyError("status")

        if status is None or status is UNSET:
            if status is UNSET:
                _none_flips += ("status",)
            status = None

        last_active_at = d.pop("last_active_at", UNSET)
        if last_active_at is None and strict_parsing.get():
            raise TypeError("last_active_at")

        if last_active_at is None or last_active_at is UNSET:
            if last_active_at is None:
                _none_flips += ("last_active_at",)
            last_active_at = None

        _expires_after_raw = d.pop("expires_after", UNSET)
        if _expires_after_raw is None or isinstance(_expires_after_raw, Unset):
            if _expires_after_raw is None and strict_parsing.get():
                raise TypeError("expires_after")

            if _expires_after_raw is None:
                _none_flips += ("expires_after",)
            expires_after = None

        else:
            try:
                _expires_after = _expires_after_raw
                expires_after: ContainerResourceExpiresAfter | Unset
                if isinstance(_expires_after, Unset):
                    expires_after = UNSET
                else:
                    expires_after = ContainerResourceExpiresAfter.from_dict(
                        _expires_after
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                expires_after = _expires_after_raw

        _memory_limit_raw = d.pop("memory_limit", UNSET)
        if _memory_limit_raw is None or isinstance(_memory_limit_raw, Unset):
            if _memory_limit_raw is None and strict_parsing.get():
                raise TypeError("memory_limit")

            if _memory_limit_raw is None:
                _none_flips += ("memory_limit",)
            memory_limit = None

        else:
            try:
                _memory_limit = _memory_limit_raw
                memory_limit: ContainerResourceMemoryLimit | Unset
                if isinstance(_memory_limit, Unset):
                    memory_limit = UNSET
                else:
                    memory_limit = check_container_resource_memory_limit(_memory_limit)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                memory_limit = _memory_limit_raw

        _network_policy_raw = d.pop("network_policy", UNSET)
        if _network_policy_raw is None or isinstance(_network_policy_raw, Unset):
            if _network_policy_raw is None and strict_parsing.get():
                raise TypeError("network_policy")

            if _network_policy_raw is None:
                _none_flips += ("network_policy",)
            network_policy = None

        else:
            try:
                _network_policy = _network_policy_raw
                network_policy: ContainerResourceNetworkPolicy | Unset
                if isinstance(_network_policy, Unset):
                    network_policy = UNSET
                else:
                    network_policy = ContainerResourceNetworkPolicy.from_dict(
                        _network_policy
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                network_policy = _network_policy_raw

        container_resource = cls(
            id=id,
            object_=object_,
            name=name,
            created_at=created_at,
            status=status,
            last_active_at=last_active_at,
            expires_after=expires_after,
            memory_limit=memory_limit,
            network_policy=network_policy,
        )
        if _none_flips:
            container_resource._none_flips = _none_flips

        container_resource.additional_properties = d
        return container_resource

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
