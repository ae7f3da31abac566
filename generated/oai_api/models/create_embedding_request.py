from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_embedding_request_encoding_format import (
    CreateEmbeddingRequestEncodingFormat,
    check_create_embedding_request_encoding_format,
)
from ..models.create_embedding_request_model_type_1 import (
    CreateEmbeddingRequestModelType1,
    check_create_embedding_request_model_type_1,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="CreateEmbeddingRequest")


@_attrs_define
class CreateEmbeddingRequest:
    """Body of an embeddings request."""

    input_: list[int] | list[list[int]] | list[str] | str
    """ Text(s) or token ID list(s) to embed; each within the model's input limit. """
    model: CreateEmbeddingRequestModelType1 | str
    """ ID of the embedding model. """
    encoding_format: CreateEmbeddingRequestEncodingFormat | None = None
    """ Return vectors as float lists or base64 strings. """
    dimensions: int | None = None
    """ Length of the returned vectors (text-embedding-3 models and later). """
    user: str | None = None
    """ Stable end-user identifier for abuse detection. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_input_ = (
            self.input_
            if self.input_ is not None or "input_" not in self._none_flips
            else UNSET
        )

        if _v_input_ is None or isinstance(_v_input_, Unset):
            input_ = _v_input_
        else:
            input_: list[int] | list[list[int]] | list[str] | str
            if isinstance(_v_input_, list) or isinstance(_v_input_, list):
                input_ = _v_input_

            elif isinstance(_v_input_, list):
                input_ = []
                for input_type_3_item_data in _v_input_:
                    input_type_3_item = input_type_3_item_data

                    input_.append(input_type_3_item)

            else:
                input_ = _v_input_

        _v_model = (
            self.model
            if self.model is not None or "model" not in self._none_flips
            else UNSET
        )

        if _v_model is None or isinstance(_v_model, Unset):
            model = _v_model
        else:
            model: str
            model = _v_model

        _v_encoding_format = (
            self.encoding_format
            if self.encoding_format is not None or "encoding_format" in self._none_flips
            else UNSET
        )

        if _v_encoding_format is None or isinstance(_v_encoding_format, Unset):
            encoding_format = _v_encoding_format
        else:
            encoding_format: str | Unset = UNSET
            if not isinstance(_v_encoding_format, Unset):
                encoding_format = _v_encoding_format

        _v_dimensions = (
            self.dimensions
            if self.dimensions is not None or "dimensions" in self._none_flips
            else UNSET
        )

        dimensions = _v_dimensions

        _v_user = (
            self.user if self.user is not None or "user" in self._none_flips else UNSET
        )

        user = _v_user

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                k: v
                for k, v in {
                    "input": input_,
                    "model": model,
                }.items()
                if v is not UNSET
            }
        )
        if encoding_format is not UNSET:
            field_dict["encoding_format"] = encoding_format
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _input__raw = d.pop("input", UNSET)
        if _input__raw is None or isinstance(_input__raw, Unset):
            raise KeyError("CreateEmbeddingRequest: required field input is missing")

        else:

            def _parse_input_(
                data: object,
            ) -> list[int] | list[list[int]] | list[str] | str:

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
                    input_type_2 = cast(list[int], data)

                    return input_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    input_type_3 = []
                    _input_type_3 = data
                    if not isinstance(_input_type_3, list):
                        raise TypeError()
                    for input_type_3_item_data in _input_type_3:
                        input_type_3_item = cast(list[int], input_type_3_item_data)

                        input_type_3.append(input_type_3_item)

                    return input_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(list[int] | list[list[int]] | list[str] | str, data)

            input_ = _parse_input_(_input__raw)

        _model_raw = d.pop("model", UNSET)
        if _model_raw is None or isinstance(_model_raw, Unset):
            raise KeyError("CreateEmbeddingRequest: required field model is missing")

        else:

            def _parse_model(data: object) -> CreateEmbeddingRequestModelType1 | str:

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    model_type_1 = check_create_embedding_request_model_type_1(data)

                    return model_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(CreateEmbeddingRequestModelType1 | str, data)

            model = _parse_model(_model_raw)

        _encoding_format_raw = d.pop("encoding_format", UNSET)
        if _encoding_format_raw is None or isinstance(_encoding_format_raw, Unset):
            if _encoding_format_raw is None and strict_parsing.get():
                raise TypeError("encoding_format")

            if _encoding_format_raw is None:
                _none_flips += ("encoding_format",)
            encoding_format = None

        else:
            _encoding_format = _encoding_format_raw
            encoding_format: CreateEmbeddingRequestEncodingFormat | Unset
            if isinstance(_encoding_format, Unset):
                encoding_format = UNSET
            else:
                encoding_format = check_create_embedding_request_encoding_format(
                    _encoding_format
                )

        dimensions = d.pop("dimensions", UNSET)
        if dimensions is None and strict_parsing.get():
            raise TypeError("dimensions")

        if dimensions is None or dimensions is UNSET:
            if dimensions is None:
                _none_flips += ("dimensions",)
            dimensions = None

        user = d.pop("user", UNSET)
        if user is None and strict_parsing.get():
            raise TypeError("user")

        if user is None or user is UNSET:
            if user is None:
                _none_flips += ("user",)
            user = None

        create_embedding_request = cls(
            input_=input_,
            model=model,
            encoding_format=encoding_format,
            dimensions=dimensions,
            user=user,
        )
        if _none_flips:
            create_embedding_request._none_flips = _none_flips

        return create_embedding_request
