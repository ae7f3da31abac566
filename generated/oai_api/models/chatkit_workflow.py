from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.chatkit_workflow_state_variables_type_0 import (
        ChatkitWorkflowStateVariablesType0,
    )
    from ..models.chatkit_workflow_tracing import ChatkitWorkflowTracing


T = TypeVar("T", bound="ChatkitWorkflow")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, ChatkitWorkflowStateVariablesType0, ChatkitWorkflowTracing
    from ..models.chatkit_workflow_state_variables_type_0 import (
        ChatkitWorkflowStateVariablesType0,
    )
    from ..models.chatkit_workflow_tracing import ChatkitWorkflowTracing

    _models_bound = True


@_attrs_define
class ChatkitWorkflow:
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
            if self.version is not None or "version" not in self._none_flips
            else UNSET
        )

        if _v_version is None or isinstance(_v_version, Unset):
            version = _v_version
        else:
            version: None | str
            version = _v_version

        _v_state_variables = (
            self.state_variables
            if self.state_variables is not None
            or "state_variables" not in self._none_flips
            else UNSET
        )

        if _v_state_variables is None or isinstance(_v_state_variables, Unset):
            state_variables = _v_state_variables
        else:
            state_variables: dict[str, Any] | None
            if isinstance(_v_state_variables, ChatkitWorkflowStateVariablesType0):
                state_variables = _v_state_variables.to_dict()
            else:
                state_variables = _v_state_variables

        _v_tracing = (
            self.tracing
            if self.tracing is not None or "tracing" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_tracing, ChatkitWorkflowTracing):
            tracing = _v_tracing
        else:
            tracing = _v_tracing.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "version": version,
                    "state_variables": state_variables,
                    "tracing": tracing,
                }.items()
                if v is not UNSET
            }
        )

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

        _version_raw = d.pop("version", UNSET)
        if _version_raw is None or isinstance(_version_raw, Unset):
            if isinstance(_version_raw, Unset) and strict_parsing.get():
                raise KeyError("version")

            if _version_raw is UNSET:
                _none_flips += ("version",)
            version = None

        else:
            try:

                def _parse_version(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                version = _parse_version(_version_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                version = _version_raw

        _state_variables_raw = d.pop("state_variables", UNSET)
        if _state_variables_raw is None or isinstance(_state_variables_raw, Unset):
            if isinstance(_state_variables_raw, Unset) and strict_parsing.get():
                raise KeyError("state_variables")

            if _state_variables_raw is UNSET:
                _none_flips += ("state_variables",)
            state_variables = None

        else:
            try:

                def _parse_state_variables(
                    data: object,
                ) -> ChatkitWorkflowStateVariablesType0 | None:
                    if data is None:
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        state_variables_type_0 = (
                            ChatkitWorkflowStateVariablesType0.from_dict(data)
                        )

                        return state_variables_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(ChatkitWorkflowStateVariablesType0 | None, data)

                state_variables = _parse_state_variables(_state_variables_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                state_variables = _state_variables_raw

        _tracing_raw = d.pop("tracing", UNSET)
        if _tracing_raw is None or isinstance(_tracing_raw, Unset):
            if strict_parsing.get():
                raise KeyError("tracing")

            if _tracing_raw is UNSET:
                _none_flips += ("tracing",)
            tracing = None

        else:
            try:
                tracing = ChatkitWorkflowTracing.from_dict(_tracing_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                tracing = _tracing_raw

        chatkit_workflow = cls(
            id=id,
            version=version,
            state_variables=state_variables,
            tracing=tracing,
        )
        if _none_flips:
            chatkit_workflow._none_flips = _none_flips

        chatkit_workflow.additional_properties = d
        return chatkit_workflow

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
