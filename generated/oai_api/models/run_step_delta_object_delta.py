from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.run_step_delta_step_details_message_creation_object import (
        RunStepDeltaStepDetailsMessageCreationObject,
    )
    from ..models.run_step_delta_step_details_tool_calls_object import (
        RunStepDeltaStepDetailsToolCallsObject,
    )


T = TypeVar("T", bound="RunStepDeltaObjectDelta")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        RunStepDeltaStepDetailsMessageCreationObject, \
        RunStepDeltaStepDetailsToolCallsObject
    from ..models.run_step_delta_step_details_message_creation_object import (
        RunStepDeltaStepDetailsMessageCreationObject,
    )
    from ..models.run_step_delta_step_details_tool_calls_object import (
        RunStepDeltaStepDetailsToolCallsObject,
    )

    _models_bound = True


@_attrs_define
class RunStepDeltaObjectDelta:
    step_details: (
        RunStepDeltaStepDetailsMessageCreationObject
        | RunStepDeltaStepDetailsToolCallsObject
        | None
    ) = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_step_details = (
            self.step_details
            if self.step_details is not None or "step_details" in self._none_flips
            else UNSET
        )

        if _v_step_details is None or isinstance(_v_step_details, Unset):
            step_details = _v_step_details
        else:
            step_details: dict[str, Any] | Unset
            if isinstance(_v_step_details, Unset):
                step_details = UNSET
            elif isinstance(
                _v_step_details, RunStepDeltaStepDetailsMessageCreationObject
            ) or isinstance(_v_step_details, RunStepDeltaStepDetailsToolCallsObject):
                step_details = _v_step_details.to_dict()
            else:
                step_details = _v_step_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if step_details is not UNSET:
            field_dict["step_details"] = step_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _step_details_raw = d.pop("step_details", UNSET)
        if _step_details_raw is None or isinstance(_step_details_raw, Unset):
            if _step_details_raw is None and strict_parsing.get():
                raise TypeError("step_details")

            if _step_details_raw is None:
                _none_flips += ("step_details",)
            step_details = None

        else:
            try:

                def _parse_step_details(
                    data: object,
                ) -> (
                    RunStepDeltaStepDetailsMessageCreationObject
                    | RunStepDeltaStepDetailsToolCallsObject
                    | Unset
                ):
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, dict):
                        if data.get("type") == "message_creation":
                            try:
                                step_details_type_0 = RunStepDeltaStepDetailsMessageCreationObject.from_dict(
                                    data
                                )

                                return step_details_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "tool_calls":
                            try:
                                step_details_type_1 = (
                                    RunStepDeltaStepDetailsToolCallsObject.from_dict(
                                        data
                                    )
                                )

                                return step_details_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_step_details(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        finally:
                            strict_parsing.reset(strictly)
                    if isinstance(data, dict):
                        _fits = (
                            len(
                                {
                                    "message_creation",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "tool_calls",
                                    "type",
                                }.intersection(data)
                            ),
                        )
                    else:
                        _fits = (
                            0,
                            0,
                        )
                    _most = max(_fits)
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "message_creation") not in (
                            "message_creation",
                        ):
                            raise TypeError()
                        if _fits[0] < _most:
                            raise TypeError()
                        step_details_type_0 = (
                            RunStepDeltaStepDetailsMessageCreationObject.from_dict(data)
                        )

                        return step_details_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "tool_calls") not in ("tool_calls",):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        step_details_type_1 = (
                            RunStepDeltaStepDetailsToolCallsObject.from_dict(data)
                        )

                        return step_details_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        RunStepDeltaStepDetailsMessageCreationObject
                        | RunStepDeltaStepDetailsToolCallsObject
                        | Unset,
                        data,
                    )

                step_details = _parse_step_details(_step_details_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                step_details = _step_details_raw

        run_step_delta_object_delta = cls(
            step_details=step_details,
        )
        if _none_flips:
            run_step_delta_object_delta._none_flips = _none_flips

        run_step_delta_object_delta.additional_properties = d
        return run_step_delta_object_delta

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
