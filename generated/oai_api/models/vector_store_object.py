from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vector_store_object_object import (
    VectorStoreObjectObject,
    check_vector_store_object_object,
)
from ..models.vector_store_object_status import (
    VectorStoreObjectStatus,
    check_vector_store_object_status,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.metadata_type_0 import MetadataType0
    from ..models.vector_store_expiration_after import VectorStoreExpirationAfter
    from ..models.vector_store_object_file_counts import VectorStoreObjectFileCounts


T = TypeVar("T", bound="VectorStoreObject")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        MetadataType0, \
        VectorStoreExpirationAfter, \
        VectorStoreObjectFileCounts
    from ..models.metadata_type_0 import MetadataType0
    from ..models.vector_store_expiration_after import VectorStoreExpirationAfter
    from ..models.vector_store_object_file_counts import VectorStoreObjectFileCounts

    _models_bound = True


@_attrs_define
class VectorStoreObject:
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

        _v_name = (
            self.name
            if self.name is not None or "name" not in self._none_flips
            else UNSET
        )

        name = _v_name

        _v_usage_bytes = (
            self.usage_bytes
            if self.usage_bytes is not None or "usage_bytes" not in self._none_flips
            else UNSET
        )

        usage_bytes = _v_usage_bytes

        _v_file_counts = (
            self.file_counts
            if self.file_counts is not None or "file_counts" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_file_counts, VectorStoreObjectFileCounts):
            file_counts = _v_file_counts
        else:
            file_counts = _v_file_counts.to_dict()

        _v_status = (
            self.status
            if self.status is not None or "status" not in self._none_flips
            else UNSET
        )

        if _v_status is None or isinstance(_v_status, Unset):
            status = _v_status
        else:
            status: str = _v_status

        _v_last_active_at = (
            self.last_active_at
            if self.last_active_at is not None
            or "last_active_at" not in self._none_flips
            else UNSET
        )

        if _v_last_active_at is None or isinstance(_v_last_active_at, Unset):
            last_active_at = _v_last_active_at
        else:
            last_active_at: int | None
            last_active_at = _v_last_active_at

        _v_metadata = (
            self.metadata
            if self.metadata is not None or "metadata" not in self._none_flips
            else UNSET
        )

        if _v_metadata is None or isinstance(_v_metadata, Unset):
            metadata = _v_metadata
        else:
            metadata: dict[str, Any] | None
            if isinstance(_v_metadata, MetadataType0):
                metadata = _v_metadata.to_dict()
            else:
                metadata = _v_metadata

        _v_expires_after = (
            self.expires_after
            if self.expires_after is not None or "expires_after" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_expires_after, VectorStoreExpirationAfter):
            expires_after = _v_expires_after
        else:
            expires_after: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_expires_after, Unset):
                expires_after = _v_expires_after.to_dict()

        _v_expires_at = (
            self.expires_at
            if self.expires_at is not None or "expires_at" in self._none_flips
            else UNSET
        )

        expires_at: int | None | Unset
        if isinstance(_v_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = _v_expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "object": object_,
                    "created_at": created_at,
                    "name": name,
                    "usage_bytes": usage_bytes,
                    "file_counts": file_counts,
                    "status": status,
                    "last_active_at": last_active_at,
                    "metadata": metadata,
                }.items()
                if v is not UNSET
            }
        )
        if expires_after is not UNSET:
            field_dict["expires_after"] = expires_after
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

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
                object_ = check_vector_store_object_object(_object__raw)

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

        name = d.pop("name", UNSET)
        if (name is None or isinstance(name, Unset)) and strict_parsing.get():
            raise KeyError("name")

        if name is None or name is UNSET:
            if name is UNSET:
                _none_flips += ("name",)
            name = None

        usage_bytes = d.pop("usage_bytes", UNSET)
        if (
            usage_bytes is None or isinstance(usage_bytes, Unset)
        ) and strict_parsing.get():
            raise KeyError("usage_bytes")

        if usage_bytes is None or usage_bytes is UNSET:
            if usage_bytes is UNSET:
                _none_flips += ("usage_bytes",)
            usage_bytes = None

        _file_counts_raw = d.pop("file_counts", UNSET)
        if _file_counts_raw is None or isinstance(_file_counts_raw, Unset):
            if strict_parsing.get():
                raise KeyError("file_counts")

            if _file_counts_raw is UNSET:
                _none_flips += ("file_counts",)
            file_counts = None

        else:
            try:
                file_counts = VectorStoreObjectFileCounts.from_dict(_file_counts_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                file_counts = _file_counts_raw

        _status_raw = d.pop("status", UNSET)
        if _status_raw is None or isinstance(_status_raw, Unset):
            if strict_parsing.get():
                raise KeyError("status")

            if _status_raw is UNSET:
                _none_flips += ("status",)
            status = None

        else:
            try:
                status = check_vector_store_object_status(_status_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

        _last_active_at_raw = d.pop("last_active_at", UNSET)
        if _last_active_at_raw is None or isinstance(_last_active_at_raw, Unset):
            if isinstance(_last_active_at_raw, Unset) and strict_parsing.get():
                raise KeyError("last_active_at")

            if _last_active_at_raw is UNSET:
                _none_flips += ("last_active_at",)
            last_active_at = None

        else:
            try:

                def _parse_last_active_at(data: object) -> int | None:
                    if data is None:
                        return data

                    return cast(int | None, data)

                last_active_at = _parse_last_active_at(_last_active_at_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                last_active_at = _last_active_at_raw

        _metadata_raw = d.pop("metadata", UNSET)
        if _metadata_raw is None or isinstance(_metadata_raw, Unset):
            if isinstance(_metadata_raw, Unset) and strict_parsing.get():
                raise KeyError("metadata")

            if _metadata_raw is UNSET:
                _none_flips += ("metadata",)
            metadata = None

        else:
            try:

                def _parse_metadata(data: object) -> MetadataType0 | None:
                    if data is None:
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_metadata_type_0 = MetadataType0.from_dict(
                            data
                        )

                        return componentsschemas_metadata_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(MetadataType0 | None, data)

                metadata = _parse_metadata(_metadata_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                metadata = _metadata_raw

        _expires_after_raw = d.pop("expires_after", UNSET)
        if _expires_after_raw is None or isinstance(_expires_after_raw, Unset):
            if _expires_after_raw is None and strict_parsing.get():
                raise TypeError("expires_after")

            if _expires_after_raw is None:
                _none_flips += ("expires_after",)
            expires_after = None

        else:
            try:
                _expires_after = _expires_after_raw
                expires_after: VectorStoreExpirationAfter | Unset
                if isinstance(_expires_after, Unset):
                    expires_after = UNSET
                else:
                    expires_after = VectorStoreExpirationAfter.from_dict(_expires_after)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                expires_after = _expires_after_raw

        _expires_at_raw = d.pop("expires_at", UNSET)
        if _expires_at_raw is None or isinstance(_expires_at_raw, Unset):
            if _expires_at_raw is None:
                _none_flips += ("expires_at",)
            expires_at = None

        else:
            try:

                def _parse_expires_at(data: object) -> int | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(int | None | Unset, data)

                expires_at = _parse_expires_at(_expires_at_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                expires_at = _expires_at_raw

        vector_store_object = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            name=name,
            usage_bytes=usage_bytes,
            file_counts=file_counts,
            status=status,
            last_active_at=last_active_at,
            metadata=metadata,
            expires_after=expires_after,
            expires_at=expires_at,
        )
        if _none_flips:
            vector_store_object._none_flips = _none_flips

        vector_store_object.additional_properties = d
        return vector_store_object

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
