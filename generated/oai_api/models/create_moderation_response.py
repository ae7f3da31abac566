from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.create_moderation_response_results_item import (
        CreateModerationResponseResultsItem,
    )


T = TypeVar("T", bound="CreateModerationResponse")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, CreateModerationResponseResultsItem
    from ..models.create_moderation_response_results_item import (
        CreateModerationResponseResultsItem,
    )

    _models_bound = True


@_attrs_define
class CreateModerationResponse:
    """Moderation verdicts, one result per input."""

    id: str
    """ Unique ID. """
    model: str
    """ Model that produced the verdicts. """
    results: list[CreateModerationResponseResultsItem]
    """ One verdict per input. """
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

        _v_model = (
            self.model
            if self.model is not None or "model" not in self._none_flips
            else UNSET
        )

        model = _v_model

        _v_results = (
            self.results
            if self.results is not None or "results" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_results, list):
            results = _v_results
        else:
            results = []
            for results_item_data in _v_results:
                if not isinstance(
                    results_item_data, CreateModerationResponseResultsItem
                ):
                    results.append(results_item_data)
                    continue
                results_item = results_item_data.to_dict()
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "model": model,
                    "results": results,
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
        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        model = d.pop("model", UNSET)
        if (model is None or isinstance(model, Unset)) and strict_parsing.get():
            raise KeyError("model")

        if model is None or model is UNSET:
            if model is UNSET:
                _none_flips += ("model",)
            model = None

        _results_raw = d.pop("results", UNSET)
        if _results_raw is None or isinstance(_results_raw, Unset):
            if strict_parsing.get():
                raise KeyError("results")

            if _results_raw is UNSET:
                _none_flips += ("results",)
            results = None

        else:
            try:
                results = []
                _results = _results_raw
                if not isinstance(_results, list):
                    raise TypeError()
                for results_item_data in _results:
                    results_item = CreateModerationResponseResultsItem.from_dict(
                        results_item_data
                    )

                    results.append(results_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                results = _results_raw

        create_moderation_response = cls(
            id=id,
            model=model,
            results=results,
        )
        if _none_flips:
            create_moderation_response._none_flips = _none_flips

        create_moderation_response.additional_properties = d
        return create_moderation_response

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
