from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.container_auto_param_type import (
    ContainerAutoParamType,
    check_container_auto_param_type,
)
from ..models.container_memory_limit import (
    ContainerMemoryLimit,
    check_container_memory_limit,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.container_network_policy_allowlist_param import (
        ContainerNetworkPolicyAllowlistParam,
    )
    from ..models.container_network_policy_disabled_param import (
        ContainerNetworkPolicyDisabledParam,
    )
    from ..models.inline_skill_param import InlineSkillParam
    from ..models.skill_reference_param import SkillReferenceParam


@_attrs_define(repr=False)
class ContainerAutoParam(_OpenModel):
    """Run shell commands in a container created for the request."""

    type_: ContainerAutoParamType
    """ Fixed tag `container_auto`. """
    file_ids: list[str] | None = None
    """ Uploaded files to put in the container. """
    memory_limit: ContainerMemoryLimit | None = None
    """ Memory of the container. """
    network_policy: (
        ContainerNetworkPolicyAllowlistParam
        | ContainerNetworkPolicyDisabledParam
        | None
    ) = None
    """ Network access of the container. """
    skills: list[InlineSkillParam | SkillReferenceParam] | None = None
    """ Skills to make available, stored or inline. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("file_ids", "memory_limit", "network_policy", "skills", "type")
    _tags = {"type": ("container_auto",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_container_auto_param_type),
            ("file_ids", "file_ids", OPTIONAL, list_of(None)),
            (
                "memory_limit",
                "memory_limit",
                OPTIONAL_OR_NULL,
                one_of(check_container_memory_limit, None),
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
        )
