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
from ..models.create_batch_request_completion_window import (
    CreateBatchRequestCompletionWindow,
    check_create_batch_request_completion_window,
)
from ..models.create_batch_request_endpoint import (
    CreateBatchRequestEndpoint,
    check_create_batch_request_endpoint,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.batch_file_expiration_after import BatchFileExpirationAfter
    from ..models.metadata_type_0 import MetadataType0


@_attrs_define(repr=False)
class CreateBatchRequest(_OpenModel):
    """Body of a batch creation request."""

    input_file_id: str
    """ ID of a JSONL file uploaded with purpose `batch`; one request per line. """
    endpoint: CreateBatchRequestEndpoint
    """ API path all requests of the batch go to. """
    completion_window: CreateBatchRequestCompletionWindow
    """ Time allowed for processing; only `24h` exists. """
    metadata: MetadataType0 | None = None
    """ Up to 16 string key/value tags attached to an object. """
    output_expires_after: BatchFileExpirationAfter | None = None
    """ When the batch's output and error files expire, counted from their creation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "completion_window",
        "endpoint",
        "input_file_id",
        "metadata",
        "output_expires_after",
    )

    @staticmethod
    def _fields() -> Table:
        from ..models.batch_file_expiration_after import BatchFileExpirationAfter

        return fields(
            ("input_file_id", "input_file_id", REQUIRED, None),
            ("endpoint", "endpoint", REQUIRED, check_create_batch_request_endpoint),
            (
                "completion_window",
                "completion_window",
                REQUIRED,
                check_create_batch_request_completion_window,
            ),
            (
                "metadata",
                "metadata",
                OPTIONAL_OR_NULL,
                one_of(member("metadata_type_0", "MetadataType0"), None),
            ),
            (
                "output_expires_after",
                "output_expires_after",
                OPTIONAL,
                BatchFileExpirationAfter,
            ),
            strict=True,
        )
