from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.chatkit_workflow_state_variables_type_0 import (
        ChatkitWorkflowStateVariablesType0,
    )
    from ..models.chatkit_workflow_tracing import ChatkitWorkflowTracing


@_attrs_define(repr=False)
class ChatkitWorkflow(_OpenModel):
    """The workflow a ChatKit session runs: ID, version, state variables and tracing."""

    id: str

    version: None | str

    state_variables: ChatkitWorkflowStateVariablesType0 | None

    tracing: ChatkitWorkflowTracing
    """ Tracing setting in effect: `enabled` tells whether the session is traced. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("id", "state_variables", "tracing", "version")

    @staticmethod
    def _fields() -> Table:
        from ..models.chatkit_workflow_tracing import ChatkitWorkflowTracing

        return fields(
            ("id", "id", REQUIRED, None),
            ("version", "version", REQUIRED_OR_NULL, one_of(str, None)),
            (
                "state_variables",
                "state_variables",
                REQUIRED_OR_NULL,
                one_of(
                    member(
                        "chatkit_workflow_state_variables_type_0",
                        "ChatkitWorkflowStateVariablesType0",
                    ),
                    None,
                ),
            ),
            ("tracing", "tracing", REQUIRED, ChatkitWorkflowTracing),
        )
