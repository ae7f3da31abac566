from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.batch_object import BatchObject, check_batch_object
from ..models.batch_status import BatchStatus, check_batch_status

if TYPE_CHECKING:
    from .._model import Table
    from ..models.batch_errors import BatchErrors
    from ..models.batch_request_counts import BatchRequestCounts
    from ..models.batch_usage import BatchUsage
    from ..models.metadata_type_0 import MetadataType0


@_attrs_define(repr=False)
class Batch(_OpenModel):
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
    _keys = (
        "cancelled_at",
        "cancelling_at",
        "completed_at",
        "completion_window",
        "created_at",
        "endpoint",
        "error_file_id",
        "errors",
        "expired_at",
        "expires_at",
        "failed_at",
        "finalizing_at",
        "id",
        "in_progress_at",
        "input_file_id",
        "metadata",
        "model",
        "object",
        "output_file_id",
        "request_counts",
        "status",
        "usage",
    )
    _tags = {"object": ("batch",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.batch_errors import BatchErrors
        from ..models.batch_request_counts import BatchRequestCounts
        from ..models.batch_usage import BatchUsage

        return fields(
            ("id", "id", REQUIRED, None),
            ("object_", "object", REQUIRED, check_batch_object),
            ("endpoint", "endpoint", REQUIRED, None),
            ("input_file_id", "input_file_id", REQUIRED, None),
            ("completion_window", "completion_window", REQUIRED, None),
            ("status", "status", REQUIRED, check_batch_status),
            ("created_at", "created_at", REQUIRED, None),
            ("model", "model", OPTIONAL, None),
            ("errors", "errors", OPTIONAL, BatchErrors),
            ("output_file_id", "output_file_id", OPTIONAL, None),
            ("error_file_id", "error_file_id", OPTIONAL, None),
            ("in_progress_at", "in_progress_at", OPTIONAL, None),
            ("expires_at", "expires_at", OPTIONAL, None),
            ("finalizing_at", "finalizing_at", OPTIONAL, None),
            ("completed_at", "completed_at", OPTIONAL, None),
            ("failed_at", "failed_at", OPTIONAL, None),
            ("expired_at", "expired_at", OPTIONAL, None),
            ("cancelling_at", "cancelling_at", OPTIONAL, None),
            ("cancelled_at", "cancelled_at", OPTIONAL, None),
            ("request_counts", "request_counts", OPTIONAL, BatchRequestCounts),
            ("usage", "usage", OPTIONAL, BatchUsage),
            (
                "metadata",
                "metadata",
                OPTIONAL_OR_NULL,
                one_of(member("metadata_type_0", "MetadataType0"), None),
            ),
        )
