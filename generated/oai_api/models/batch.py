from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_object import BatchObject, check_batch_object
from ..models.batch_status import BatchStatus, check_batch_status
from ..types import UNSET, Unset, strict_parsing

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
    model: str | Unset = UNSET
    """ Model used by the batch's requests, when known. """
    errors: BatchErrors | Unset = UNSET
    """ Problems found while validating the input file. """
    output_file_id: str | Unset = UNSET
    """ ID of the file with the results of successful requests. """
    error_file_id: str | Unset = UNSET
    """ ID of the file with the results of failed requests. """
    in_progress_at: int | Unset = UNSET
    """ When processing started (Unix seconds). """
    expires_at: int | Unset = UNSET
    """ When the batch expires (Unix seconds). """
    finalizing_at: int | Unset = UNSET
    """ When finalising started (Unix seconds). """
    completed_at: int | Unset = UNSET
    """ When the batch completed (Unix seconds). """
    failed_at: int | Unset = UNSET
    """ When the batch failed (Unix seconds). """
    expired_at: int | Unset = UNSET
    """ When the batch expired (Unix seconds). """
    cancelling_at: int | Unset = UNSET
    """ When cancellation started (Unix seconds). """
    cancelled_at: int | Unset = UNSET
    """ When the batch was cancelled (Unix seconds). """
    request_counts: BatchRequestCounts | Unset = UNSET
    """ How many requests of a batch exist, succeeded and failed. """
    usage: BatchUsage | Unset = UNSET
    """ Tokens used by all requests of the batch (batches created after September 2025). """
    metadata: MetadataType0 | None | Unset = UNSET
    """ Up to 16 string key/value tags attached to an object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        id = self.id

        if self.object_ is None or isinstance(self.object_, Unset):
            object_ = self.object_
        else:
            object_: str = self.object_

        endpoint = self.endpoint

        input_file_id = self.input_file_id

        completion_window = self.completion_window

        if self.status is None or isinstance(self.status, Unset):
            status = self.status
        else:
            status: str = self.status

        created_at = self.created_at

        model = self.model

        if not isinstance(self.errors, BatchErrors):
            errors = self.errors
        else:
            errors: dict[str, Any] | Unset = UNSET
            if not isinstance(self.errors, Unset):
                errors = self.errors.to_dict()

        output_file_id = self.output_file_id

        error_file_id = self.error_file_id

        in_progress_at = self.in_progress_at

        expires_at = self.expires_at

        finalizing_at = self.finalizing_at

        completed_at = self.completed_at

        failed_at = self.failed_at

        expired_at = self.expired_at

        cancelling_at = self.cancelling_at

        cancelled_at = self.cancelled_at

        if not isinstance(self.request_counts, BatchRequestCounts):
            request_counts = self.request_counts
        else:
            request_counts: dict[str, Any] | Unset = UNSET
            if not isinstance(self.request_counts, Unset):
                request_counts = self.request_counts.to_dict()

        if not isinstance(self.usage, BatchUsage):
            usage = self.usage
        else:
            usage: dict[str, Any] | Unset = UNSET
            if not isinstance(self.usage, Unset):
                usage = self.usage.to_dict()

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

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
        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        _object__raw = d.pop("object", UNSET)
        if _object__raw is None or isinstance(_object__raw, Unset):
            if strict_parsing.get():
                raise KeyError("object")

            object_ = _object__raw
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

        input_file_id = d.pop("input_file_id", UNSET)
        if (
            input_file_id is None or isinstance(input_file_id, Unset)
        ) and strict_parsing.get():
            raise KeyError("input_file_id")

        completion_window = d.pop("completion_window", UNSET)
        if (
            completion_window is None or isinstance(completion_window, Unset)
        ) and strict_parsing.get():
            raise KeyError("completion_window")

        _status_raw = d.pop("status", UNSET)
        if _status_raw is None or isinstance(_status_raw, Unset):
            if strict_parsing.get():
                raise KeyError("status")

            status = _status_raw
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

        model = d.pop("model", UNSET)
        if model is None and strict_parsing.get():
            raise TypeError("model")

        _errors_raw = d.pop("errors", UNSET)
        if _errors_raw is None or isinstance(_errors_raw, Unset):
            if _errors_raw is None and strict_parsing.get():
                raise TypeError("errors")

            errors = _errors_raw
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

        error_file_id = d.pop("error_file_id", UNSET)
        if error_file_id is None and strict_parsing.get():
            raise TypeError("error_file_id")

        in_progress_at = d.pop("in_progress_at", UNSET)
        if in_progress_at is None and strict_parsing.get():
            raise TypeError("in_progress_at")

        expires_at = d.pop("expires_at", UNSET)
        if expires_at is None and strict_parsing.get():
            raise TypeError("expires_at")

        finalizing_at = d.pop("finalizing_at", UNSET)
        if finalizing_at is None and strict_parsing.get():
            raise TypeError("finalizing_at")

        completed_at = d.pop("completed_at", UNSET)
        if completed_at is None and strict_parsing.get():
            raise TypeError("completed_at")

        failed_at = d.pop("failed_at", UNSET)
        if failed_at is None and strict_parsing.get():
            raise TypeError("failed_at")

        expired_at = d.pop("expired_at", UNSET)
        if expired_at is None and strict_parsing.get():
            raise TypeError("expired_at")

        cancelling_at = d.pop("cancelling_at", UNSET)
        if cancelling_at is None and strict_parsing.get():
            raise TypeError("cancelling_at")

        cancelled_at = d.pop("cancelled_at", UNSET)
        if cancelled_at is None and strict_parsing.get():
            raise TypeError("cancelled_at")

        _request_counts_raw = d.pop("request_counts", UNSET)
        if _request_counts_raw is None or isinstance(_request_counts_raw, Unset):
            if _request_counts_raw is None and strict_parsing.get():
                raise TypeError("request_counts")

            request_counts = _request_counts_raw
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

            usage = _usage_raw
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
            metadata = _metadata_raw
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
