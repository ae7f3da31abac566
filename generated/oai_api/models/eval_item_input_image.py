from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.eval_item_input_image_type import (
    EvalItemInputImageType,
    check_eval_item_input_image_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="EvalItemInputImage")


@_attrs_define
class EvalItemInputImage:
    """An image given to the model inside eval message content."""

    type_: EvalItemInputImageType
    """ Always `input_image` for this content part. """
    image_url: str
    """ Address of the image to send. """
    detail: str | None = None
    """ How closely the model looks at the image: `low`, `high` or `auto` (the default). """
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

        _v_image_url = (
            self.image_url
            if self.image_url is not None or "image_url" not in self._none_flips
            else UNSET
        )

        image_url = _v_image_url

        _v_detail = (
            self.detail
            if self.detail is not None or "detail" in self._none_flips
            else UNSET
        )

        detail = _v_detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "image_url": image_url,
                }.items()
                if v is not UNSET
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail

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
                type_ = check_eval_item_input_image_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        image_url = d.pop("image_url", UNSET)
        if (image_url is None or isinstance(image_url, Unset)) and strict_parsing.get():
            raise KeyError("image_url")

        if image_url is None or image_url is UNSET:
            if image_url is UNSET:
                _none_flips += ("image_url",)
            image_url = None

        detail = d.pop("detail", UNSET)
        if detail is None and strict_parsing.get():
            raise TypeError("detail")

        if detail is None or detail is UNSET:
            if detail is None:
                _none_flips += ("detail",)
            detail = None

        eval_item_input_image = cls(
            type_=type_,
            image_url=image_url,
            detail=detail,
        )
        if _none_flips:
            eval_item_input_image._none_flips = _none_flips

        eval_item_input_image.additional_properties = d
        return eval_item_input_image

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
