from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fine_tuning_job_event_level import (
    FineTuningJobEventLevel,
    check_fine_tuning_job_event_level,
)
from ..models.fine_tuning_job_event_object import (
    FineTuningJobEventObject,
    check_fine_tuning_job_event_object,
)
from ..models.fine_tuning_job_event_type import (
    FineTuningJobEventType,
    check_fine_tuning_job_event_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.fine_tuning_job_event_data import FineTuningJobEventData


T = TypeVar("T", bound="FineTuningJobEvent")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, FineTuningJobEventData
    from ..models.fine_tuning_job_event_data import FineTuningJobEventData

    _models_bound = True


@_attrs_define
class FineTuningJobEvent:
    """A log entry emitted by a fine-tuning job, such as a progress or status message."""

    object_: FineTuningJobEventObject
    id: str
    created_at: int
    level: FineTuningJobEventLevel
    message: str
    type_: FineTuningJobEventType | None = None
    data: FineTuningJobEventData | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" not in self._none_flips
            else UNSET
        )

        if _v_object_ is None or isinstance(_v_object_, Unset):
            object_ = _v_object_
        else:
            object_: str = _v_object_

        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_created_at = (
            self.created_at
            if self.created_at is not None or "created_at" not in self._none_flips
            else UNSET
        )

        created_at = _v_created_at

        _v_level = (
            self.level
            if self.level is not None or "level" not in self._none_flips
            else UNSET
        )

        if _v_level is None or isinstance(_v_level, Unset):
            level = _v_level
        else:
            level: str = _v_level

        _v_message = (
            self.message
            if self.message is not None or "message" not in self._none_flips
            else UNSET
        )

        message = _v_message

        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str | Unset = UNSET
            if not isinstance(_v_type_, Unset):
                type_ = _v_type_

        _v_data = (
            self.data if self.data is not None or "data" in self._none_flips else UNSET
        )

        if not isinstance(_v_data, FineTuningJobEventData):
            data = _v_data
        else:
            data: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_data, Unset):
                data = _v_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "object": object_,
                    "id": id,
                    "created_at": created_at,
                    "level": level,
                    "message": message,
                }.items()
                if v is not UNSET
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _object__raw = d.pop("object", UNSET)
        if _object__raw is None or isinstance(_object__raw, Unset):
            if strict_parsing.get():
                raise KeyError("object")

            if _object__raw is UNSET:
                _none_flips += ("object_",)
            object_ = None

        else:
            try:
                object_ = check_fine_tuning_job_event_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        created_at = d.pop("created_at", UNSET)
        if (
            created_at is None or isinstance(created_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("created_at")

        if created_at is None or created_at is UNSET:
            if created_at is UNSET:
                _none_flips += ("created_at",)
            created_at = None

        _level_raw = d.pop("level", UNSET)
        if _level_raw is None or isinstance(_level_raw, Unset):
            if strict_parsing.get():
                raise KeyError("level")

            if _level_raw is UNSET:
                _none_flips += ("level",)
            level = None

        else:
            try:
                level = check_fine_tuning_job_event_level(_level_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                level = _level_raw

        message = d.pop("message", UNSET)
        if (message is None or isinstance(message, Unset)) and strict_parsing.get():
            raise KeyError("message")

        if message is None or message is UNSET:
            if message is UNSET:
                _none_flips += ("message",)
            message = None

        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if _type__raw is None and strict_parsing.get():
                raise TypeError("type")

            if _type__raw is None:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                _type_ = _type__raw
                type_: FineTuningJobEventType | Unset
                if isinstance(_type_, Unset):
                    type_ = UNSET
                else:
                    type_ = check_fine_tuning_job_event_type(_type_)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _data_raw = d.pop("data", UNSET)
        if _data_raw is None or isinstance(_data_raw, Unset):
            if _data_raw is None and strict_parsing.get():
                raise TypeError("data")

            if _data_raw is None:
                _none_flips += ("data",)
            data = None

        else:
            try:
                _data = _data_raw
                data: FineTuningJobEventData | Unset
                if isinstance(_data, Unset):
                    data = UNSET
                else:
                    data = FineTuningJobEventData.from_dict(_data)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                data = _data_raw

        fine_tuning_job_event = cls(
            object_=object_,
            id=id,
            created_at=created_at,
            level=level,
            message=message,
            type_=type_,
            data=data,
        )
        if _none_flips:
            fine_tuning_job_event._none_flips = _none_flips

        fine_tuning_job_event.additional_properties = d
        return fine_tuning_job_event

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
