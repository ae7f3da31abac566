from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.auto_chunking_strategy_request_param import (
        AutoChunkingStrategyRequestParam,
    )
    from ..models.static_chunking_strategy_request_param import (
        StaticChunkingStrategyRequestParam,
    )
    from ..models.vector_store_file_attributes_type_0 import (
        VectorStoreFileAttributesType0,
    )


T = TypeVar("T", bound="CreateVectorStoreFileRequest")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        AutoChunkingStrategyRequestParam, \
        StaticChunkingStrategyRequestParam, \
        VectorStoreFileAttributesType0
    from ..models.auto_chunking_strategy_request_param import (
        AutoChunkingStrategyRequestParam,
    )
    from ..models.static_chunking_strategy_request_param import (
        StaticChunkingStrategyRequestParam,
    )
    from ..models.vector_store_file_attributes_type_0 import (
        VectorStoreFileAttributesType0,
    )

    _models_bound = True


@_attrs_define
class CreateVectorStoreFileRequest:
    """Body for attaching one file to a vector store."""

    file_id: str
    """ ID of the uploaded file to attach; for many files, file batches are cheaper. """
    chunking_strategy: (
        AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | None
    ) = None
    """ How to split files into chunks; `auto` when omitted. """
    attributes: None | VectorStoreFileAttributesType0 = None
    """ Up to 16 key/value attributes attached to a file. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_file_id = (
            self.file_id
            if self.file_id is not None or "file_id" not in self._none_flips
            else UNSET
        )

        file_id = _v_file_id

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
                _v_chunking_strategy, AutoChunkingStrategyRequestParam
            ) or isinstance(_v_chunking_strategy, StaticChunkingStrategyRequestParam):
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

        field_dict.update(
            {
                k: v
                for k, v in {
                    "file_id": file_id,
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
        file_id = d.pop("file_id", UNSET)
        if file_id is None or isinstance(file_id, Unset):
            raise KeyError(
                "CreateVectorStoreFileRequest: required field file_id is missing"
            )

        if file_id is None or file_id is UNSET:
            if file_id is UNSET:
                _none_flips += ("file_id",)
            file_id = None

        _chunking_strategy_raw = d.pop("chunking_strategy", UNSET)
        if _chunking_strategy_raw is None or isinstance(_chunking_strategy_raw, Unset):
            if _chunking_strategy_raw is None and strict_parsing.get():
                raise TypeError("chunking_strategy")

            if _chunking_strategy_raw is None:
                _none_flips += ("chunking_strategy",)
            chunking_strategy = None

        else:

            def _parse_chunking_strategy(
                data: object,
            ) -> (
                AutoChunkingStrategyRequestParam
                | StaticChunkingStrategyRequestParam
                | Unset
            ):
                if isinstance(data, Unset):
                    return data
                if isinstance(data, dict):
                    if data.get("type") == "auto":
                        try:
                            componentsschemas_chunking_strategy_request_param_type_0 = (
                                AutoChunkingStrategyRequestParam.from_dict(data)
                            )

                            return (
                                componentsschemas_chunking_strategy_request_param_type_0
                            )
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if data.get("type") == "static":
                        try:
                            componentsschemas_chunking_strategy_request_param_type_1 = (
                                StaticChunkingStrategyRequestParam.from_dict(data)
                            )

                            return (
                                componentsschemas_chunking_strategy_request_param_type_1
                            )
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
                                "type",
                            }.intersection(data)
                        ),
                        len(
                            {
                                "static",
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
                    if data.get("type", "auto") not in ("auto",):
                        raise TypeError()
                    if _fits[0] < _most:
                        raise TypeError()
                    componentsschemas_chunking_strategy_request_param_type_0 = (
                        AutoChunkingStrategyRequestParam.from_dict(data)
                    )

                    return componentsschemas_chunking_strategy_request_param_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "static") not in ("static",):
                        raise TypeError()
                    if _fits[1] < _most:
                        raise TypeError()
                    componentsschemas_chunking_strategy_request_param_type_1 = (
                        StaticChunkingStrategyRequestParam.from_dict(data)
                    )

                    return componentsschemas_chunking_strategy_request_param_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    AutoChunkingStrategyRequestParam
                    | StaticChunkingStrategyRequestParam
                    | Unset,
                    data,
                )

            chunking_strategy = _parse_chunking_strategy(_chunking_strategy_raw)

        _attributes_raw = d.pop("attributes", UNSET)
        if _attributes_raw is None or isinstance(_attributes_raw, Unset):
            if _attributes_raw is None:
                _none_flips += ("attributes",)
            attributes = None

        else:

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

        create_vector_store_file_request = cls(
            file_id=file_id,
            chunking_strategy=chunking_strategy,
            attributes=attributes,
        )
        if _none_flips:
            create_vector_store_file_request._none_flips = _none_flips

        return create_vector_store_file_request
