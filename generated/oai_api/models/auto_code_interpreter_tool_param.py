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
from ..models.auto_code_interpreter_tool_param_type import (
    AutoCodeInterpreterToolParamType,
    check_auto_code_interpreter_tool_param_type,
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


@_attrs_define(repr=False)
class AutoCodeInterpreterToolParam(_OpenModel):
    """Have a container created for the code interpreter automatically."""

    type_: AutoCodeInterpreterToolParamType
    """ Fixed tag `auto`. """
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("file_ids", "memory_limit", "network_policy", "type")
    _tags = {"type": ("auto",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_auto_code_interpreter_tool_param_type),
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
        )
