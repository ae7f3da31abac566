from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_batch_request_completion_window import (
    CreateBatchRequestCompletionWindow,
    check_create_batch_request_completion_window,
)
from ..models.create_batch_request_endpoint import (
    CreateBatchRequestEndpoint,
    check_create_batch_request_endpoint,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.batch_file_expiration_after import BatchFileExpirationAfter
    from ..models.metadata_type_0 import MetadataType0


T = TypeVar("T", bound="CreateBatchRequest")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, BatchFileExpirationAfter, MetadataType0
    from ..models.batch_file_expiration_after import BatchFileExpirationAfter
    from ..models.metadata_type_0 import MetadataType0

    _models_bound = True


@_attrs_define
class CreateBatchRequest:
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
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_input_file_id = (
            self.input_file_id
            if self.input_file_id is not None or "input_file_id" not in self._none_flips
            else UNSET
        )

        input_file_id = _v_input_file_id

        _v_endpoint = (
            self.endpoint
            if self.endpoint is not None or "endpoint" not in self._none_flips
            else UNSET
        )

        if _v_endpoint is None or isinstance(_v_endpoint, Unset):
            endpoint = _v_endpoint
        else:
            endpoint: str = _v_endpoint

        _v_completion_window = (
            self.completion_window
            if self.completion_window is not None
            or "completion_window" not in self._none_flips
            else UNSET
        )

        if _v_completion_window is None or isinstance(_v_completion_window, Unset):
            completion_window = _v_completion_window
        else:
            completion_window: str = _v_completion_window

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

        _v_output_expires_after = (
            self.output_expires_after
            if self.output_expires_after is not None
            or "output_expires_after" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_output_expires_after, BatchFileExpirationAfter):
            output_expires_after = _v_output_expires_after
        else:
            output_expires_after: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_output_expires_after, Unset):
                output_expires_after = _v_output_expires_after.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "input_file_id": input_file_id,
                    "endpoint": endpoint,
                    "completion_window": completion_window,
                }.items()
                if v is not UNSET
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if output_expires_after is not UNSET:
            field_dict["output_expires_after"] = output_expires_after

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        input_file_id = d.pop("input_file_id", UNSET)
        if input_file_id is None or isinstance(input_file_id, Unset):
            raise KeyError(
                "CreateBatchRequest: required field input_file_id is missing"
            )

        if input_file_id is None or input_file_id is UNSET:
            if input_file_id is UNSET:
                _none_flips += ("input_file_id",)
            input_file_id = None

        _endpoint_raw = d.pop("endpoint", UNSET)
        if _endpoint_raw is None or isinstance(_endpoint_raw, Unset):
            raise KeyError("CreateBatchRequest: required field endpoint is missing")

        else:
            endpoint = check_create_batch_request_endpoint(_endpoint_raw)

        _completion_window_raw = d.pop("completion_window", UNSET)
        if _completion_window_raw is None or isinstance(_completion_window_raw, Unset):
            raise KeyError(
                "CreateBatchRequest: required field completion_window is missing"
            )

        else:
            completion_window = check_create_batch_request_completion_window(
                _completion_window_raw
            )

        _metadata_raw = d.pop("metadata", UNSET)
        if _metadata_raw is None or isinstance(_metadata_raw, Unset):
            if _metadata_raw is None:
                _none_flips += ("metadata",)
            metadata = None

        else:

            def _parse_metadata(data: object) -> MetadataType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_metadata_type_0 = MetadataType0.from_dict(data)

                    return componentsschemas_metadata_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(MetadataType0 | None | Unset, data)

            metadata = _parse_metadata(_metadata_raw)

        _output_expires_after_raw = d.pop("output_expires_after", UNSET)
        if _output_expires_after_raw is None or isinstance(
            _output_expires_after_raw, Unset
        ):
            if _output_expires_after_raw is None and strict_parsing.get():
                raise TypeError("output_expires_after")

            if _output_expires_after_raw is None:
                _none_flips += ("output_expires_after",)
            output_expires_after = None

        else:
            _output_expires_after = _output_expires_after_raw
            output_expires_after: BatchFileExpirationAfter | Unset
            if isinstance(_output_expires_after, Unset):
                output_expires_after = UNSET
            else:
                output_expires_after = BatchFileExpirationAfter.from_dict(
                    _output_expires_after
                )

        create_batch_request = cls(
            input_file_id=input_file_id,
            endpoint=endpoint,
            completion_window=completion_window,
            metadata=metadata,
            output_expires_after=output_expires_after,
        )
        if _none_flips:
            create_batch_request._none_flips = _none_flips

        create_batch_request.additional_properties = d
        return create_batch_request

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
