from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.vector_store_file_attributes_type_0 import (
        VectorStoreFileAttributesType0,
    )


T = TypeVar("T", bound="UpdateVectorStoreFileAttributesRequest")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, VectorStoreFileAttributesType0
    from ..models.vector_store_file_attributes_type_0 import (
        VectorStoreFileAttributesType0,
    )

    _models_bound = True


@_attrs_define
class UpdateVectorStoreFileAttributesRequest:
    """Body carrying the new attributes of a vector store file."""

    attributes: None | VectorStoreFileAttributesType0
    """ Up to 16 key/value attributes attached to a file. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_attributes = (
            self.attributes
            if self.attributes is not None or "attributes" not in self._none_flips
            else UNSET
        )

        if _v_attributes is None or isinstance(_v_attributes, Unset):
            attributes = _v_attributes
        else:
            attributes: dict[str, Any] | None
            if isinstance(_v_attributes, VectorStoreFileAttributesType0):
                attributes = _v_attributes.to_dict()
            else:
                attributes = _v_attributes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                k: v
                for k, v in {
                    "attributes": attributes,
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
        _attributes_raw = d.pop("attributes", UNSET)
        if _attributes_raw is None or isinstance(_attributes_raw, Unset):
            raise KeyError(
                "UpdateVectorStoreFileAttributesRequest: required field attributes is missing"
            )

        else:

            def _parse_attributes(
                data: object,
            ) -> None | VectorStoreFileAttributesType0:
                if data is None:
                    return data

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_vector_store_file_attributes_type_0 = (
                        VectorStoreFileAttributesType0.from_dict(data)
                    )

                    return componentsschemas_vector_store_file_attributes_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(None | VectorStoreFileAttributesType0, data)

            attributes = _parse_attributes(_attributes_raw)

        update_vector_store_file_attributes_request = cls(
            attributes=attributes,
        )
        if _none_flips:
            update_vector_store_file_attributes_request._none_flips = _none_flips

        return update_vector_store_file_attributes_request
