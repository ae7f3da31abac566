from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grader_multi_type import GraderMultiType, check_grader_multi_type
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.grader_label_model import GraderLabelModel
    from ..models.grader_python import GraderPython
    from ..models.grader_score_model import GraderScoreModel
    from ..models.grader_string_check import GraderStringCheck
    from ..models.grader_text_similarity import GraderTextSimilarity


T = TypeVar("T", bound="GraderMulti")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        GraderLabelModel, \
        GraderPython, \
        GraderScoreModel, \
        GraderStringCheck, \
        GraderTextSimilarity
    from ..models.grader_label_model import GraderLabelModel
    from ..models.grader_python import GraderPython
    from ..models.grader_score_model import GraderScoreModel
    from ..models.grader_string_check import GraderStringCheck
    from ..models.grader_text_similarity import GraderTextSimilarity

    _models_bound = True


@_attrs_define
class GraderMulti:
    """A grader that runs several graders and merges their scores with a formula."""

    type_: GraderMultiType
    """ Always `multi`. """
    name: str
    """ Name identifying this grader. """
    graders: (
        GraderLabelModel
        | GraderPython
        | GraderScoreModel
        | GraderStringCheck
        | GraderTextSimilarity
    )
    """ Sub-grader whose named score feeds the `calculate_output` formula. """
    calculate_output: str
    """ Expression that combines the sub-graders' scores into the final score. """
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

        _v_name = (
            self.name
            if self.name is not None or "name" not in self._none_flips
            else UNSET
        )

        name = _v_name

        _v_graders = (
            self.graders
            if self.graders is not None or "graders" not in self._none_flips
            else UNSET
        )

        if _v_graders is None or isinstance(_v_graders, Unset):
            graders = _v_graders
        else:
            graders: dict[str, Any]
            if (
                isinstance(_v_graders, GraderStringCheck)
                or isinstance(_v_graders, GraderTextSimilarity)
                or isinstance(_v_graders, GraderPython)
                or isinstance(_v_graders, GraderScoreModel)
                or isinstance(_v_graders, GraderLabelModel)
            ):
                graders = _v_graders.to_dict()
            else:
                graders = _v_graders

        _v_calculate_output = (
            self.calculate_output
            if self.calculate_output is not None
            or "calculate_output" not in self._none_flips
            else UNSET
        )

        calculate_output = _v_calculate_output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "name": name,
                    "graders": graders,
                    "calculate_output": calculate_output,
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
                type_ = check_grader_multi_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        name = d.pop("name", UNSET)
        if (name is None or isinstance(name, Unset)) and strict_parsing.get():
            raise KeyError("name")

        if name is None or name is UNSET:
            if name is UNSET:
                _none_flips += ("name",)
            name = None

        _graders_raw = d.pop("graders", UNSET)
        if _graders_raw is None or isinstance(_graders_raw, Unset):
            if strict_parsing.get():
                raise KeyError("graders")

            if _graders_raw is UNSET:
                _none_flips += ("graders",)
            graders = None

        else:
            try:

                def _parse_graders(
                    data: object,
                ) -> (
                    GraderLabelModel
                    | GraderPython
                    | GraderScoreModel
                    | GraderStringCheck
                    | GraderTextSimilarity
                ):
                    if isinstance(data, dict):
                        if data.get("type") == "string_check":
                            try:
                                graders_type_0 = GraderStringCheck.from_dict(data)

                                return graders_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "text_similarity":
                            try:
                                graders_type_1 = GraderTextSimilarity.from_dict(data)

                                return graders_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "python":
                            try:
                                graders_type_2 = GraderPython.from_dict(data)

                                return graders_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "score_model":
                            try:
                                graders_type_3 = GraderScoreModel.from_dict(data)

                                return graders_type_3
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "label_model":
                            try:
                                graders_type_4 = GraderLabelModel.from_dict(data)

                                return graders_type_4
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_graders(data)
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
                                    "input",
                                    "labels",
                                    "model",
                                    "name",
                                    "passing_labels",
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
                        graders_type_0 = GraderStringCheck.from_dict(data)

                        return graders_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "text_similarity") not in (
                            "text_similarity",
                        ):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        graders_type_1 = GraderTextSimilarity.from_dict(data)

                        return graders_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "python") not in ("python",):
                            raise TypeError()
                        if _fits[2] < _most:
                            raise TypeError()
                        graders_type_2 = GraderPython.from_dict(data)

                        return graders_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "score_model") not in ("score_model",):
                            raise TypeError()
                        if _fits[3] < _most:
                            raise TypeError()
                        graders_type_3 = GraderScoreModel.from_dict(data)

                        return graders_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "label_model") not in ("label_model",):
                            raise TypeError()
                        if _fits[4] < _most:
                            raise TypeError()
                        graders_type_4 = GraderLabelModel.from_dict(data)

                        return graders_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        GraderLabelModel
                        | GraderPython
                        | GraderScoreModel
                        | GraderStringCheck
                        | GraderTextSimilarity,
                        data,
                    )

                graders = _parse_graders(_graders_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                graders = _graders_raw

        calculate_output = d.pop("calculate_output", UNSET)
        if (
            calculate_output is None or isinstance(calculate_output, Unset)
        ) and strict_parsing.get():
            raise KeyError("calculate_output")

        if calculate_output is None or calculate_output is UNSET:
            if calculate_output is UNSET:
                _none_flips += ("calculate_output",)
            calculate_output = None

        grader_multi = cls(
            type_=type_,
            name=name,
            graders=graders,
            calculate_output=calculate_output,
        )
        if _none_flips:
            grader_multi._none_flips = _none_flips

        grader_multi.additional_properties = d
        return grader_multi

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
