from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_object import BatchObject, check_batch_object
from ..models.batch_status import BatchStatus, check_batch_status
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.batch_errors import BatchErrors
    from ..models.batch_request_counts import BatchRequestCounts
    from ..models.batch_usage import BatchUsage
    from ..models.metadata_type_0 import MetadataType0


T = TypeVar("T", bound="Batch")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, BatchErrors, BatchRequestCounts, BatchUsage, MetadataType0
    from ..models.batch_errors import BatchErrors
    from ..models.batch_request_counts import BatchRequestCounts
    from ..models.batch_usage import BatchUsage
    from ..models.metadata_type_0 import MetadataType0

    _models_bound = True


@_attrs_define
class Batch:
    """A batch job: the file of requests it runs, its progress counters, timestamps and result files."""

    id: str
    """ Unique ID. """
    object_: BatchObject
    """ Fixed tag `batch`. """
    endpoint: str
    """ API path every request of the batch is sent to. """
    input_file_id: str
    """ ID of the uploaded JSONL file of requests. """
    completion_window: str
    """ Time allowed for processing the batch. """
    status: BatchStatus
    """ Where the batch is in its life cycle. """
    created_at: int
    """ When the batch was created (Unix seconds). """
    model: str | None = None
    """ Model used by the batch's requests, when known. """
    errors: BatchErrors | None = None
    """ Problems found while validating the input file. """
    output_file_id: str | None = None
    """ ID of the file with the results of successful requests. """
    error_file_id: str | None = None
    """ ID of the file with the results of failed requests. """
    in_progress_at: int | None = None
    """ When processing started (Unix seconds). """
    expires_at: int | None = None
    """ When the batch expires (Unix seconds). """
    finalizing_at: int | None = None
    """ When finalising started (Unix seconds). """
    completed_at: int | None = None
    """ When the batch completed (Unix seconds). """
    failed_at: int | None = None
    """ When the batch failed (Unix seconds). """
    expired_at: int | None = None
    """ When the batch expired (Unix seconds). """
    cancelling_at: int | None = None
    """ When cancellation started (Unix seconds). """
    cancelled_at: int | None = None
    """ When the batch was cancelled (Unix seconds). """
    request_counts: BatchRequestCounts | None = None
    """ How many requests of a batch exist, succeeded and failed. """
    usage: BatchUsage | None = None
    """ Tokens used by all requests of the batch (batches created after September 2025). """
    metadata: MetadataType0 | None = None
    """ Up to 16 string key/value tags attached to an object. """
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

        _v_endpoint = (
            self.endpoint
            if self.endpoint is not None or "endpoint" not in self._none_flips
            else UNSET
        )

        endpoint = _v_endpoint

        _v_input_file_id = (
            self.input_file_id
            if self.input_file_id is not None or "input_file_id" not in self._none_flips
            else UNSET
        )

        input_file_id = _v_input_file_id

        _v_completion_window = (
            self.completion_window
            if self.completion_window is not None
            or "completion_window" not in self._none_flips
            else UNSET
        )

        completion_window = _v_completion_window

        _v_status = (
            self.status
            if self.status is not None or "status" not in self._none_flips
            else UNSET
        )

        if _v_status is None or isinstance(_v_status, Unset):
            status = _v_status
        else:
            status: str = _v_status

        _v_created_at = (
            self.created_at
            if self.created_at is not None or "created_at" not in self._none_flips
            else UNSET
        )

        created_at = _v_created_at

        _v_model = (
            self.model
            if self.model is not None or "model" in self._none_flips
            else UNSET
        )

        model = _v_model

        _v_errors = (
            self.errors
            if self.errors is not None or "errors" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_errors, BatchErrors):
            errors = _v_errors
        else:
            errors: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_errors, Unset):
                errors = _v_errors.to_dict()

        _v_output_file_id = (
            self.output_file_id
            if self.output_file_id is not None or "output_file_id" in self._none_flips
            else UNSET
        )

        output_file_id = _v_output_file_id

        _v_error_file_id = (
            self.error_file_id
            if self.error_file_id is not None or "error_file_id" in self._none_flips
            else UNSET
        )

        error_file_id = _v_error_file_id

        _v_in_progress_at = (
            self.in_progress_at
            if self.in_progress_at is not None or "in_progress_at" in self._none_flips
            else UNSET
        )

        in_progress_at = _v_in_progress_at

        _v_expires_at = (
            self.expires_at
            if self.expires_at is not None or "expires_at" in self._none_flips
            else UNSET
        )

        expires_at = _v_expires_at

        _v_finalizing_at = (
            self.finalizing_at
            if self.finalizing_at is not None or "finalizing_at" in self._none_flips
            else UNSET
        )

        finalizing_at = _v_finalizing_at

        _v_completed_at = (
            self.completed_at
            if self.completed_at is not None or "completed_at" in self._none_flips
            else UNSET
        )

        completed_at = _v_completed_at

        _v_failed_at = (
            self.failed_at
            if self.failed_at is not None or "failed_at" in self._none_flips
            else UNSET
        )

        failed_at = _v_failed_at

        _v_expired_at = (
            self.expired_at
            if self.expired_at is not None or "expired_at" in self._none_flips
            else UNSET
        )

        expired_at = _v_expired_at

        _v_cancelling_at = (
            self.cancelling_at
            if self.cancelling_at is not None or "cancelling_at" in self._none_flips
            else UNSET
        )

        cancelling_at = _v_cancelling_at

        _v_cancelled_at = (
            self.cancelled_at
            if self.cancelled_at is not None or "cancelled_at" in self._none_flips
            else UNSET
        )

        cancelled_at = _v_cancelled_at

        _v_request_counts = (
            self.request_counts
            if self.request_counts is not None or "request_counts" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_request_counts, BatchRequestCounts):
            request_counts = _v_request_counts
        else:
            request_counts: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_request_counts, Unset):
                request_counts = _v_request_counts.to_dict()

        _v_usage = (
            self.usage
            if self.usage is not None or "usage" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_usage, BatchUsage):
            usage = _v_usage
        else:
            usage: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_usage, Unset):
                usage = _v_usage.to_dict()

        _v_metadata = (
            self.metadata
            if self.metadata is not None or "metadata" in self._none_flips
            else UNSET
        )

        metadata: dict[str, Any] | None | Unset
        if isinstance(_v_metadata, Unset):
            metadata = UNSET
        elif isinstance(_v_metadata, MetadataType0):
            metadata = _v_metadata.to_dict()
        else:
            metadata = _v_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "object": object_,
                    "endpoint": endpoint,
                    "input_file_id": input_file_id,
                    "completion_window": completion_window,
                    "status": status,
                    "created_at": created_at,
                }.items()
                if v is not UNSET
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if errors is not UNSET:
            field_dict["errors"] = errors
        if output_file_id is not UNSET:
            field_dict["output_file_id"] = output_file_id
        if error_file_id is not UNSET:
            field_dict["error_file_id"] = error_file_id
        if in_progress_at is not UNSET:
            field_dict["in_progress_at"] = in_progress_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if finalizing_at is not UNSET:
            field_dict["finalizing_at"] = finalizing_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if failed_at is not UNSET:
            field_dict["failed_at"] = failed_at
        if expired_at is not UNSET:
            field_dict["expired_at"] = expired_at
        if cancelling_at is not UNSET:
            field_dict["cancelling_at"] = cancelling_at
        if cancelled_at is not UNSET:
            field_dict["cancelled_at"] = cancelled_at
        if request_counts is not UNSET:
            field_dict["request_counts"] = request_counts
        if usage is not UNSET:
            field_dict["usage"] = usage
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

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
                object_ = check_batch_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        endpoint = d.pop("endpoint", UNSET)
        if (endpoint is None or isinstance(endpoint, Unset)) and strict_parsing.get():
            raise KeyError("endpoint")

        if endpoint is None or endpoint is UNSET:
            if endpoint is UNSET:
                _none_flips += ("endpoint",)
            endpoint = None

        input_file_id = d.pop("input_file_id", UNSET)
        if (
            input_file_id is None or isinstance(input_file_id, Unset)
        ) and strict_parsing.get():
            raise KeyError("input_file_id")

        if input_file_id is None or input_file_id is UNSET:
            if input_file_id is UNSET:
                _none_flips += ("input_file_id",)
            input_file_id = None

        completion_window = d.pop("completion_window", UNSET)
        if (
            completion_window is None or isinstance(completion_window, Unset)
        ) and strict_parsing.get():
            raise KeyError("completion_window")

        if completion_window is None or completion_window is UNSET:
            if completion_window is UNSET:
                _none_flips += ("completion_window",)
            completion_window = None

        _status_raw = d.pop("status", UNSET)
        if _status_raw is None or isinstance(_status_raw, Unset):
            if strict_parsing.get():
                raise KeyError("status")

            if _status_raw is UNSET:
                _none_flips += ("status",)
            status = None

        else:
            try:
                status = check_batch_status(_status_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

        created_at = d.pop("created_at", UNSET)
        if (
            created_at is None or isinstance(created_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("created_at")

        if created_at is None or created_at is UNSET:
            if created_at is UNSET:
                _none_flips += ("created_at",)
            created_at = None

        model = d.pop("model", UNSET)
        if model is None and strict_parsing.get():
            raise TypeError("model")

        if model is None or model is UNSET:
            if model is None:
                _none_flips += ("model",)
            model = None

        _errors_raw = d.pop("errors", UNSET)
        if _errors_raw is None or isinstance(_errors_raw, Unset):
            if _errors_raw is None and strict_parsing.get():
                raise TypeError("errors")

            if _errors_raw is None:
                _none_flips += ("errors",)
            errors = None

        else:
            try:
                _errors = _errors_raw
                errors: BatchErrors | Unset
                if isinstance(_errors, Unset):
                    errors = UNSET
                else:
                    errors = BatchErrors.from_dict(_errors)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                errors = _errors_raw

        output_file_id = d.pop("output_file_id", UNSET)
        if output_file_id is None and strict_parsing.get():
            raise TypeError("output_file_id")

        if output_file_id is None or output_file_id is UNSET:
            if output_file_id is None:
                _none_flips += ("output_file_id",)
            output_file_id = None

        error_file_id = d.pop("error_file_id", UNSET)
        if error_file_id is None and strict_parsing.get():
            raise TypeError("error_file_id")

        if error_file_id is None or error_file_id is UNSET:
            if error_file_id is None:
                _none_flips += ("error_file_id",)
            error_file_id = None

        in_progress_at = d.pop("in_progress_at", UNSET)
        if in_progress_at is None and strict_parsing.get():
            raise TypeError("in_progress_at")

        if in_progress_at is None or in_progress_at is UNSET:
            if in_progress_at is None:
                _none_flips += ("in_progress_at",)
            in_progress_at = None

        expires_at = d.pop("expires_at", UNSET)
        if expires_at is None and strict_parsing.get():
            raise TypeError("expires_at")

        if expires_at is None or expires_at is UNSET:
            if expires_at is None:
                _none_flips += ("expires_at",)
            expires_at = None

        finalizing_at = d.pop("finalizing_at", UNSET)
        if finalizing_at is None and strict_parsing.get():
            raise TypeError("finalizing_at")

        if finalizing_at is None or finalizing_at is UNSET:
            if finalizing_at is None:
                _none_flips += ("finalizing_at",)
            finalizing_at = None

        completed_at = d.pop("completed_at", UNSET)
        if completed_at is None and strict_parsing.get():
            raise TypeError("completed_at")

        if completed_at is None or completed_at is UNSET:
            if completed_at is None:
                _none_flips += ("completed_at",)
            completed_at = None

        failed_at = d.pop("failed_at", UNSET)
        if failed_at is None and strict_parsing.get():
            raise TypeError("failed_at")

        if failed_at is None or failed_at is UNSET:
            if failed_at is None:
                _none_flips += ("failed_at",)
            failed_at = None

        expired_at = d.pop("expired_at", UNSET)
        if expired_at is None and strict_parsing.get():
            raise TypeError("expired_at")

        if expired_at is None or expired_at is UNSET:
            if expired_at is None:
                _none_flips += ("expired_at",)
            expired_at = None

        cancelling_at = d.pop("cancelling_at", UNSET)
        if cancelling_at is None and strict_parsing.get():
            raise TypeError("cancelling_at")

        if cancelling_at is None or cancelling_at is UNSET:
            if cancelling_at is None:
                _none_flips += ("cancelling_at",)
            cancelling_at = None

        cancelled_at = d.pop("cancelled_at", UNSET)
        if cancelled_at is None and strict_parsing.get():
            raise TypeError("cancelled_at")

        if cancelled_at is None or cancelled_at is UNSET:
            if cancelled_at is None:
                _none_flips += ("cancelled_at",)
            cancelled_at = None

        _request_counts_raw = d.pop("request_counts", UNSET)
        if _request_counts_raw is None or isinstance(_request_counts_raw, Unset):
            if _request_counts_raw is None and strict_parsing.get():
                raise TypeError("request_counts")

            if _request_counts_raw is None:
                _none_flips += ("request_counts",)
            request_counts = None

        else:
            try:
                _request_counts = _request_counts_raw
                request_counts: BatchRequestCounts | Unset
                if isinstance(_request_counts, Unset):
                    request_counts = UNSET
                else:
                    request_counts = BatchRequestCounts.from_dict(_request_counts)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                request_counts = _request_counts_raw

        _usage_raw = d.pop("usage", UNSET)
        if _usage_raw is None or isinstance(_usage_raw, Unset):
            if _usage_raw is None and strict_parsing.get():
                raise TypeError("usage")

            if _usage_raw is None:
                _none_flips += ("usage",)
            usage = None

        else:
            try:
                _usage = _usage_raw
                usage: BatchUsage | Unset
                if isinstance(_usage, Unset):
                    usage = UNSET
                else:
                    usage = BatchUsage.from_dict(_usage)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                usage = _usage_raw

        _metadata_raw = d.pop("metadata", UNSET)
        if _metadata_raw is None or isinstance(_metadata_raw, Unset):
            if _metadata_raw is None:
                _none_flips += ("metadata",)
            metadata = None

        else:
            try:

                def _parse_metadata(data: object) -> MetadataType0 | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
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
                    return cast(MetadataType0 | None | Unset, data)

                metadata = _parse_metadata(_metadata_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                metadata = _metadata_raw

        batch = cls(
            id=id,
            object_=object_,
            endpoint=endpoint,
            input_file_id=input_file_id,
            completion_window=completion_window,
            status=status,
            created_at=created_at,
            model=model,
            errors=errors,
            output_file_id=output_file_id,
            error_file_id=error_file_id,
            in_progress_at=in_progress_at,
            expires_at=expires_at,
            finalizing_at=finalizing_at,
            completed_at=completed_at,
            failed_at=failed_at,
            expired_at=expired_at,
            cancelling_at=cancelling_at,
            cancelled_at=cancelled_at,
            request_counts=request_counts,
            usage=usage,
            metadata=metadata,
        )
        if _none_flips:
            batch._none_flips = _none_flips

        batch.additional_properties = d
        return batch

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
