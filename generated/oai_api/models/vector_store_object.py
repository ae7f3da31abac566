from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.vector_store_object_object import (
    VectorStoreObjectObject,
    check_vector_store_object_object,
)
from ..models.vector_store_object_status import (
    VectorStoreObjectStatus,
    check_vector_store_object_status,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.metadata_type_0 import MetadataType0
    from ..models.vector_store_expiration_after import VectorStoreExpirationAfter
    from ..models.vector_store_object_file_counts import VectorStoreObjectFileCounts


@_attrs_define(repr=False)
class VectorStoreObject(_OpenModel):
    """A vector store: indexed files searchable by the `file_search` tool, with usage, file counts, status and expiry."""

    id: str

    object_: VectorStoreObjectObject

    created_at: int

    name: str

    usage_bytes: int

    file_counts: VectorStoreObjectFileCounts

    status: VectorStoreObjectStatus

    last_active_at: int | None

    metadata: MetadataType0 | None
    """ Up to 16 string key/value tags attached to an object. """
    expires_after: VectorStoreExpirationAfter | None = None
    """ When a vector store expires: a number of days after an anchor time. """
    expires_at: int | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "created_at",
        "expires_after",
        "expires_at",
        "file_counts",
        "id",
        "last_active_at",
        "metadata",
        "name",
        "object",
        "status",
        "usage_bytes",
    )
    _tags = {"object": ("vector_store",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.vector_store_expiration_after import VectorStoreExpirationAfter
        from ..models.vector_store_object_file_counts import VectorStoreObjectFileCounts

        return fields(
            ("id", "id", REQUIRED, None),
            ("object_", "object", REQUIRED, check_vector_store_object_object),
            ("created_at", "created_at", REQUIRED, None),
            ("name", "name", REQUIRED, None),
            ("usage_bytes", "usage_bytes", REQUIRED, None),
            ("file_counts", "file_counts", REQUIRED, VectorStoreObjectFileCounts),
            ("status", "status", REQUIRED, check_vector_store_object_status),
            ("last_active_at", "last_active_at", REQUIRED_OR_NULL, one_of(int, None)),
            (
                "metadata",
                "metadata",
                REQUIRED_OR_NULL,
                one_of(member("metadata_type_0", "MetadataType0"), None),
            ),
            ("expires_after", "expires_after", OPTIONAL, VectorStoreExpirationAfter),
            ("expires_at", "expires_at", OPTIONAL_OR_NULL, one_of(int, None)),
        )
