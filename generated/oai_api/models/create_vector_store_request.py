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
    from ..models.metadata_type_0 import MetadataType0
    from ..models.static_chunking_strategy_request_param import (
        StaticChunkingStrategyRequestParam,
    )
    from ..models.vector_store_expiration_after import VectorStoreExpirationAfter


T = TypeVar("T", bound="CreateVectorStoreRequest")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        AutoChunkingStrategyRequestParam, \
        MetadataType0, \
        StaticChunkingStrategyRequestParam, \
        VectorStoreExpirationAfter
    from ..models.auto_chunking_strategy_request_param import (
        AutoChunkingStrategyRequestParam,
    )
    from ..models.metadata_type_0 import MetadataType0
    from ..models.static_chunking_strategy_request_param import (
        StaticChunkingStrategyRequestParam,
    )
    from ..models.vector_store_expiration_after import VectorStoreExpirationAfter

    _models_bound = True


@_attrs_define
class CreateVectorStoreRequest:
    """Body for creating a vector store."""

    file_ids: list[str] | None = None
    """ Up to 500 uploaded file IDs to index in the new store. """
    name: str | None = None
    """ Display name of the vector store. """
    description: str | None = None
    """ Free text saying what the vector store is for. """
    expires_after: VectorStoreExpirationAfter | None = None
    """ When a vector store expires: a number of days after an anchor time. """
    chunking_strategy: (
        AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | None
    ) = None
    """ How to chunk the files in `file_ids`; `auto` if omitted. Ignored when no files are given. """
    metadata: MetadataType0 | None = None
    """ Up to 16 string key/value tags attached to an object. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_file_ids = (
            self.file_ids
            if self.file_ids is not None or "file_ids" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_file_ids, list):
            file_ids = _v_file_ids
        else:
            file_ids: list[str] | Unset = UNSET
            if not isinstance(_v_file_ids, Unset):
                file_ids = _v_file_ids

        _v_name = (
            self.name if self.name is not None or "name" in self._none_flips else UNSET
        )

        name = _v_name

        _v_description = (
            self.description
            if self.description is not None or "description" in self._none_flips
            else UNSET
        )

        description = _v_description

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
        if file_ids is not UNSET:
            field_dict["file_ids"] = file_ids
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if expires_after is not UNSET:
            field_dict["expires_after"] = expires_after
        if chunking_strategy is not UNSET:
            field_dict["chunking_strategy"] = chunking_strategy
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _file_ids_raw = d.pop("file_ids", UNSET)
        if _file_ids_raw is None or isinstance(_file_ids_raw, Unset):
            if _file_ids_raw is None and strict_parsing.get():
                raise TypeError("file_ids")

            if _file_ids_raw is None:
                _none_flips += ("file_ids",)
            file_ids = None

        else:
            file_ids = cast(list[str], _file_ids_raw)

        name = d.pop("name", UNSET)
        if name is None and strict_parsing.get():
            raise TypeError("name")

        if name is None or name is UNSET:
            if name is None:
                _none_flips += ("name",)
            name = None

        description = d.pop("description", UNSET)
        if description is None and strict_parsing.get():
            raise TypeError("description")

        if description is None or description is UNSET:
            if description is None:
                _none_flips += ("description",)
            description = None

        _expires_after_raw = d.pop("expires_after", UNSET)
        if _expires_after_raw is None or isinstance(_expires_after_raw, Unset):
            if _expires_after_raw is None and strict_parsing.get():
                raise TypeError("expires_after")

            if _expires_after_raw is None:
                _none_flips += ("expires_after",)
            expires_after = None

        else:
            _expires_after = _expires_after_raw
            expires_after: VectorStoreExpirationAfter | Unset
            if isinstance(_expires_after, Unset):
                expires_after = UNSET
            else:
                expires_after = VectorStoreExpirationAfter.from_dict(_expires_after)

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
                            chunking_strategy_type_0 = (
                                AutoChunkingStrategyRequestParam.from_dict(data)
                            )

                            return chunking_strategy_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if data.get("type") == "static":
                        try:
                            chunking_strategy_type_1 = (
                                StaticChunkingStrategyRequestParam.from_dict(data)
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
                    chunking_strategy_type_0 = (
                        AutoChunkingStrategyRequestParam.from_dict(data)
                    )

                    return chunking_strategy_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "static") not in ("static",):
                        raise TypeError()
                    if _fits[1] < _most:
                        raise TypeError()
                    chunking_strategy_type_1 = (
                        StaticChunkingStrategyRequestParam.from_dict(data)
                    )

                    return chunking_strategy_type_1
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

        create_vector_store_request = cls(
            file_ids=file_ids,
            name=name,
            description=description,
            expires_after=expires_after,
            chunking_strategy=chunking_strategy,
            metadata=metadata,
        )
        if _none_flips:
            create_vector_store_request._none_flips = _none_flips

        return create_vector_store_request
