from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.container_resource_memory_limit import (
    ContainerResourceMemoryLimit,
    check_container_resource_memory_limit,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.container_resource_expires_after import ContainerResourceExpiresAfter
    from ..models.container_resource_network_policy import (
        ContainerResourceNetworkPolicy,
    )


@_attrs_define(repr=False)
class ContainerResource(_OpenModel):
    """A code-execution container: name, status, memory limit, network policy, and when it was created, last used and
    expires."""

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
    _keys = (
        "created_at",
        "expires_after",
        "id",
        "last_active_at",
        "memory_limit",
        "name",
        "network_policy",
        "object",
        "status",
    )

    @staticmethod
    def _fields() -> Table:
        from ..models.container_resource_expires_after import (
            ContainerResourceExpiresAfter,
        )
        from ..models.container_resource_network_policy import (
            ContainerResourceNetworkPolicy,
        )

        return fields(
            ("id", "id", REQUIRED, None),
            ("object_", "object", REQUIRED, None),
            ("name", "name", REQUIRED, None),
            ("created_at", "created_at", REQUIRED, None),
            ("status", "status", REQUIRED, None),
            ("last_active_at", "last_active_at", OPTIONAL, None),
            ("expires_after", "expires_after", OPTIONAL, ContainerResourceExpiresAfter),
            (
                "memory_limit",
                "memory_limit",
                OPTIONAL,
                check_container_resource_memory_limit,
            ),
            (
                "network_policy",
                "network_policy",
                OPTIONAL,
                ContainerResourceNetworkPolicy,
            ),
        )
