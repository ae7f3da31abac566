from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_step_delta_step_details_message_creation_object_type import (
    RunStepDeltaStepDetailsMessageCreationObjectType,
    check_run_step_delta_step_details_message_creation_object_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.run_step_delta_step_details_message_creation_object_message_creation import (
        RunStepDeltaStepDetailsMessageCreationObjectMessageCreation,
    )


T = TypeVar("T", bound="RunStepDeltaStepDetailsMessageCreationObject")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, RunStepDeltaStepDetailsMessageCreationObjectMessageCreation
    from ..models.run_step_delta_step_details_message_creation_object_message_creation import (
        RunStepDeltaStepDetailsMessageCreationObjectMessageCreation,
    )

    _models_bound = True


@_attrs_define
class RunStepDeltaStepDetailsMessageCreationObject:
    """Streamed change to a run step that creates a message."""

    type_: RunStepDeltaStepDetailsMessageCreationObjectType
    message_creation: (
        RunStepDeltaStepDetailsMessageCreationObjectMessageCreation | None
    ) = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_message_creation = (
            self.message_creation
            if self.message_creation is not None
            or "message_creation" in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_message_creation,
            RunStepDeltaStepDetailsMessageCreationObjectMessageCreation,
        ):
            message_creation = _v_message_creation
        else:
            message_creation: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_message_creation, Unset):
                message_creation = _v_message_creation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                }.items()
                if v is not UNSET
            }
        )
        if message_creation is not UNSET:
            field_dict["message_creation"] = message_creation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_run_step_delta_step_details_message_creation_object_type(
                    _type__raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _message_creation_raw = d.pop("message_creation", UNSET)
        if _message_creation_raw is None or isinstance(_message_creation_raw, Unset):
            if _message_creation_raw is None and strict_parsing.get():
                raise TypeError("message_creation")

            if _message_creation_raw is None:
                _none_flips += ("message_creation",)
            message_creation = None

        else:
            try:
                _message_creation = _message_creation_raw
                message_creation: (
                    RunStepDeltaStepDetailsMessageCreationObjectMessageCreation | Unset
                )
                if isinstance(_message_creation, Unset):
                    message_creation = UNSET
                else:
                    message_creation = RunStepDeltaStepDetailsMessageCreationObjectMessageCreation.from_dict(
                        _message_creation
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                message_creation = _message_creation_raw

        run_step_delta_step_details_message_creation_object = cls(
            type_=type_,
            message_creation=message_creation,
        )
        if _none_flips:
            run_step_delta_step_details_message_creation_object._none_flips = (
                _none_flips
            )

        run_step_delta_step_details_message_creation_object.additional_properties = d
        return run_step_delta_step_details_message_creation_object

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
