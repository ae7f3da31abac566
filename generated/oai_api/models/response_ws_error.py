from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_ws_error_type import (
    ResponseWsErrorType,
    check_response_ws_error_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.error_payload import ErrorPayload


T = TypeVar("T", bound="ResponseWsError")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, ErrorPayload
    from ..models.error_payload import ErrorPayload

    _models_bound = True


@_attrs_define
class ResponseWsError:
    """Error reported while handling a request on a Responses WebSocket."""

    type_: ResponseWsErrorType
    error: ErrorPayload
    """ Details of an error delivered as a streaming error event: type, code, message and parameter. """
    status: int | None = None
    sequence_number: int | None = None
    stream_id: str | None = None
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

        _v_error = (
            self.error
            if self.error is not None or "error" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_error, ErrorPayload):
            error = _v_error
        else:
            error = _v_error.to_dict()

        _v_status = (
            self.status
            if self.status is not None or "status" in self._none_flips
            else UNSET
        )

        status = _v_status

        _v_sequence_number = (
            self.sequence_number
            if self.sequence_number is not None or "sequence_number" in self._none_flips
            else UNSET
        )

        sequence_number = _v_sequence_number

        _v_stream_id = (
            self.stream_id
            if self.stream_id is not None or "stream_id" in self._none_flips
            else UNSET
        )

        stream_id = _v_stream_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "error": error,
                }.items()
                if v is not UNSET
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if stream_id is not UNSET:
            field_dict["stream_id"] = stream_id

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
                type_ = check_response_ws_error_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _error_raw = d.pop("error", UNSET)
        if _error_raw is None or isinstance(_error_raw, Unset):
            if strict_parsing.get():
                raise KeyError("error")

            if _error_raw is UNSET:
                _none_flips += ("error",)
            error = None

        else:
            try:
                error = ErrorPayload.from_dict(_error_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                error = _error_raw

        status = d.pop("status", UNSET)
        if status is None and strict_parsing.get():
            raise TypeError("status")

        if status is None or status is UNSET:
            if status is None:
                _none_flips += ("status",)
            status = None

        sequence_number = d.pop("sequence_number", UNSET)
        if sequence_number is None and strict_parsing.get():
            raise TypeError("sequence_number")

        if sequence_number is None or sequence_number is UNSET:
            if sequence_number is None:
                _none_flips += ("sequence_number",)
            sequence_number = None

        stream_id = d.pop("stream_id", UNSET)
        if stream_id is None and strict_parsing.get():
            raise TypeError("stream_id")

        if stream_id is None or stream_id is UNSET:
            if stream_id is None:
                _none_flips += ("stream_id",)
            stream_id = None

        response_ws_error = cls(
            type_=type_,
            error=error,
            status=status,
            sequence_number=sequence_number,
            stream_id=stream_id,
        )
        if _none_flips:
            response_ws_error._none_flips = _none_flips

        response_ws_error.additional_properties = d
        return response_ws_error

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
