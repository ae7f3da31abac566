from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.create_image_variation_request_model_type_1 import (
    CreateImageVariationRequestModelType1,
    check_create_image_variation_request_model_type_1,
)
from ..models.create_image_variation_request_response_format_type_0 import (
    CreateImageVariationRequestResponseFormatType0,
    check_create_image_variation_request_response_format_type_0,
)
from ..models.create_image_variation_request_size_type_0 import (
    CreateImageVariationRequestSizeType0,
    check_create_image_variation_request_size_type_0,
)
from ..types import UNSET, File, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="CreateImageVariationRequest")


@_attrs_define
class CreateImageVariationRequest:
    """Multipart form for creating variations of one image with `dall-e-2`."""

    image: File
    """ Square PNG file under 4MB that the variations are based on. """
    model: CreateImageVariationRequestModelType1 | None | str = None
    """ Model to use; only `dall-e-2` is accepted, which is also the default. """
    n: int | None = None
    """ How many variations to produce, 1 to 10; default 1. """
    response_format: CreateImageVariationRequestResponseFormatType0 | None = None
    """ Return `url` links (default; they expire after 60 minutes) or base64 data in `b64_json`. """
    size: CreateImageVariationRequestSizeType0 | None = None
    """ Dimensions of each variation: `256x256`, `512x512` or `1024x1024` (default). """
    user: str | None = None
    """ Your own stable ID for the end user, which lets OpenAI trace and detect abuse. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_image = (
            self.image
            if self.image is not None or "image" not in self._none_flips
            else UNSET
        )

        if _v_image is None or isinstance(_v_image, Unset):
            image = _v_image
        else:
            image = _v_image.to_tuple()

        _v_model = (
            self.model
            if self.model is not None or "model" in self._none_flips
            else UNSET
        )

        model: None | str | Unset
        if isinstance(_v_model, Unset):
            model = UNSET
        else:
            model = _v_model

        _v_n = self.n if self.n is not None or "n" in self._none_flips else UNSET

        n: int | None | Unset
        if isinstance(_v_n, Unset):
            n = UNSET
        else:
            n = _v_n

        _v_response_format = (
            self.response_format
            if self.response_format is not None or "response_format" in self._none_flips
            else UNSET
        )

        response_format: None | str | Unset
        if isinstance(_v_response_format, Unset):
            response_format = UNSET
        else:
            response_format = _v_response_format

        _v_size = (
            self.size if self.size is not None or "size" in self._none_flips else UNSET
        )

        size: None | str | Unset
        if isinstance(_v_size, Unset):
            size = UNSET
        else:
            size = _v_size

        _v_user = (
            self.user if self.user is not None or "user" in self._none_flips else UNSET
        )

        user = _v_user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "image": image,
                }.items()
                if v is not UNSET
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if n is not UNSET:
            field_dict["n"] = n
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if size is not UNSET:
            field_dict["size"] = size
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        _v_image = (
            self.image
            if self.image is not None or "image" not in self._none_flips
            else UNSET
        )

        if _v_image is None or isinstance(_v_image, Unset):
            raise ValueError(
                "CreateImageVariationRequest.image is required: a form cannot be sent without it"
            )
        files.append(("image", _v_image.to_tuple()))

        _v_model = (
            self.model
            if self.model is not None or "model" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_model, Unset):
            if isinstance(_v_model, str) or isinstance(_v_model, str):
                files.append(("model", (None, str(_v_model).encode(), "text/plain")))
            else:
                files.append(("model", (None, str(_v_model).encode(), "text/plain")))

        _v_n = self.n if self.n is not None or "n" in self._none_flips else UNSET

        if not isinstance(_v_n, Unset):
            if isinstance(_v_n, int):
                files.append(("n", (None, str(_v_n).encode(), "text/plain")))
            else:
                files.append(("n", (None, str(_v_n).encode(), "text/plain")))

        _v_response_format = (
            self.response_format
            if self.response_format is not None or "response_format" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_response_format, Unset):
            if isinstance(_v_response_format, str):
                files.append(
                    (
                        "response_format",
                        (None, str(_v_response_format).encode(), "text/plain"),
                    )
                )
            else:
                files.append(
                    (
                        "response_format",
                        (None, str(_v_response_format).encode(), "text/plain"),
                    )
                )

        _v_size = (
            self.size if self.size is not None or "size" in self._none_flips else UNSET
        )

        if not isinstance(_v_size, Unset):
            if isinstance(_v_size, str):
                files.append(("size", (None, str(_v_size).encode(), "text/plain")))
            else:
                files.append(("size", (None, str(_v_size).encode(), "text/plain")))

        _v_user = (
            self.user if self.user is not None or "user" in self._none_flips else UNSET
        )

        if not isinstance(_v_user, Unset):
            files.append(("user", (None, str(_v_user).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _image_raw = d.pop("image", UNSET)
        if _image_raw is None or isinstance(_image_raw, Unset):
            raise KeyError(
                "CreateImageVariationRequest: required field image is missing"
            )

        else:
            image = File(payload=BytesIO(_image_raw))

        _model_raw = d.pop("model", UNSET)
        if _model_raw is None or isinstance(_model_raw, Unset):
            if _model_raw is None:
                _none_flips += ("model",)
            model = None

        else:

            def _parse_model(
                data: object,
            ) -> CreateImageVariationRequestModelType1 | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    model_type_1 = check_create_image_variation_request_model_type_1(
                        data
                    )

                    return model_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    CreateImageVariationRequestModelType1 | None | str | Unset, data
                )

            model = _parse_model(_model_raw)

        _n_raw = d.pop("n", UNSET)
        if _n_raw is None or isinstance(_n_raw, Unset):
            if _n_raw is None:
                _none_flips += ("n",)
            n = None

        else:

            def _parse_n(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(int | None | Unset, data)

            n = _parse_n(_n_raw)

        _response_format_raw = d.pop("response_format", UNSET)
        if _response_format_raw is None or isinstance(_response_format_raw, Unset):
            if _response_format_raw is None:
                _none_flips += ("response_format",)
            response_format = None

        else:

            def _parse_response_format(
                data: object,
            ) -> CreateImageVariationRequestResponseFormatType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    response_format_type_0 = (
                        check_create_image_variation_request_response_format_type_0(
                            data
                        )
                    )

                    return response_format_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    CreateImageVariationRequestResponseFormatType0 | None | Unset, data
                )

            response_format = _parse_response_format(_response_format_raw)

        _size_raw = d.pop("size", UNSET)
        if _size_raw is None or isinstance(_size_raw, Unset):
            if _size_raw is None:
                _none_flips += ("size",)
            size = None

        else:

            def _parse_size(
                data: object,
            ) -> CreateImageVariationRequestSizeType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    size_type_0 = check_create_image_variation_request_size_type_0(data)

                    return size_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(CreateImageVariationRequestSizeType0 | None | Unset, data)

            size = _parse_size(_size_raw)

        user = d.pop("user", UNSET)
        if user is None and strict_parsing.get():
            raise TypeError("user")

        if user is None or user is UNSET:
            if user is None:
                _none_flips += ("user",)
            user = None

        create_image_variation_request = cls(
            image=image,
            model=model,
            n=n,
            response_format=response_format,
            size=size,
            user=user,
        )
        if _none_flips:
            create_image_variation_request._none_flips = _none_flips

        create_image_variation_request.additional_properties = d
        return create_image_variation_request

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
