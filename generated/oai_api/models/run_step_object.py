from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_step_object_object import (
    RunStepObjectObject,
    check_run_step_object_object,
)
from ..models.run_step_object_status import (
    RunStepObjectStatus,
    check_run_step_object_status,
)
from ..models.run_step_object_type import RunStepObjectType, check_run_step_object_type
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.metadata_type_0 import MetadataType0
    from ..models.run_step_completion_usage_type_0 import RunStepCompletionUsageType0
    from ..models.run_step_details_message_creation_object import (
        RunStepDetailsMessageCreationObject,
    )
    from ..models.run_step_details_tool_calls_object import (
        RunStepDetailsToolCallsObject,
    )
    from ..models.run_step_object_last_error_type_0 import RunStepObjectLastErrorType0


T = TypeVar("T", bound="RunStepObject")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        MetadataType0, \
        RunStepCompletionUsageType0, \
        RunStepDetailsMessageCreationObject, \
        RunStepDetailsToolCallsObject, \
        RunStepObjectLastErrorType0
    from ..models.metadata_type_0 import MetadataType0
    from ..models.run_step_completion_usage_type_0 import RunStepCompletionUsageType0
    from ..models.run_step_details_message_creation_object import (
        RunStepDetailsMessageCreationObject,
    )
    from ..models.run_step_details_tool_calls_object import (
        RunStepDetailsToolCallsObject,
    )
    from ..models.run_step_object_last_error_type_0 import RunStepObjectLastErrorType0

    _models_bound = True


@_attrs_define
class RunStepObject:
    """One step of a run, either creating a message or calling tools, with its status and usage."""

    id: str
    object_: RunStepObjectObject
    created_at: int
    assistant_id: str
    thread_id: str
    run_id: str
    type_: RunStepObjectType
    status: RunStepObjectStatus
    step_details: RunStepDetailsMessageCreationObject | RunStepDetailsToolCallsObject
    last_error: None | RunStepObjectLastErrorType0
    expired_at: int | None
    cancelled_at: int | None
    failed_at: int | None
    completed_at: int | None
    metadata: MetadataType0 | None
    """ Up to 16 string key/value tags attached to an object. """
    usage: None | RunStepCompletionUsageType0
    """ Token counts (prompt, completion, total) for one run step; None while the step is `in_progress`. """
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

        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" not in self._none_flips
            else UNSET
        )

        if _v_object_ is None or isinstance(_v_object_, Unset):
            object_ = _v_object_
        else:
            object_: str = _v_object_

        _v_created_at = (
            self.created_at
            if self.created_at is not None or "created_at" not in self._none_flips
            else UNSET
        )

        created_at = _v_created_at

        _v_assistant_id = (
            self.assistant_id
            if self.assistant_id is not None or "assistant_id" not in self._none_flips
            else UNSET
        )

        assistant_id = _v_assistant_id

        _v_thread_id = (
            self.thread_id
            if self.thread_id is not None or "thread_id" not in self._none_flips
            else UNSET
        )

        thread_id = _v_thread_id

        _v_run_id = (
            self.run_id
            if self.run_id is not None or "run_id" not in self._none_flips
            else UNSET
        )

        run_id = _v_run_id

        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_status = (
            self.status
            if self.status is not None or "status" not in self._none_flips
            else UNSET
        )

        if _v_status is None or isinstance(_v_status, Unset):
            status = _v_status
        else:
            status: str = _v_status

        _v_step_details = (
            self.step_details
            if self.step_details is not None or "step_details" not in self._none_flips
            else UNSET
        )

        if _v_step_details is None or isinstance(_v_step_details, Unset):
            step_details = _v_step_details
        else:
            step_details: dict[str, Any]
            if isinstance(
                _v_step_details, RunStepDetailsMessageCreationObject
            ) or isinstance(_v_step_details, RunStepDetailsToolCallsObject):
                step_details = _v_step_details.to_dict()
            else:
                step_details = _v_step_details

        _v_last_error = (
            self.last_error
            if self.last_error is not None or "last_error" not in self._none_flips
            else UNSET
        )

        if _v_last_error is None or isinstance(_v_last_error, Unset):
            last_error = _v_last_error
        else:
            last_error: dict[str, Any] | None
            if isinstance(_v_last_error, RunStepObjectLastErrorType0):
                last_error = _v_last_error.to_dict()
            else:
                last_error = _v_last_error

        _v_expired_at = (
            self.expired_at
            if self.expired_at is not None or "expired_at" not in self._none_flips
            else UNSET
        )

        if _v_expired_at is None or isinstance(_v_expired_at, Unset):
            expired_at = _v_expired_at
        else:
            expired_at: int | None
            expired_at = _v_expired_at

        _v_cancelled_at = (
            self.cancelled_at
            if self.cancelled_at is not None or "cancelled_at" not in self._none_flips
            else UNSET
        )

        if _v_cancelled_at is None or isinstance(_v_cancelled_at, Unset):
            cancelled_at = _v_cancelled_at
        else:
            cancelled_at: int | None
            cancelled_at = _v_cancelled_at

        _v_failed_at = (
            self.failed_at
            if self.failed_at is not None or "failed_at" not in self._none_flips
            else UNSET
        )

        if _v_failed_at is None or isinstance(_v_failed_at, Unset):
            failed_at = _v_failed_at
        else:
            failed_at: int | None
            failed_at = _v_failed_at

        _v_completed_at = (
            self.completed_at
            if self.completed_at is not None or "completed_at" not in self._none_flips
            else UNSET
        )

        if _v_completed_at is None or isinstance(_v_completed_at, Unset):
            completed_at = _v_completed_at
        else:
            completed_at: int | None
            completed_at = _v_completed_at

        _v_metadata = (
            self.metadata
            if self.metadata is not None or "metadata" not in self._none_flips
            else UNSET
        )

        if _v_metadata is None or isinstance(_v_metadata, Unset):
            metadata = _v_metadata
        else:
            metadata: dict[str, Any] | None
            if isinstance(_v_metadata, MetadataType0):
                metadata = _v_metadata.to_dict()
            else:
                metadata = _v_metadata

        _v_usage = (
            self.usage
            if self.usage is not None or "usage" not in self._none_flips
            else UNSET
        )

        if _v_usage is None or isinstance(_v_usage, Unset):
            usage = _v_usage
        else:
            usage: dict[str, Any] | None
            if isinstance(_v_usage, RunStepCompletionUsageType0):
                usage = _v_usage.to_dict()
            else:
                usage = _v_usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "object": object_,
                    "created_at": created_at,
                    "assistant_id": assistant_id,
                    "thread_id": thread_id,
                    "run_id": run_id,
                    "type": type_,
                    "status": status,
                    "step_details": step_details,
                    "last_error": last_error,
                    "expired_at": expired_at,
                    "cancelled_at": cancelled_at,
                    "failed_at": failed_at,
                    "completed_at": completed_at,
                    "metadata": metadata,
                    "usage": usage,
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

        _object__raw = d.pop("object", UNSET)
        if _object__raw is None or isinstance(_object__raw, Unset):
            if strict_parsing.get():
                raise KeyError("object")

            if _object__raw is UNSET:
                _none_flips += ("object_",)
            object_ = None

        else:
            try:
                object_ = check_run_step_object_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        created_at = d.pop("created_at", UNSET)
        if (
            created_at is None or isinstance(created_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("created_at")

        if created_at is None or created_at is UNSET:
            if created_at is UNSET:
                _none_flips += ("created_at",)
            created_at = None

        assistant_id = d.pop("assistant_id", UNSET)
        if (
            assistant_id is None or isinstance(assistant_id, Unset)
        ) and strict_parsing.get():
            raise KeyError("assistant_id")

        if assistant_id is None or assistant_id is UNSET:
            if assistant_id is UNSET:
                _none_flips += ("assistant_id",)
            assistant_id = None

        thread_id = d.pop("thread_id", UNSET)
        if (thread_id is None or isinstance(thread_id, Unset)) and strict_parsing.get():
            raise KeyError("thread_id")

        if thread_id is None or thread_id is UNSET:
            if thread_id is UNSET:
                _none_flips += ("thread_id",)
            thread_id = None

        run_id = d.pop("run_id", UNSET)
        if (run_id is None or isinstance(run_id, Unset)) and strict_parsing.get():
            raise KeyError("run_id")

        if run_id is None or run_id is UNSET:
            if run_id is UNSET:
                _none_flips += ("run_id",)
            run_id = None

        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_run_step_object_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _status_raw = d.pop("status", UNSET)
        if _status_raw is None or isinstance(_status_raw, Unset):
            if strict_parsing.get():
                raise KeyError("status")

            if _status_raw is UNSET:
                _none_flips += ("status",)
            status = None

        else:
            try:
                status = check_run_step_object_status(_status_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

        _step_details_raw = d.pop("step_details", UNSET)
        if _step_details_raw is None or isinstance(_step_details_raw, Unset):
            if strict_parsing.get():
                raise KeyError("step_details")

            if _step_details_raw is UNSET:
                _none_flips += ("step_details",)
            step_details = None

        else:
            try:

                def _parse_step_details(
                    data: object,
                ) -> (
                    RunStepDetailsMessageCreationObject | RunStepDetailsToolCallsObject
                ):
                    if isinstance(data, dict):
                        if data.get("type") == "message_creation":
                            try:
                                step_details_type_0 = (
                                    RunStepDetailsMessageCreationObject.from_dict(data)
                                )

                                return step_details_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "tool_calls":
                            try:
                                step_details_type_1 = (
                                    RunStepDetailsToolCallsObject.from_dict(data)
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
                            RunStepDetailsMessageCreationObject.from_dict(data)
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
                        step_details_type_1 = RunStepDetailsToolCallsObject.from_dict(
                            data
                        )

                        return step_details_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        RunStepDetailsMessageCreationObject
                        | RunStepDetailsToolCallsObject,
                        data,
                    )

                step_details = _parse_step_details(_step_details_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                step_details = _step_details_raw

        _last_error_raw = d.pop("last_error", UNSET)
        if _last_error_raw is None or isinstance(_last_error_raw, Unset):
            if isinstance(_last_error_raw, Unset) and strict_parsing.get():
                raise KeyError("last_error")

            if _last_error_raw is UNSET:
                _none_flips += ("last_error",)
            last_error = None

        else:
            try:

                def _parse_last_error(
                    data: object,
                ) -> None | RunStepObjectLastErrorType0:
                    if data is None:
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        last_error_type_0 = RunStepObjectLastErrorType0.from_dict(data)

                        return last_error_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(None | RunStepObjectLastErrorType0, data)

                last_error = _parse_last_error(_last_error_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                last_error = _last_error_raw

        _expired_at_raw = d.pop("expired_at", UNSET)
        if _expired_at_raw is None or isinstance(_expired_at_raw, Unset):
            if isinstance(_expired_at_raw, Unset) and strict_parsing.get():
                raise KeyError("expired_at")

            if _expired_at_raw is UNSET:
                _none_flips += ("expired_at",)
            expired_at = None

        else:
            try:

                def _parse_expired_at(data: object) -> int | None:
                    if data is None:
                        return data

                    return cast(int | None, data)

                expired_at = _parse_expired_at(_expired_at_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                expired_at = _expired_at_raw

        _cancelled_at_raw = d.pop("cancelled_at", UNSET)
        if _cancelled_at_raw is None or isinstance(_cancelled_at_raw, Unset):
            if isinstance(_cancelled_at_raw, Unset) and strict_parsing.get():
                raise KeyError("cancelled_at")

            if _cancelled_at_raw is UNSET:
                _none_flips += ("cancelled_at",)
            cancelled_at = None

        else:
            try:

                def _parse_cancelled_at(data: object) -> int | None:
                    if data is None:
                        return data

                    return cast(int | None, data)

                cancelled_at = _parse_cancelled_at(_cancelled_at_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                cancelled_at = _cancelled_at_raw

        _failed_at_raw = d.pop("failed_at", UNSET)
        if _failed_at_raw is None or isinstance(_failed_at_raw, Unset):
            if isinstance(_failed_at_raw, Unset) and strict_parsing.get():
                raise KeyError("failed_at")

            if _failed_at_raw is UNSET:
                _none_flips += ("failed_at",)
            failed_at = None

        else:
            try:

                def _parse_failed_at(data: object) -> int | None:
                    if data is None:
                        return data

                    return cast(int | None, data)

                failed_at = _parse_failed_at(_failed_at_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                failed_at = _failed_at_raw

        _completed_at_raw = d.pop("completed_at", UNSET)
        if _completed_at_raw is None or isinstance(_completed_at_raw, Unset):
            if isinstance(_completed_at_raw, Unset) and strict_parsing.get():
                raise KeyError("completed_at")

            if _completed_at_raw is UNSET:
                _none_flips += ("completed_at",)
            completed_at = None

        else:
            try:

                def _parse_completed_at(data: object) -> int | None:
                    if data is None:
                        return data

                    return cast(int | None, data)

                completed_at = _parse_completed_at(_completed_at_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                completed_at = _completed_at_raw

        _metadata_raw = d.pop("metadata", UNSET)
        if _metadata_raw is None or isinstance(_metadata_raw, Unset):
            if isinstance(_metadata_raw, Unset) and strict_parsing.get():
                raise KeyError("metadata")

            if _metadata_raw is UNSET:
                _none_flips += ("metadata",)
            metadata = None

        else:
            try:

                def _parse_metadata(data: object) -> MetadataType0 | None:
                    if data is None:
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_metadata_type_0 = MetadataType0.from_dict(
                            data
                        )

                        return componentsschemas_metadata_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(MetadataType0 | None, data)

                metadata = _parse_metadata(_metadata_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                metadata = _metadata_raw

        _usage_raw = d.pop("usage", UNSET)
        if _usage_raw is None or isinstance(_usage_raw, Unset):
            if isinstance(_usage_raw, Unset) and strict_parsing.get():
                raise KeyError("usage")

            if _usage_raw is UNSET:
                _none_flips += ("usage",)
            usage = None

        else:
            try:

                def _parse_usage(data: object) -> None | RunStepCompletionUsageType0:
                    if data is None:
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_run_step_completion_usage_type_0 = (
                            RunStepCompletionUsageType0.from_dict(data)
                        )

                        return componentsschemas_run_step_completion_usage_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(None | RunStepCompletionUsageType0, data)

                usage = _parse_usage(_usage_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                usage = _usage_raw

        run_step_object = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            assistant_id=assistant_id,
            thread_id=thread_id,
            run_id=run_id,
            type_=type_,
            status=status,
            step_details=step_details,
            last_error=last_error,
            expired_at=expired_at,
            cancelled_at=cancelled_at,
            failed_at=failed_at,
            completed_at=completed_at,
            metadata=metadata,
            usage=usage,
        )
        if _none_flips:
            run_step_object._none_flips = _none_flips

        run_step_object.additional_properties = d
        return run_step_object

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
