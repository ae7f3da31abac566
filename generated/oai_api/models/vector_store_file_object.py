from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vector_store_file_object_object import (
    VectorStoreFileObjectObject,
    check_vector_store_file_object_object,
)
from ..models.vector_store_file_object_status import (
    VectorStoreFileObjectStatus,
    check_vector_store_file_object_status,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
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


T = TypeVar("T", bound="VectorStoreFileObject")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        OtherChunkingStrategyResponseParam, \
        StaticChunkingStrategyResponseParam, \
        VectorStoreFileAttributesType0, \
        VectorStoreFileObjectLastErrorType0
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

    _models_bound = True


@_attrs_define
class VectorStoreFileObject:
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

        _v_usage_bytes = (
            self.usage_bytes
            if self.usage_bytes is not None or "usage_bytes" not in self._none_flips
            else UNSET
        )

        usage_bytes = _v_usage_bytes

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

        _v_last_error = (
            self.last_error
            if self.last_error is not None or "last_error" not in self._none_flips
            else UNSET
        )

        if _v_last_error is None or isinstance(_v_last_error, Unset):
            last_error = _v_last_error
        else:
            last_error: dict[str, Any] | None
            if isinstance(_v_last_error, VectorStoreFileObjectLastErrorType0):
                last_error = _v_last_error.to_dict()
            else:
                last_error = _v_last_error

        _v_chunking_strategy = (
            self.chunking_strategy
            if self.chunking_strategy is not None
            or "chunking_strategy" in self._none_flips
            else UNSET
        )

        if _v_chunking_strategy is None or isinstance(_v_chunking_strategy, Unset):
            chunking_strategy = _v_chunking_strategy
        else:
            chunking_strategy: dict[str, Any] | Unset
            if isinstance(_v_chunking_strategy, Unset):
                chunking_strategy = UNSET
            elif isinstance(
                _v_chunking_strategy, StaticChunkingStrategyResponseParam
            ) or isinstance(_v_chunking_strategy, OtherChunkingStrategyResponseParam):
                chunking_strategy = _v_chunking_strategy.to_dict()
            else:
                chunking_strategy = _v_chunking_strategy

        _v_attributes = (
            self.attributes
            if self.attributes is not None or "attributes" in self._none_flips
            else UNSET
        )

        attributes: dict[str, Any] | None | Unset
        if isinstance(_v_attributes, Unset):
            attributes = UNSET
        elif isinstance(_v_attributes, VectorStoreFileAttributesType0):
            attributes = _v_attributes.to_dict()
        else:
            attributes = _v_attributes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "object": object_,
                    "usage_bytes": usage_bytes,
                    "created_at": created_at,
                    "vector_store_id": vector_store_id,
                    "status": status,
                    "last_error": last_error,
                }.items()
                if v is not UNSET
            }
        )
        if chunking_strategy is not UNSET:
            field_dict["chunking_strategy"] = chunking_strategy
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

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
                object_ = check_vector_store_file_object_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        usage_bytes = d.pop("usage_bytes", UNSET)
        if (
            usage_bytes is None or isinstance(usage_bytes, Unset)
        ) and strict_parsing.get():
            raise KeyError("usage_bytes")

        if usage_bytes is None or usage_bytes is UNSET:
            if usage_bytes is UNSET:
                _none_flips += ("usage_bytes",)
            usage_bytes = None

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
                status = check_vector_store_file_object_status(_status_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

        _last_error_raw = d.pop("last_error", UNSET)
        if _last_error_raw is None or isinstance(_last_error_raw, Unset):
            if isinstance(_last_error_raw, Unset) and strict_parsing.get():
                raise KeyError("last_error")

            if _last_error_raw is UNSET:
                _none_flips += ("last_error",)
            last_error = None

        else:
            try:

                def _parse_last_error(
                    data: object,
                ) -> None | VectorStoreFileObjectLastErrorType0:
                    if data is None:
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        last_error_type_0 = (
                            VectorStoreFileObjectLastErrorType0.from_dict(data)
                        )

                        return last_error_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(None | VectorStoreFileObjectLastErrorType0, data)

                last_error = _parse_last_error(_last_error_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                last_error = _last_error_raw

        _chunking_strategy_raw = d.pop("chunking_strategy", UNSET)
        if _chunking_strategy_raw is None or isinstance(_chunking_strategy_raw, Unset):
            if _chunking_strategy_raw is None and strict_parsing.get():
                raise TypeError("chunking_strategy")

            if _chunking_strategy_raw is None:
                _none_flips += ("chunking_strategy",)
            chunking_strategy = None

        else:
            try:

                def _parse_chunking_strategy(
                    data: object,
                ) -> (
                    OtherChunkingStrategyResponseParam
                    | StaticChunkingStrategyResponseParam
                    | Unset
                ):
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, dict):
                        if data.get("type") == "static":
                            try:
                                chunking_strategy_type_0 = (
                                    StaticChunkingStrategyResponseParam.from_dict(data)
                                )

                                return chunking_strategy_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "other":
                            try:
                                chunking_strategy_type_1 = (
                                    OtherChunkingStrategyResponseParam.from_dict(data)
                                )

                                return chunking_strategy_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_chunking_strategy(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        finally:
                            strict_parsing.reset(strictly)
                    if isinstance(data, dict):
                        _fits = (
                            len(
                                {
                                    "static",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "type",
                                }.intersection(data)
                            ),
                        )
                    else:
                        _fits = (
                            0,
                            0,
                        )
                    _most = max(_fits)
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "static") not in ("static",):
                            raise TypeError()
                        if _fits[0] < _most:
                            raise TypeError()
                        chunking_strategy_type_0 = (
                            StaticChunkingStrategyResponseParam.from_dict(data)
                        )

                        return chunking_strategy_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "other") not in ("other",):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        chunking_strategy_type_1 = (
                            OtherChunkingStrategyResponseParam.from_dict(data)
                        )

                        return chunking_strategy_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        OtherChunkingStrategyResponseParam
                        | StaticChunkingStrategyResponseParam
                        | Unset,
                        data,
                    )

                chunking_strategy = _parse_chunking_strategy(_chunking_strategy_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                chunking_strategy = _chunking_strategy_raw

        _attributes_raw = d.pop("attributes", UNSET)
        if _attributes_raw is None or isinstance(_attributes_raw, Unset):
            if _attributes_raw is None:
                _none_flips += ("attributes",)
            attributes = None

        else:
            try:

                def _parse_attributes(
                    data: object,
                ) -> None | Unset | VectorStoreFileAttributesType0:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
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
                    return cast(None | Unset | VectorStoreFileAttributesType0, data)

                attributes = _parse_attributes(_attributes_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                attributes = _attributes_raw

        vector_store_file_object = cls(
            id=id,
            object_=object_,
            usage_bytes=usage_bytes,
            created_at=created_at,
            vector_store_id=vector_store_id,
            status=status,
            last_error=last_error,
            chunking_strategy=chunking_strategy,
            attributes=attributes,
        )
        if _none_flips:
            vector_store_file_object._none_flips = _none_flips

        vector_store_file_object.additional_properties = d
        return vector_store_file_object

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
