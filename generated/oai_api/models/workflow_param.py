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

if TYPE_CHECKING:
    from .._model import Table
    from ..models.workflow_param_state_variables import WorkflowParamStateVariables
    from ..models.workflow_tracing_param import WorkflowTracingParam


@_attrs_define(repr=False)
class WorkflowParam(_OpenModel):
    """Which workflow the session runs, with optional version, state variables and tracing."""

    id: str
    """ ID of the workflow to run. """
    version: str | None = None
    """ Pin a workflow version; omit it to run whatever version is currently deployed last. """
    state_variables: WorkflowParamStateVariables | None = None
    """ Values passed to the workflow: keys up to 64 characters, primitive values; empty if omitted. """
    tracing: WorkflowTracingParam | None = None
    """ Tracing switch for the session (on unless `enabled` is false). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("id", "state_variables", "tracing", "version")

    @staticmethod
    def _fields() -> Table:
        from ..models.workflow_param_state_variables import WorkflowParamStateVariables
        from ..models.workflow_tracing_param import WorkflowTracingParam

        return fields(
            ("id", "id", REQUIRED, None),
            ("version", "version", OPTIONAL, None),
            (
                "state_variables",
                "state_variables",
                OPTIONAL,
                WorkflowParamStateVariables,
            ),
            ("tracing", "tracing", OPTIONAL, WorkflowTracingParam),
            strict=True,
        )
