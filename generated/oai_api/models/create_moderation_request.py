from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_moderation_request_model_type_1 import (
    CreateModerationRequestModelType1,
    check_create_moderation_request_model_type_1,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.create_moderation_request_input_type_2_item_type_0 import (
        CreateModerationRequestInputType2ItemType0,
    )
    from ..models.create_moderation_request_input_type_2_item_type_1 import (
        CreateModerationRequestInputType2ItemType1,
    )


T = TypeVar("T", bound="CreateModerationRequest")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        CreateModerationRequestInputType2ItemType0, \
        CreateModerationRequestInputType2ItemType1
    from ..models.create_moderation_request_input_type_2_item_type_0 import (
        CreateModerationRequestInputType2ItemType0,
    )
    from ..models.create_moderation_request_input_type_2_item_type_1 import (
        CreateModerationRequestInputType2ItemType1,
    )

    _models_bound = True


@_attrs_define
class CreateModerationRequest:
    """Body of a moderation request."""

    input_: (
        list[
            CreateModerationRequestInputType2ItemType0
            | CreateModerationRequestInputType2ItemType1
        ]
        | list[str]
        | str
    )
    """ What to check: a text, a list of texts, or a list of text and image parts. """
    model: CreateModerationRequestModelType1 | str | None = None
    """ ID of the moderation model. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_input_ = (
            self.input_
            if self.input_ is not None or "input_" not in self._none_flips
            else UNSET
        )

        if _v_input_ is None or isinstance(_v_input_, Unset):
            input_ = _v_input_
        else:
            input_: list[dict[str, Any]] | list[str] | str
            if isinstance(_v_input_, list):
                input_ = _v_input_

            elif isinstance(_v_input_, list):
                input_ = []
                for input_type_2_item_data in _v_input_:
                    input_type_2_item: dict[str, Any]
                    if isinstance(
                        input_type_2_item_data,
                        CreateModerationRequestInputType2ItemType0,
                    ) or isinstance(
                        input_type_2_item_data,
                        CreateModerationRequestInputType2ItemType1,
                    ):
                        input_type_2_item = input_type_2_item_data.to_dict()
                    else:
                        input_type_2_item = input_type_2_item_data
                    input_.append(input_type_2_item)

            else:
                input_ = _v_input_

        _v_model = (
            self.model
            if self.model is not None or "model" in self._none_flips
            else UNSET
        )

        if _v_model is None or isinstance(_v_model, Unset):
            model = _v_model
        else:
            model: str | Unset
            if isinstance(_v_model, Unset):
                model = UNSET
            else:
                model = _v_model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "input": input_,
                }.items()
                if v is not UNSET
            }
        )
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _input__raw = d.pop("input", UNSET)
        if _input__raw is None or isinstance(_input__raw, Unset):
            raise KeyError("CreateModerationRequest: required field input is missing")

        else:

            def _parse_input_(
                data: object,
            ) -> (
                list[
                    CreateModerationRequestInputType2ItemType0
                    | CreateModerationRequestInputType2ItemType1
                ]
                | list[str]
                | str
            ):

                if not strict_parsing.get():
                    strictly = strict_parsing.set(True)
                    try:
                        return _parse_input_(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    finally:
                        strict_parsing.reset(strictly)
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    input_type_1 = cast(list[str], data)

                    return input_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    input_type_2 = []
                    _input_type_2 = data
                    if not isinstance(_input_type_2, list):
                        raise TypeError()
                    for input_type_2_item_data in _input_type_2:

                        def _parse_input_type_2_item(
                            data: object,
                        ) -> (
                            CreateModerationRequestInputType2ItemType0
                            | CreateModerationRequestInputType2ItemType1
                        ):
                            if isinstance(data, dict):
                                if data.get("type") == "image_url":
                                    try:
                                        input_type_2_item_type_0 = CreateModerationRequestInputType2ItemType0.from_dict(
                                            data
                                        )

                                        return input_type_2_item_type_0
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "text":
                                    try:
                                        input_type_2_item_type_1 = CreateModerationRequestInputType2ItemType1.from_dict(
                                            data
                                        )

                                        return input_type_2_item_type_1
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass

                            if not strict_parsing.get():
                                strictly = strict_parsing.set(True)
                                try:
                                    return _parse_input_type_2_item(data)
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                                finally:
                                    strict_parsing.reset(strictly)
                            if isinstance(data, dict):
                                _fits = (
                                    len(
                                        {
                                            "image_url",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "text",
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
                                if data.get("type", "image_url") not in ("image_url",):
                                    raise TypeError()
                                if _fits[0] < _most:
                                    raise TypeError()
                                input_type_2_item_type_0 = CreateModerationRequestInputType2ItemType0.from_dict(
                                    data
                                )

                                return input_type_2_item_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "text") not in ("text",):
                                    raise TypeError()
                                if _fits[1] < _most:
                                    raise TypeError()
                                input_type_2_item_type_1 = CreateModerationRequestInputType2ItemType1.from_dict(
                                    data
                                )

                                return input_type_2_item_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            if strict_parsing.get():
                                raise TypeError()
                            return cast(
                                CreateModerationRequestInputType2ItemType0
                                | CreateModerationRequestInputType2ItemType1,
                                data,
                            )

                        input_type_2_item = _parse_input_type_2_item(
                            input_type_2_item_data
                        )

                        input_type_2.append(input_type_2_item)

                    return input_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    list[
                        CreateModerationRequestInputType2ItemType0
                        | CreateModerationRequestInputType2ItemType1
                    ]
                    | list[str]
                    | str,
                    data,
                )

            input_ = _parse_input_(_input__raw)

        _model_raw = d.pop("model", UNSET)
        if _model_raw is None or isinstance(_model_raw, Unset):
            if _model_raw is None and strict_parsing.get():
                raise TypeError("model")

            if _model_raw is None:
                _none_flips += ("model",)
            model = None

        else:

            def _parse_model(
                data: object,
            ) -> CreateModerationRequestModelType1 | str | Unset:
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    model_type_1 = check_create_moderation_request_model_type_1(data)

                    return model_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(CreateModerationRequestModelType1 | str | Unset, data)

            model = _parse_model(_model_raw)

        create_moderation_request = cls(
            input_=input_,
            model=model,
        )
        if _none_flips:
            create_moderation_request._none_flips = _none_flips

        create_moderation_request.additional_properties = d
        return create_moderation_request

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
