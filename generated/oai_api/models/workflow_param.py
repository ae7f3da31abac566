from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.workflow_param_state_variables import WorkflowParamStateVariables
    from ..models.workflow_tracing_param import WorkflowTracingParam


T = TypeVar("T", bound="WorkflowParam")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, WorkflowParamStateVariables, WorkflowTracingParam
    from ..models.workflow_param_state_variables import WorkflowParamStateVariables
    from ..models.workflow_tracing_param import WorkflowTracingParam

    _models_bound = True


@_attrs_define
class WorkflowParam:
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
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_version = (
            self.version
            if self.version is not None or "version" in self._none_flips
            else UNSET
        )

        version = _v_version

        _v_state_variables = (
            self.state_variables
            if self.state_variables is not None or "state_variables" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_state_variables, WorkflowParamStateVariables):
            state_variables = _v_state_variables
        else:
            state_variables: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_state_variables, Unset):
                state_variables = _v_state_variables.to_dict()

        _v_tracing = (
            self.tracing
            if self.tracing is not None or "tracing" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_tracing, WorkflowTracingParam):
            tracing = _v_tracing
        else:
            tracing: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_tracing, Unset):
                tracing = _v_tracing.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                }.items()
                if v is not UNSET
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if state_variables is not UNSET:
            field_dict["state_variables"] = state_variables
        if tracing is not UNSET:
            field_dict["tracing"] = tracing

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        id = d.pop("id", UNSET)
        if id is None or isinstance(id, Unset):
            raise KeyError("WorkflowParam: required field id is missing")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        version = d.pop("version", UNSET)
        if version is None and strict_parsing.get():
            raise TypeError("version")

        if version is None or version is UNSET:
            if version is None:
                _none_flips += ("version",)
            version = None

        _state_variables_raw = d.pop("state_variables", UNSET)
        if _state_variables_raw is None or isinstance(_state_variables_raw, Unset):
            if _state_variables_raw is None and strict_parsing.get():
                raise TypeError("state_variables")

            if _state_variables_raw is None:
                _none_flips += ("state_variables",)
            state_variables = None

        else:
            _state_variables = _state_variables_raw
            state_variables: WorkflowParamStateVariables | Unset
            if isinstance(_state_variables, Unset):
                state_variables = UNSET
            else:
                state_variables = WorkflowParamStateVariables.from_dict(
                    _state_variables
                )

        _tracing_raw = d.pop("tracing", UNSET)
        if _tracing_raw is None or isinstance(_tracing_raw, Unset):
            if _tracing_raw is None and strict_parsing.get():
                raise TypeError("tracing")

            if _tracing_raw is None:
                _none_flips += ("tracing",)
            tracing = None

        else:
            _tracing = _tracing_raw
            tracing: WorkflowTracingParam | Unset
            if isinstance(_tracing, Unset):
                tracing = UNSET
            else:
                tracing = WorkflowTracingParam.from_dict(_tracing)

        workflow_param = cls(
            id=id,
            version=version,
            state_variables=state_variables,
            tracing=tracing,
        )
        if _none_flips:
            workflow_param._none_flips = _none_flips

        workflow_param.additional_properties = d
        return workflow_param

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
