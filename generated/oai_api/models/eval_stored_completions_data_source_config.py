from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.eval_stored_completions_data_source_config_type import (
    EvalStoredCompletionsDataSourceConfigType,
    check_eval_stored_completions_data_source_config_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.eval_stored_completions_data_source_config_schema import (
        EvalStoredCompletionsDataSourceConfigSchema,
    )
    from ..models.metadata_type_0 import MetadataType0


T = TypeVar("T", bound="EvalStoredCompletionsDataSourceConfig")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, EvalStoredCompletionsDataSourceConfigSchema, MetadataType0
    from ..models.eval_stored_completions_data_source_config_schema import (
        EvalStoredCompletionsDataSourceConfigSchema,
    )
    from ..models.metadata_type_0 import MetadataType0

    _models_bound = True


@_attrs_define
class EvalStoredCompletionsDataSourceConfig:
    """Deprecated: use the `logs` data source config. Stored-completions config as saved on an eval, with its schema."""

    type_: EvalStoredCompletionsDataSourceConfigType
    schema: EvalStoredCompletionsDataSourceConfigSchema
    metadata: MetadataType0 | None = None
    """ Up to 16 string key/value tags attached to an object. """
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

        _v_schema = (
            self.schema
            if self.schema is not None or "schema" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_schema, EvalStoredCompletionsDataSourceConfigSchema):
            schema = _v_schema
        else:
            schema = _v_schema.to_dict()

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
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "schema": schema,
                }.items()
                if v is not UNSET
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

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
                type_ = check_eval_stored_completions_data_source_config_type(
                    _type__raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _schema_raw = d.pop("schema", UNSET)
        if _schema_raw is None or isinstance(_schema_raw, Unset):
            if strict_parsing.get():
                raise KeyError("schema")

            if _schema_raw is UNSET:
                _none_flips += ("schema",)
            schema = None

        else:
            try:
                schema = EvalStoredCompletionsDataSourceConfigSchema.from_dict(
                    _schema_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                schema = _schema_raw

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

        eval_stored_completions_data_source_config = cls(
            type_=type_,
            schema=schema,
            metadata=metadata,
        )
        if _none_flips:
            eval_stored_completions_data_source_config._none_flips = _none_flips

        eval_stored_completions_data_source_config.additional_properties = d
        return eval_stored_completions_data_source_config

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
