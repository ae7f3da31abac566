from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.create_container_body_memory_limit import (
    CreateContainerBodyMemoryLimit,
    check_create_container_body_memory_limit,
)

if TYPE_CHECKING:
    from .._model import Table
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


@_attrs_define(repr=False)
class CreateContainerBody(_OpenModel):
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
    _keys = (
        "expires_after",
        "file_ids",
        "memory_limit",
        "name",
        "network_policy",
        "skills",
    )

    @staticmethod
    def _fields() -> Table:
        from ..models.create_container_body_expires_after import (
            CreateContainerBodyExpiresAfter,
        )

        return fields(
            ("name", "name", REQUIRED, None),
            ("file_ids", "file_ids", OPTIONAL, list_of(None)),
            (
                "expires_after",
                "expires_after",
                OPTIONAL,
                CreateContainerBodyExpiresAfter,
            ),
            (
                "skills",
                "skills",
                OPTIONAL,
                list_of(
                    one_of(
                        member(
                            "skill_reference_param",
                            "SkillReferenceParam",
                            ("type", "skill_reference"),
                        ),
                        member(
                            "inline_skill_param", "InlineSkillParam", ("type", "inline")
                        ),
                    )
                ),
            ),
            (
                "memory_limit",
                "memory_limit",
                OPTIONAL,
                check_create_container_body_memory_limit,
            ),
            (
                "network_policy",
                "network_policy",
                OPTIONAL,
                one_of(
                    member(
                        "container_network_policy_disabled_param",
                        "ContainerNetworkPolicyDisabledParam",
                        ("type", "disabled"),
                    ),
                    member(
                        "container_network_policy_allowlist_param",
                        "ContainerNetworkPolicyAllowlistParam",
                        ("type", "allowlist"),
                    ),
                ),
            ),
            strict=True,
        )
