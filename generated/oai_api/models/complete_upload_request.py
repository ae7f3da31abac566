from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="CompleteUploadRequest")


@_attrs_define
class CompleteUploadRequest:
    """Part order and optional checksum for finishing an upload."""

    part_ids: list[str]
    """ IDs of the parts, in the order their bytes are to be joined. """
    md5: str | None = None
    """ MD5 of the whole file, if you want the received bytes checked against it. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_part_ids = (
            self.part_ids
            if self.part_ids is not None or "part_ids" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_part_ids, list):
            part_ids = _v_part_ids
        else:
            part_ids = _v_part_ids

        _v_md5 = (
            self.md5 if self.md5 is not None or "md5" in self._none_flips else UNSET
        )

        md5 = _v_md5

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                k: v
                for k, v in {
                    "part_ids": part_ids,
                }.items()
                if v is not UNSET
            }
        )
        if md5 is not UNSET:
            field_dict["md5"] = md5

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _part_ids_raw = d.pop("part_ids", UNSET)
        if _part_ids_raw is None or isinstance(_part_ids_raw, Unset):
            raise KeyError("CompleteUploadRequest: required field part_ids is missing")

        else:
            part_ids = cast(list[str], _part_ids_raw)

        md5 = d.pop("md5", UNSET)
        if md5 is None and strict_parsing.get():
            raise TypeError("md5")

        if md5 is None or md5 is UNSET:
            if md5 is None:
                _none_flips += ("md5",)
            md5 = None

        complete_upload_request = cls(
            part_ids=part_ids,
            md5=md5,
        )
        if _none_flips:
            complete_upload_request._none_flips = _none_flips

        return complete_upload_request
