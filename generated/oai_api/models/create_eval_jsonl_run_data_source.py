from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_eval_jsonl_run_data_source_type import (
    CreateEvalJsonlRunDataSourceType,
    check_create_eval_jsonl_run_data_source_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.eval_jsonl_file_content_source import EvalJsonlFileContentSource
    from ..models.eval_jsonl_file_id_source import EvalJsonlFileIdSource


T = TypeVar("T", bound="CreateEvalJsonlRunDataSource")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, EvalJsonlFileContentSource, EvalJsonlFileIdSource
    from ..models.eval_jsonl_file_content_source import EvalJsonlFileContentSource
    from ..models.eval_jsonl_file_id_source import EvalJsonlFileIdSource

    _models_bound = True


@_attrs_define
class CreateEvalJsonlRunDataSource:
    """Run data source that reads items from JSONL, either inline or from an uploaded file, matching the eval's schema."""

    type_: CreateEvalJsonlRunDataSourceType
    """ Always `jsonl` for this data source. """
    source: EvalJsonlFileContentSource | EvalJsonlFileIdSource
    """ The JSONL data that fills the `item` namespace: inline rows or a file ID. """
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

        _v_source = (
            self.source
            if self.source is not None or "source" not in self._none_flips
            else UNSET
        )

        if _v_source is None or isinstance(_v_source, Unset):
            source = _v_source
        else:
            source: dict[str, Any]
            if isinstance(_v_source, EvalJsonlFileContentSource) or isinstance(
                _v_source, EvalJsonlFileIdSource
            ):
                source = _v_source.to_dict()
            else:
                source = _v_source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "source": source,
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
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_create_eval_jsonl_run_data_source_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _source_raw = d.pop("source", UNSET)
        if _source_raw is None or isinstance(_source_raw, Unset):
            if strict_parsing.get():
                raise KeyError("source")

            if _source_raw is UNSET:
                _none_flips += ("source",)
            source = None

        else:
            try:

                def _parse_source(
                    data: object,
                ) -> EvalJsonlFileContentSource | EvalJsonlFileIdSource:
                    if isinstance(data, dict):
                        if data.get("type") == "file_content":
                            try:
                                source_type_0 = EvalJsonlFileContentSource.from_dict(
                                    data
                                )

                                return source_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "file_id":
                            try:
                                source_type_1 = EvalJsonlFileIdSource.from_dict(data)

                                return source_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_source(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        finally:
                            strict_parsing.reset(strictly)
                    if isinstance(data, dict):
                        _fits = (
                            len(
                                {
                                    "content",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "id",
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
                        if data.get("type", "file_content") not in ("file_content",):
                            raise TypeError()
                        if _fits[0] < _most:
                            raise TypeError()
                        source_type_0 = EvalJsonlFileContentSource.from_dict(data)

                        return source_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "file_id") not in ("file_id",):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        source_type_1 = EvalJsonlFileIdSource.from_dict(data)

                        return source_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        EvalJsonlFileContentSource | EvalJsonlFileIdSource, data
                    )

                source = _parse_source(_source_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                source = _source_raw

        create_eval_jsonl_run_data_source = cls(
            type_=type_,
            source=source,
        )
        if _none_flips:
            create_eval_jsonl_run_data_source._none_flips = _none_flips

        create_eval_jsonl_run_data_source.additional_properties = d
        return create_eval_jsonl_run_data_source

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
