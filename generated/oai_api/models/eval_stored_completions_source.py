from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.eval_stored_completions_source_type import (
    EvalStoredCompletionsSourceType,
    check_eval_stored_completions_source_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.metadata_type_0 import MetadataType0


T = TypeVar("T", bound="EvalStoredCompletionsSource")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, MetadataType0
    from ..models.metadata_type_0 import MetadataType0

    _models_bound = True


@_attrs_define
class EvalStoredCompletionsSource:
    """Run source that selects stored chat completions by model, metadata and creation time."""

    type_: EvalStoredCompletionsSourceType
    """ Always `stored_completions` for this source. """
    metadata: MetadataType0 | None = None
    """ Up to 16 string key/value tags attached to an object. """
    model: None | str = None
    """ Only use completions from this model, e.g. `gpt-4o`. """
    created_after: int | None = None
    """ Only use completions created after this Unix time (seconds). """
    created_before: int | None = None
    """ Only use completions created before this Unix time (seconds). """
    limit: int | None = None
    """ Most completions to use; None means no cap. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

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

        _v_model = (
            self.model
            if self.model is not None or "model" in self._none_flips
            else UNSET
        )

        model: None | str | Unset
        if isinstance(_v_model, Unset):
            model = UNSET
        else:
            model = _v_model

        _v_created_after = (
            self.created_after
            if self.created_after is not None or "created_after" in self._none_flips
            else UNSET
        )

        created_after: int | None | Unset
        if isinstance(_v_created_after, Unset):
            created_after = UNSET
        else:
            created_after = _v_created_after

        _v_created_before = (
            self.created_before
            if self.created_before is not None or "created_before" in self._none_flips
            else UNSET
        )

        created_before: int | None | Unset
        if isinstance(_v_created_before, Unset):
            created_before = UNSET
        else:
            created_before = _v_created_before

        _v_limit = (
            self.limit
            if self.limit is not None or "limit" in self._none_flips
            else UNSET
        )

        limit: int | None | Unset
        if isinstance(_v_limit, Unset):
            limit = UNSET
        else:
            limit = _v_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                }.items()
                if v is not UNSET
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if model is not UNSET:
            field_dict["model"] = model
        if created_after is not UNSET:
            field_dict["created_after"] = created_after
        if created_before is not UNSET:
            field_dict["created_before"] = created_before
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_eval_stored_completions_source_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _metadata_raw = d.pop("metadata", UNSET)
        if _metadata_raw is None or isinstance(_metadata_raw, Unset):
            if _metadata_raw is None:
                _none_flips += ("metadata",)
            metadata = None

        else:
            try:

                def _parse_metadata(data: object) -> MetadataType0 | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
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
                    return cast(MetadataType0 | None | Unset, data)

                metadata = _parse_metadata(_metadata_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                metadata = _metadata_raw

        _model_raw = d.pop("model", UNSET)
        if _model_raw is None or isinstance(_model_raw, Unset):
            if _model_raw is None:
                _none_flips += ("model",)
            model = None

        else:
            try:

                def _parse_model(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                model = _parse_model(_model_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                model = _model_raw

        _created_after_raw = d.pop("created_after", UNSET)
        if _created_after_raw is None or isinstance(_created_after_raw, Unset):
            if _created_after_raw is None:
                _none_flips += ("created_after",)
            created_after = None

        else:
            try:

                def _parse_created_after(data: object) -> int | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(int | None | Unset, data)

                created_after = _parse_created_after(_created_after_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                created_after = _created_after_raw

        _created_before_raw = d.pop("created_before", UNSET)
        if _created_before_raw is None or isinstance(_created_before_raw, Unset):
            if _created_before_raw is None:
                _none_flips += ("created_before",)
            created_before = None

        else:
            try:

                def _parse_created_before(data: object) -> int | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(int | None | Unset, data)

                created_before = _parse_created_before(_created_before_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                created_before = _created_before_raw

        _limit_raw = d.pop("limit", UNSET)
        if _limit_raw is None or isinstance(_limit_raw, Unset):
            if _limit_raw is None:
                _none_flips += ("limit",)
            limit = None

        else:
            try:

                def _parse_limit(data: object) -> int | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(int | None | Unset, data)

                limit = _parse_limit(_limit_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                limit = _limit_raw

        eval_stored_completions_source = cls(
            type_=type_,
            metadata=metadata,
            model=model,
            created_after=created_after,
            created_before=created_before,
            limit=limit,
        )
        if _none_flips:
            eval_stored_completions_source._none_flips = _none_flips

        eval_stored_completions_source.additional_properties = d
        return eval_stored_completions_source

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
