from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_eval_label_model_grader_type import (
    CreateEvalLabelModelGraderType,
    check_create_eval_label_model_grader_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.create_eval_item_type_0 import CreateEvalItemType0
    from ..models.eval_item import EvalItem


T = TypeVar("T", bound="CreateEvalLabelModelGrader")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, CreateEvalItemType0, EvalItem
    from ..models.create_eval_item_type_0 import CreateEvalItemType0
    from ..models.eval_item import EvalItem

    _models_bound = True


@_attrs_define
class CreateEvalLabelModelGrader:
    """Grader that has a model pick labels for each item; an item passes when its label is one of the passing ones."""

    type_: CreateEvalLabelModelGraderType
    """ Always `label_model` for this grader. """
    name: str
    """ Name identifying this grader in results. """
    model: str
    """ Labelling model; it has to support structured outputs. """
    input_: list[CreateEvalItemType0 | EvalItem]
    """ Prompt messages sent to the labelling model; they may use `{{item.field}}` placeholders. """
    labels: list[str]
    """ Every label the model may choose from. """
    passing_labels: list[str]
    """ Labels counted as a pass; must be drawn from `labels`. """
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

        _v_model = (
            self.model
            if self.model is not None or "model" not in self._none_flips
            else UNSET
        )

        model = _v_model

        _v_input_ = (
            self.input_
            if self.input_ is not None or "input_" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_input_, list):
            input_ = _v_input_
        else:
            input_ = []
            for input_item_data in _v_input_:
                input_item: dict[str, Any]
                if isinstance(input_item_data, CreateEvalItemType0) or isinstance(
                    input_item_data, EvalItem
                ):
                    input_item = input_item_data.to_dict()
                else:
                    input_item = input_item_data
                input_.append(input_item)

        _v_labels = (
            self.labels
            if self.labels is not None or "labels" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_labels, list):
            labels = _v_labels
        else:
            labels = _v_labels

        _v_passing_labels = (
            self.passing_labels
            if self.passing_labels is not None
            or "passing_labels" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_passing_labels, list):
            passing_labels = _v_passing_labels
        else:
            passing_labels = _v_passing_labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "name": name,
                    "model": model,
                    "input": input_,
                    "labels": labels,
                    "passing_labels": passing_labels,
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
            raise KeyError("CreateEvalLabelModelGrader: required field type is missing")

        else:
            type_ = check_create_eval_label_model_grader_type(_type__raw)

        name = d.pop("name", UNSET)
        if name is None or isinstance(name, Unset):
            raise KeyError("CreateEvalLabelModelGrader: required field name is missing")

        if name is None or name is UNSET:
            if name is UNSET:
                _none_flips += ("name",)
            name = None

        model = d.pop("model", UNSET)
        if model is None or isinstance(model, Unset):
            raise KeyError(
                "CreateEvalLabelModelGrader: required field model is missing"
            )

        if model is None or model is UNSET:
            if model is UNSET:
                _none_flips += ("model",)
            model = None

        _input__raw = d.pop("input", UNSET)
        if _input__raw is None or isinstance(_input__raw, Unset):
            raise KeyError(
                "CreateEvalLabelModelGrader: required field input is missing"
            )

        else:
            input_ = []
            _input_ = _input__raw
            if not isinstance(_input_, list):
                raise TypeError()
            for input_item_data in _input_:

                def _parse_input_item(data: object) -> CreateEvalItemType0 | EvalItem:
                    if isinstance(data, dict):
                        if data.get("type") == "message":
                            try:
                                componentsschemas_create_eval_item_type_1 = (
                                    EvalItem.from_dict(data)
                                )

                                return componentsschemas_create_eval_item_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_input_item(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        finally:
                            strict_parsing.reset(strictly)
                    if isinstance(data, dict):
                        _fits = (
                            len(
                                {
                                    "content",
                                    "role",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "content",
                                    "role",
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
                        if _fits[0] < _most:
                            raise TypeError()
                        componentsschemas_create_eval_item_type_0 = (
                            CreateEvalItemType0.from_dict(data)
                        )

                        return componentsschemas_create_eval_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "message") not in ("message",) or data.get(
                            "role", "user"
                        ) not in (
                            "user",
                            "assistant",
                            "system",
                            "developer",
                        ):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        componentsschemas_create_eval_item_type_1 = EvalItem.from_dict(
                            data
                        )

                        return componentsschemas_create_eval_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(CreateEvalItemType0 | EvalItem, data)

                input_item = _parse_input_item(input_item_data)

                input_.append(input_item)

        _labels_raw = d.pop("labels", UNSET)
        if _labels_raw is None or isinstance(_labels_raw, Unset):
            raise KeyError(
                "CreateEvalLabelModelGrader: required field labels is missing"
            )

        else:
            labels = cast(list[str], _labels_raw)

        _passing_labels_raw = d.pop("passing_labels", UNSET)
        if _passing_labels_raw is None or isinstance(_passing_labels_raw, Unset):
            raise KeyError(
                "CreateEvalLabelModelGrader: required field passing_labels is missing"
            )

        else:
            passing_labels = cast(list[str], _passing_labels_raw)

        create_eval_label_model_grader = cls(
            type_=type_,
            name=name,
            model=model,
            input_=input_,
            labels=labels,
            passing_labels=passing_labels,
        )
        if _none_flips:
            create_eval_label_model_grader._none_flips = _none_flips

        create_eval_label_model_grader.additional_properties = d
        return create_eval_label_model_grader

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
