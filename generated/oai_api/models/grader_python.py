from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grader_python_type import GraderPythonType, check_grader_python_type
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="GraderPython")


@_attrs_define
class GraderPython:
    """Grader that scores the input by running your Python script."""

    type_: GraderPythonType
    """ Always `python` for this grader. """
    name: str
    """ Name identifying this grader in results. """
    source: str
    """ Python code of the grading script. """
    image_tag: str | None = None
    """ Tag of the container image the script runs in. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
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

        _v_source = (
            self.source
            if self.source is not None or "source" not in self._none_flips
            else UNSET
        )

        source = _v_source

        _v_image_tag = (
            self.image_tag
            if self.image_tag is not None or "image_tag" in self._none_flips
            else UNSET
        )

        image_tag = _v_image_tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "name": name,
                    "source": source,
                }.items()
                if v is not UNSET
            }
        )
        if image_tag is not UNSET:
            field_dict["image_tag"] = image_tag

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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
                type_ = check_grader_python_type(_type__raw)

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

        source = d.pop("source", UNSET)
        if (source is None or isinstance(source, Unset)) and strict_parsing.get():
            raise KeyError("source")

        if source is None or source is UNSET:
            if source is UNSET:
                _none_flips += ("source",)
            source = None

        image_tag = d.pop("image_tag", UNSET)
        if image_tag is None and strict_parsing.get():
            raise TypeError("image_tag")

        if image_tag is None or image_tag is UNSET:
            if image_tag is None:
                _none_flips += ("image_tag",)
            image_tag = None

        grader_python = cls(
            type_=type_,
            name=name,
            source=source,
            image_tag=image_tag,
        )
        if _none_flips:
            grader_python._none_flips = _none_flips

        grader_python.additional_properties = d
        return grader_python

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
