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
from ..models.beta_auto_code_interpreter_tool_param_type import (
    BetaAutoCodeInterpreterToolParamType,
    check_beta_auto_code_interpreter_tool_param_type,
)
from ..models.beta_container_memory_limit import (
    BetaContainerMemoryLimit,
    check_beta_container_memory_limit,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_container_network_policy_allowlist_param import (
        BetaContainerNetworkPolicyAllowlistParam,
    )
    from ..models.beta_container_network_policy_disabled_param import (
        BetaContainerNetworkPolicyDisabledParam,
    )


@_attrs_define(repr=False)
class BetaAutoCodeInterpreterToolParam(_OpenModel):
    """Have a container created for the code interpreter automatically."""

    type_: BetaAutoCodeInterpreterToolParamType
    """ Fixed tag `auto`. """
    file_ids: list[str] | None = None
    """ Uploaded files to put in the container, at most 50. """
    memory_limit: BetaContainerMemoryLimit | None = None
    """ Memory of the container. """
    network_policy: (
        BetaContainerNetworkPolicyAllowlistParam
        | BetaContainerNetworkPolicyDisabledParam
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
            (
                "type_",
                "type",
                REQUIRED,
                check_beta_auto_code_interpreter_tool_param_type,
            ),
            ("file_ids", "file_ids", OPTIONAL, list_of(None)),
            (
                "memory_limit",
                "memory_limit",
                OPTIONAL_OR_NULL,
                one_of(check_beta_container_memory_limit, None),
            ),
            (
                "network_policy",
                "network_policy",
                OPTIONAL,
                one_of(
                    member(
                        "beta_container_network_policy_disabled_param",
                        "BetaContainerNetworkPolicyDisabledParam",
                        ("type", "disabled"),
                    ),
                    member(
                        "beta_container_network_policy_allowlist_param",
                        "BetaContainerNetworkPolicyAllowlistParam",
                        ("type", "allowlist"),
                    ),
                ),
            ),
        )
