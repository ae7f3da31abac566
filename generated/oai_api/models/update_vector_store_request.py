from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.metadata_type_0 import MetadataType0
    from ..models.vector_store_expiration_after import VectorStoreExpirationAfter


T = TypeVar("T", bound="UpdateVectorStoreRequest")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, MetadataType0, VectorStoreExpirationAfter
    from ..models.metadata_type_0 import MetadataType0
    from ..models.vector_store_expiration_after import VectorStoreExpirationAfter

    _models_bound = True


@_attrs_define
class UpdateVectorStoreRequest:
    """Body for changing a vector store; fields left out stay as they are."""

    name: None | str = None
    """ New display name of the vector store. """
    expires_after: None | VectorStoreExpirationAfter = None
    """ New expiry policy: the store expires a set number of days after its last activity. """
    metadata: MetadataType0 | None = None
    """ Up to 16 string key/value tags attached to an object. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_name = (
            self.name if self.name is not None or "name" in self._none_flips else UNSET
        )

        name: None | str | Unset
        if isinstance(_v_name, Unset):
            name = UNSET
        else:
            name = _v_name

        _v_expires_after = (
            self.expires_after
            if self.expires_after is not None or "expires_after" in self._none_flips
            else UNSET
        )

        expires_after: dict[str, Any] | None | Unset
        if isinstance(_v_expires_after, Unset):
            expires_after = UNSET
        elif isinstance(_v_expires_after, VectorStoreExpirationAfter):
            expires_after = _v_expires_after.to_dict()
        else:
            expires_after = _v_expires_after

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

        field_dict: dict[str, Any] = {}

        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if name is not UNSET:
            field_dict["name"] = name
        if expires_after is not UNSET:
            field_dict["expires_after"] = expires_after
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _name_raw = d.pop("name", UNSET)
        if _name_raw is None or isinstance(_name_raw, Unset):
            if _name_raw is None:
                _none_flips += ("name",)
            name = None

        else:

            def _parse_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(None | str | Unset, data)

            name = _parse_name(_name_raw)

        _expires_after_raw = d.pop("expires_after", UNSET)
        if _expires_after_raw is None or isinstance(_expires_after_raw, Unset):
            if _expires_after_raw is None:
                _none_flips += ("expires_after",)
            expires_after = None

        else:

            def _parse_expires_after(
                data: object,
            ) -> None | Unset | VectorStoreExpirationAfter:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    expires_after_type_0 = VectorStoreExpirationAfter.from_dict(data)

                    return expires_after_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(None | Unset | VectorStoreExpirationAfter, data)

            expires_after = _parse_expires_after(_expires_after_raw)

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

        update_vector_store_request = cls(
            name=name,
            expires_after=expires_after,
            metadata=metadata,
        )
        if _none_flips:
            update_vector_store_request._none_flips = _none_flips

        return update_vector_store_request
