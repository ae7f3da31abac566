from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset, model_repr

T = TypeVar("T", bound="AddUploadPartRequest")


@_attrs_define
class AddUploadPartRequest:
    """One chunk of the file, sent as multipart form data."""

    data: File
    """ The bytes of this part, at most 64 MB. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_data = (
            self.data
            if self.data is not None or "data" not in self._none_flips
            else UNSET
        )

        if _v_data is None or isinstance(_v_data, Unset):
            data = _v_data
        else:
            data = _v_data.to_tuple()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                k: v
                for k, v in {
                    "data": data,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        _v_data = (
            self.data
            if self.data is not None or "data" not in self._none_flips
            else UNSET
        )

        if _v_data is None or isinstance(_v_data, Unset):
            raise ValueError(
                "AddUploadPartRequest.data is required: a form cannot be sent without it"
            )
        files.append(("data", _v_data.to_tuple()))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _data_raw = d.pop("data", UNSET)
        if _data_raw is None or isinstance(_data_raw, Unset):
            raise KeyError("AddUploadPartRequest: required field data is missing")

        else:
            data = File(payload=BytesIO(_data_raw))

        add_upload_part_request = cls(
            data=data,
        )
        if _none_flips:
            add_upload_part_request._none_flips = _none_flips

        return add_upload_part_request
