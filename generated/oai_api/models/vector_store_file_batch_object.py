from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.vector_store_file_batch_object_object import (
    VectorStoreFileBatchObjectObject,
    check_vector_store_file_batch_object_object,
)
from ..models.vector_store_file_batch_object_status import (
    VectorStoreFileBatchObjectStatus,
    check_vector_store_file_batch_object_status,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.vector_store_file_batch_object_file_counts import (
        VectorStoreFileBatchObjectFileCounts,
    )


@_attrs_define(repr=False)
class VectorStoreFileBatchObject(_OpenModel):
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
    _keys = ("created_at", "file_counts", "id", "object", "status", "vector_store_id")
    _tags = {"object": ("vector_store.files_batch",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.vector_store_file_batch_object_file_counts import (
            VectorStoreFileBatchObjectFileCounts,
        )

        return fields(
            ("id", "id", REQUIRED, None),
            (
                "object_",
                "object",
                REQUIRED,
                check_vector_store_file_batch_object_object,
            ),
            ("created_at", "created_at", REQUIRED, None),
            ("vector_store_id", "vector_store_id", REQUIRED, None),
            ("status", "status", REQUIRED, check_vector_store_file_batch_object_status),
            (
                "file_counts",
                "file_counts",
                REQUIRED,
                VectorStoreFileBatchObjectFileCounts,
            ),
        )
