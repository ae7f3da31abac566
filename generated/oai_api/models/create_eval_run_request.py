from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.create_eval_completions_run_data_source import (
        CreateEvalCompletionsRunDataSource,
    )
    from ..models.create_eval_jsonl_run_data_source import CreateEvalJsonlRunDataSource
    from ..models.create_eval_responses_run_data_source import (
        CreateEvalResponsesRunDataSource,
    )
    from ..models.metadata_type_0 import MetadataType0


T = TypeVar("T", bound="CreateEvalRunRequest")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        CreateEvalCompletionsRunDataSource, \
        CreateEvalJsonlRunDataSource, \
        CreateEvalResponsesRunDataSource, \
        MetadataType0
    from ..models.create_eval_completions_run_data_source import (
        CreateEvalCompletionsRunDataSource,
    )
    from ..models.create_eval_jsonl_run_data_source import CreateEvalJsonlRunDataSource
    from ..models.create_eval_responses_run_data_source import (
        CreateEvalResponsesRunDataSource,
    )
    from ..models.metadata_type_0 import MetadataType0

    _models_bound = True


@_attrs_define
class CreateEvalRunRequest:
    """Settings for a new run of an eval: an optional name and metadata, and the data source to test."""

    data_source: (
        CreateEvalCompletionsRunDataSource
        | CreateEvalJsonlRunDataSource
        | CreateEvalResponsesRunDataSource
    )
    """ What the run tests: a JSONL dataset, or a model to sample via Chat Completions or Responses. """
    name: str | None = None
    """ Human-readable name for the run. """
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
        _v_data_source = (
            self.data_source
            if self.data_source is not None or "data_source" not in self._none_flips
            else UNSET
        )

        if _v_data_source is None or isinstance(_v_data_source, Unset):
            data_source = _v_data_source
        else:
            data_source: dict[str, Any]
            if (
                isinstance(_v_data_source, CreateEvalJsonlRunDataSource)
                or isinstance(_v_data_source, CreateEvalCompletionsRunDataSource)
                or isinstance(_v_data_source, CreateEvalResponsesRunDataSource)
            ):
                data_source = _v_data_source.to_dict()
            else:
                data_source = _v_data_source

        _v_name = (
            self.name if self.name is not None or "name" in self._none_flips else UNSET
        )

        name = _v_name

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
                    "data_source": data_source,
                }.items()
                if v is not UNSET
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _data_source_raw = d.pop("data_source", UNSET)
        if _data_source_raw is None or isinstance(_data_source_raw, Unset):
            raise KeyError(
                "CreateEvalRunRequest: required field data_source is missing"
            )

        else:

            def _parse_data_source(
                data: object,
            ) -> (
                CreateEvalCompletionsRunDataSource
                | CreateEvalJsonlRunDataSource
                | CreateEvalResponsesRunDataSource
            ):
                if isinstance(data, dict):
                    if data.get("type") == "jsonl":
                        try:
                            data_source_type_0 = CreateEvalJsonlRunDataSource.from_dict(
                                data
                            )

                            return data_source_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if data.get("type") == "completions":
                        try:
                            data_source_type_1 = (
                                CreateEvalCompletionsRunDataSource.from_dict(data)
                            )

                            return data_source_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if data.get("type") == "responses":
                        try:
                            data_source_type_2 = (
                                CreateEvalResponsesRunDataSource.from_dict(data)
                            )

                            return data_source_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass

                if not strict_parsing.get():
                    strictly = strict_parsing.set(True)
                    try:
                        return _parse_data_source(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    finally:
                        strict_parsing.reset(strictly)
                if isinstance(data, dict):
                    _fits = (
                        len(
                            {
                                "source",
                                "type",
                            }.intersection(data)
                        ),
                        len(
                            {
                                "input_messages",
                                "model",
                                "sampling_params",
                                "source",
                                "type",
                            }.intersection(data)
                        ),
                        len(
                            {
                                "input_messages",
                                "model",
                                "sampling_params",
                                "source",
                                "type",
                            }.intersection(data)
                        ),
                    )
                else:
                    _fits = (
                        0,
                        0,
                        0,
                    )
                _most = max(_fits)
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "jsonl") not in ("jsonl",):
                        raise TypeError()
                    if _fits[0] < _most:
                        raise TypeError()
                    data_source_type_0 = CreateEvalJsonlRunDataSource.from_dict(data)

                    return data_source_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "completions") not in ("completions",):
                        raise TypeError()
                    if _fits[1] < _most:
                        raise TypeError()
                    data_source_type_1 = CreateEvalCompletionsRunDataSource.from_dict(
                        data
                    )

                    return data_source_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "responses") not in ("responses",):
                        raise TypeError()
                    if _fits[2] < _most:
                        raise TypeError()
                    data_source_type_2 = CreateEvalResponsesRunDataSource.from_dict(
                        data
                    )

                    return data_source_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    CreateEvalCompletionsRunDataSource
                    | CreateEvalJsonlRunDataSource
                    | CreateEvalResponsesRunDataSource,
                    data,
                )

            data_source = _parse_data_source(_data_source_raw)

        name = d.pop("name", UNSET)
        if name is None and strict_parsing.get():
            raise TypeError("name")

        if name is None or name is UNSET:
            if name is None:
                _none_flips += ("name",)
            name = None

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

        create_eval_run_request = cls(
            data_source=data_source,
            name=name,
            metadata=metadata,
        )
        if _none_flips:
            create_eval_run_request._none_flips = _none_flips

        create_eval_run_request.additional_properties = d
        return create_eval_run_request

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
