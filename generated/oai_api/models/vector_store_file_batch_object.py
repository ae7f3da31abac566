from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vector_store_file_batch_object_object import (
    VectorStoreFileBatchObjectObject,
    check_vector_store_file_batch_object_object,
)
from ..models.vector_store_file_batch_object_status import (
    VectorStoreFileBatchObjectStatus,
    check_vector_store_file_batch_object_status,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.vector_store_file_batch_object_file_counts import (
        VectorStoreFileBatchObjectFileCounts,
    )


T = TypeVar("T", bound="VectorStoreFileBatchObject")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, VectorStoreFileBatchObjectFileCounts
    from ..models.vector_store_file_batch_object_file_counts import (
        VectorStoreFileBatchObjectFileCounts,
    )

    _models_bound = True


@_attrs_define
class VectorStoreFileBatchObject:
    """A group of files added to a vector store together, with its status and per-status file counts."""

    id: str
    object_: VectorStoreFileBatchObjectObject
    created_at: int
    vector_store_id: str
    status: VectorStoreFileBatchObjectStatus
    file_counts: VectorStoreFileBatchObjectFileCounts
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

        _v_vector_store_id = (
            self.vector_store_id
            if self.vector_store_id is not None
            or "vector_store_id" not in self._none_flips
            else UNSET
        )

        vector_store_id = _v_vector_store_id

        _v_status = (
            self.status
            if self.status is not None or "status" not in self._none_flips
            else UNSET
        )

        if _v_status is None or isinstance(_v_status, Unset):
            status = _v_status
        else:
            status: str = _v_status

        _v_file_counts = (
            self.file_counts
            if self.file_counts is not None or "file_counts" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_file_counts, VectorStoreFileBatchObjectFileCounts):
            file_counts = _v_file_counts
        else:
            file_counts = _v_file_counts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "object": object_,
                    "created_at": created_at,
                    "vector_store_id": vector_store_id,
                    "status": status,
                    "file_counts": file_counts,
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
                object_ = check_vector_store_file_batch_object_object(_object__raw)

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

        vector_store_id = d.pop("vector_store_id", UNSET)
        if (
            vector_store_id is None or isinstance(vector_store_id, Unset)
        ) and strict_parsing.get():
            raise KeyError("vector_store_id")

        if vector_store_id is None or vector_store_id is UNSET:
            if vector_store_id is UNSET:
                _none_flips += ("vector_store_id",)
            vector_store_id = None

        _status_raw = d.pop("status", UNSET)
        if _status_raw is None or isinstance(_status_raw, Unset):
            if strict_parsing.get():
                raise KeyError("status")

            if _status_raw is UNSET:
                _none_flips += ("status",)
            status = None

        else:
            try:
                status = check_vector_store_file_batch_object_status(_status_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

        _file_counts_raw = d.pop("file_counts", UNSET)
        if _file_counts_raw is None or isinstance(_file_counts_raw, Unset):
            if strict_parsing.get():
                raise KeyError("file_counts")

            if _file_counts_raw is UNSET:
                _none_flips += ("file_counts",)
            file_counts = None

        else:
            try:
                file_counts = VectorStoreFileBatchObjectFileCounts.from_dict(
                    _file_counts_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                file_counts = _file_counts_raw

        vector_store_file_batch_object = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            vector_store_id=vector_store_id,
            status=status,
            file_counts=file_counts,
        )
        if _none_flips:
            vector_store_file_batch_object._none_flips = _none_flips

        vector_store_file_batch_object.additional_properties = d
        return vector_store_file_batch_object

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
