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
from ..models.vector_store_file_object_object import (
    VectorStoreFileObjectObject,
    check_vector_store_file_object_object,
)
from ..models.vector_store_file_object_status import (
    VectorStoreFileObjectStatus,
    check_vector_store_file_object_status,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.other_chunking_strategy_response_param import (
        OtherChunkingStrategyResponseParam,
    )
    from ..models.static_chunking_strategy_response_param import (
        StaticChunkingStrategyResponseParam,
    )
    from ..models.vector_store_file_attributes_type_0 import (
        VectorStoreFileAttributesType0,
    )
    from ..models.vector_store_file_object_last_error_type_0 import (
        VectorStoreFileObjectLastErrorType0,
    )


@_attrs_define(repr=False)
class VectorStoreFileObject(_OpenModel):
    """A file attached to a vector store: processing status, bytes used, last error, chunking and attributes."""

    id: str

    object_: VectorStoreFileObjectObject

    usage_bytes: int

    created_at: int

    vector_store_id: str

    status: VectorStoreFileObjectStatus

    last_error: None | VectorStoreFileObjectLastErrorType0

    chunking_strategy: (
        OtherChunkingStrategyResponseParam | StaticChunkingStrategyResponseParam | None
    ) = None

    attributes: None | VectorStoreFileAttributesType0 = None
    """ Up to 16 key/value attributes attached to a file. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "attributes",
        "chunking_strategy",
        "created_at",
        "id",
        "last_error",
        "object",
        "status",
        "usage_bytes",
        "vector_store_id",
    )
    _tags = {"object": ("vector_store.file",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            ("object_", "object", REQUIRED, check_vector_store_file_object_object),
            ("usage_bytes", "usage_bytes", REQUIRED, None),
            ("created_at", "created_at", REQUIRED, None),
            ("vector_store_id", "vector_store_id", REQUIRED, None),
            ("status", "status", REQUIRED, check_vector_store_file_object_status),
            (
                "last_error",
                "last_error",
                REQUIRED_OR_NULL,
                one_of(
                    member(
                        "vector_store_file_object_last_error_type_0",
                        "VectorStoreFileObjectLastErrorType0",
                    ),
                    None,
                ),
            ),
            (
                "chunking_strategy",
                "chunking_strategy",
                OPTIONAL,
                one_of(
                    member(
                        "static_chunking_strategy_response_param",
                        "StaticChunkingStrategyResponseParam",
                        ("type", "static"),
                    ),
                    member(
                        "other_chunking_strategy_response_param",
                        "OtherChunkingStrategyResponseParam",
                        ("type", "other"),
                    ),
                ),
            ),
            (
                "attributes",
                "attributes",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "vector_store_file_attributes_type_0",
                        "VectorStoreFileAttributesType0",
                    ),
                    None,
                ),
            ),
        )
