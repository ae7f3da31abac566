from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.grader_multi import GraderMulti
    from ..models.grader_python import GraderPython
    from ..models.grader_score_model import GraderScoreModel
    from ..models.grader_string_check import GraderStringCheck
    from ..models.grader_text_similarity import GraderTextSimilarity
    from ..models.run_grader_request_item import RunGraderRequestItem


T = TypeVar("T", bound="RunGraderRequest")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        GraderMulti, \
        GraderPython, \
        GraderScoreModel, \
        GraderStringCheck, \
        GraderTextSimilarity, \
        RunGraderRequestItem
    from ..models.grader_multi import GraderMulti
    from ..models.grader_python import GraderPython
    from ..models.grader_score_model import GraderScoreModel
    from ..models.grader_string_check import GraderStringCheck
    from ..models.grader_text_similarity import GraderTextSimilarity
    from ..models.run_grader_request_item import RunGraderRequestItem

    _models_bound = True


@_attrs_define
class RunGraderRequest:
    """A grader plus the sample (and optional dataset item) to score with it."""

    grader: (
        GraderMulti
        | GraderPython
        | GraderScoreModel
        | GraderStringCheck
        | GraderTextSimilarity
    )
    """ Grader definition to run. """
    model_sample: str
    """ Model output to score, available as the `sample` namespace; `output_json` is filled in when it parses as
    JSON. """
    item: RunGraderRequestItem | None = None
    """ Dataset row the grader can read through the `item` namespace. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_grader = (
            self.grader
            if self.grader is not None or "grader" not in self._none_flips
            else UNSET
        )

        if _v_grader is None or isinstance(_v_grader, Unset):
            grader = _v_grader
        else:
            grader: dict[str, Any]
            if (
                isinstance(_v_grader, GraderStringCheck)
                or isinstance(_v_grader, GraderTextSimilarity)
                or isinstance(_v_grader, GraderPython)
                or isinstance(_v_grader, GraderScoreModel)
                or isinstance(_v_grader, GraderMulti)
            ):
                grader = _v_grader.to_dict()
            else:
                grader = _v_grader

        _v_model_sample = (
            self.model_sample
            if self.model_sample is not None or "model_sample" not in self._none_flips
            else UNSET
        )

        model_sample = _v_model_sample

        _v_item = (
            self.item if self.item is not None or "item" in self._none_flips else UNSET
        )

        if not isinstance(_v_item, RunGraderRequestItem):
            item = _v_item
        else:
            item: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_item, Unset):
                item = _v_item.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "grader": grader,
                    "model_sample": model_sample,
                }.items()
                if v is not UNSET
            }
        )
        if item is not UNSET:
            field_dict["item"] = item

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _grader_raw = d.pop("grader", UNSET)
        if _grader_raw is None or isinstance(_grader_raw, Unset):
            raise KeyError("RunGraderRequest: required field grader is missing")

        else:

            def _parse_grader(
                data: object,
            ) -> (
                GraderMulti
                | GraderPython
                | GraderScoreModel
                | GraderStringCheck
                | GraderTextSimilarity
            ):
                if isinstance(data, dict):
                    if data.get("type") == "string_check":
                        try:
                            grader_type_0 = GraderStringCheck.from_dict(data)

                            return grader_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if data.get("type") == "text_similarity":
                        try:
                            grader_type_1 = GraderTextSimilarity.from_dict(data)

                            return grader_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if data.get("type") == "python":
                        try:
                            grader_type_2 = GraderPython.from_dict(data)

                            return grader_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if data.get("type") == "score_model":
                        try:
                            grader_type_3 = GraderScoreModel.from_dict(data)

                            return grader_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if data.get("type") == "multi":
                        try:
                            grader_type_4 = GraderMulti.from_dict(data)

                            return grader_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass

                if not strict_parsing.get():
                    strictly = strict_parsing.set(True)
                    try:
                        return _parse_grader(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    finally:
                        strict_parsing.reset(strictly)
                if isinstance(data, dict):
                    _fits = (
                        len(
                            {
                                "input",
                                "name",
                                "operation",
                                "reference",
                                "type",
                            }.intersection(data)
                        ),
                        len(
                            {
                                "evaluation_metric",
                                "input",
                                "name",
                                "reference",
                                "type",
                            }.intersection(data)
                        ),
                        len(
                            {
                                "image_tag",
                                "name",
                                "source",
                                "type",
                            }.intersection(data)
                        ),
                        len(
                            {
                                "input",
                                "model",
                                "name",
                                "range",
                                "sampling_params",
                                "type",
                            }.intersection(data)
                        ),
                        len(
                            {
                                "calculate_output",
                                "graders",
                                "name",
                                "type",
                            }.intersection(data)
                        ),
                    )
                else:
                    _fits = (
                        0,
                        0,
                        0,
                        0,
                        0,
                    )
                _most = max(_fits)
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "string_check") not in ("string_check",):
                        raise TypeError()
                    if _fits[0] < _most:
                        raise TypeError()
                    grader_type_0 = GraderStringCheck.from_dict(data)

                    return grader_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "text_similarity") not in ("text_similarity",):
                        raise TypeError()
                    if _fits[1] < _most:
                        raise TypeError()
                    grader_type_1 = GraderTextSimilarity.from_dict(data)

                    return grader_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "python") not in ("python",):
                        raise TypeError()
                    if _fits[2] < _most:
                        raise TypeError()
                    grader_type_2 = GraderPython.from_dict(data)

                    return grader_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "score_model") not in ("score_model",):
                        raise TypeError()
                    if _fits[3] < _most:
                        raise TypeError()
                    grader_type_3 = GraderScoreModel.from_dict(data)

                    return grader_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "multi") not in ("multi",):
                        raise TypeError()
                    if _fits[4] < _most:
                        raise TypeError()
                    grader_type_4 = GraderMulti.from_dict(data)

                    return grader_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    GraderMulti
                    | GraderPython
                    | GraderScoreModel
                    | GraderStringCheck
                    | GraderTextSimilarity,
                    data,
                )

            grader = _parse_grader(_grader_raw)

        model_sample = d.pop("model_sample", UNSET)
        if model_sample is None or isinstance(model_sample, Unset):
            raise KeyError("RunGraderRequest: required field model_sample is missing")

        if model_sample is None or model_sample is UNSET:
            if model_sample is UNSET:
                _none_flips += ("model_sample",)
            model_sample = None

        _item_raw = d.pop("item", UNSET)
        if _item_raw is None or isinstance(_item_raw, Unset):
            if _item_raw is None and strict_parsing.get():
                raise TypeError("item")

            if _item_raw is None:
                _none_flips += ("item",)
            item = None

        else:
            _item = _item_raw
            item: RunGraderRequestItem | Unset
            if isinstance(_item, Unset):
                item = UNSET
            else:
                item = RunGraderRequestItem.from_dict(_item)

        run_grader_request = cls(
            grader=grader,
            model_sample=model_sample,
            item=item,
        )
        if _none_flips:
            run_grader_request._none_flips = _none_flips

        run_grader_request.additional_properties = d
        return run_grader_request

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
