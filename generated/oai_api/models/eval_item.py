from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.eval_item_role import EvalItemRole, check_eval_item_role
from ..models.eval_item_type import EvalItemType, check_eval_item_type
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.eval_item_content_output_text import EvalItemContentOutputText
    from ..models.eval_item_input_image import EvalItemInputImage
    from ..models.input_audio import InputAudio
    from ..models.input_text_content import InputTextContent


T = TypeVar("T", bound="EvalItem")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        EvalItemContentOutputText, \
        EvalItemInputImage, \
        InputAudio, \
        InputTextContent
    from ..models.eval_item_content_output_text import EvalItemContentOutputText
    from ..models.eval_item_input_image import EvalItemInputImage
    from ..models.input_audio import InputAudio
    from ..models.input_text_content import InputTextContent

    _models_bound = True


@_attrs_define
class EvalItem:
    """A message for the model with a role; `developer` and `system` instructions outrank `user` ones, and `assistant`
    marks earlier model replies.

    """

    role: EvalItemRole
    """ Author role of the message (`user`, `assistant`, `system` or `developer`); system and developer text takes
    priority. """
    content: (
        EvalItemContentOutputText
        | EvalItemInputImage
        | InputAudio
        | InputTextContent
        | list[
            EvalItemContentOutputText
            | EvalItemInputImage
            | InputAudio
            | InputTextContent
            | str
        ]
        | str
    )
    """ Message content, possibly with template placeholders: one content item or a list of them (text, images,
    audio). """
    type_: EvalItemType | None = None
    """ Always `message`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_role = (
            self.role
            if self.role is not None or "role" not in self._none_flips
            else UNSET
        )

        if _v_role is None or isinstance(_v_role, Unset):
            role = _v_role
        else:
            role: str = _v_role

        _v_content = (
            self.content
            if self.content is not None or "content" not in self._none_flips
            else UNSET
        )

        if _v_content is None or isinstance(_v_content, Unset):
            content = _v_content
        else:
            content: dict[str, Any] | list[dict[str, Any] | str] | str
            if (
                isinstance(_v_content, InputTextContent)
                or isinstance(_v_content, EvalItemContentOutputText)
                or isinstance(_v_content, EvalItemInputImage)
                or isinstance(_v_content, InputAudio)
            ):
                content = _v_content.to_dict()
            elif isinstance(_v_content, list):
                content = []
                for componentsschemas_eval_item_content_array_item_data in _v_content:
                    componentsschemas_eval_item_content_array_item: dict[str, Any] | str
                    if (
                        isinstance(
                            componentsschemas_eval_item_content_array_item_data,
                            InputTextContent,
                        )
                        or isinstance(
                            componentsschemas_eval_item_content_array_item_data,
                            EvalItemContentOutputText,
                        )
                        or isinstance(
                            componentsschemas_eval_item_content_array_item_data,
                            EvalItemInputImage,
                        )
                        or isinstance(
                            componentsschemas_eval_item_content_array_item_data,
                            InputAudio,
                        )
                    ):
                        componentsschemas_eval_item_content_array_item = componentsschemas_eval_item_content_array_item_data.to_dict()
                    else:
                        componentsschemas_eval_item_content_array_item = (
                            componentsschemas_eval_item_content_array_item_data
                        )
                    content.append(componentsschemas_eval_item_content_array_item)

            else:
                content = _v_content

        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str | Unset = UNSET
            if not isinstance(_v_type_, Unset):
                type_ = _v_type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "role": role,
                    "content": content,
                }.items()
                if v is not UNSET
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _role_raw = d.pop("role", UNSET)
        if _role_raw is None or isinstance(_role_raw, Unset):
            if strict_parsing.get():
                raise KeyError("role")

            if _role_raw is UNSET:
                _none_flips += ("role",)
            role = None

        else:
            try:
                role = check_eval_item_role(_role_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                role = _role_raw

        _content_raw = d.pop("content", UNSET)
        if _content_raw is None or isinstance(_content_raw, Unset):
            if strict_parsing.get():
                raise KeyError("content")

            if _content_raw is UNSET:
                _none_flips += ("content",)
            content = None

        else:
            try:

                def _parse_content(
                    data: object,
                ) -> (
                    EvalItemContentOutputText
                    | EvalItemInputImage
                    | InputAudio
                    | InputTextContent
                    | list[
                        EvalItemContentOutputText
                        | EvalItemInputImage
                        | InputAudio
                        | InputTextContent
                        | str
                    ]
                    | str
                ):
                    if isinstance(data, dict):
                        if data.get("type") == "input_text":
                            try:
                                componentsschemas_eval_item_content_item_type_1 = (
                                    InputTextContent.from_dict(data)
                                )

                                return componentsschemas_eval_item_content_item_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "output_text":
                            try:
                                componentsschemas_eval_item_content_item_type_2 = (
                                    EvalItemContentOutputText.from_dict(data)
                                )

                                return componentsschemas_eval_item_content_item_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "input_image":
                            try:
                                componentsschemas_eval_item_content_item_type_3 = (
                                    EvalItemInputImage.from_dict(data)
                                )

                                return componentsschemas_eval_item_content_item_type_3
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "input_audio":
                            try:
                                componentsschemas_eval_item_content_item_type_4 = (
                                    InputAudio.from_dict(data)
                                )

                                return componentsschemas_eval_item_content_item_type_4
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_content(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        finally:
                            strict_parsing.reset(strictly)
                    if isinstance(data, dict):
                        _fits = (
                            len(
                                {
                                    "prompt_cache_breakpoint",
                                    "text",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "text",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "detail",
                                    "image_url",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "input_audio",
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
                        )
                    _most = max(_fits)
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "input_text") not in ("input_text",):
                            raise TypeError()
                        if _fits[0] < _most:
                            raise TypeError()
                        componentsschemas_eval_item_content_item_type_1 = (
                            InputTextContent.from_dict(data)
                        )

                        return componentsschemas_eval_item_content_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "output_text") not in ("output_text",):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        componentsschemas_eval_item_content_item_type_2 = (
                            EvalItemContentOutputText.from_dict(data)
                        )

                        return componentsschemas_eval_item_content_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "input_image") not in ("input_image",):
                            raise TypeError()
                        if _fits[2] < _most:
                            raise TypeError()
                        componentsschemas_eval_item_content_item_type_3 = (
                            EvalItemInputImage.from_dict(data)
                        )

                        return componentsschemas_eval_item_content_item_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "input_audio") not in ("input_audio",):
                            raise TypeError()
                        if _fits[3] < _most:
                            raise TypeError()
                        componentsschemas_eval_item_content_item_type_4 = (
                            InputAudio.from_dict(data)
                        )

                        return componentsschemas_eval_item_content_item_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        componentsschemas_eval_item_content_type_1 = []
                        _componentsschemas_eval_item_content_type_1 = data
                        if not isinstance(
                            _componentsschemas_eval_item_content_type_1, list
                        ):
                            raise TypeError()
                        for (
                            componentsschemas_eval_item_content_array_item_data
                        ) in _componentsschemas_eval_item_content_type_1:

                            def _parse_componentsschemas_eval_item_content_array_item(
                                data: object,
                            ) -> (
                                EvalItemContentOutputText
                                | EvalItemInputImage
                                | InputAudio
                                | InputTextContent
                                | str
                            ):
                                if isinstance(data, dict):
                                    if data.get("type") == "input_text":
                                        try:
                                            componentsschemas_eval_item_content_item_type_1 = InputTextContent.from_dict(
                                                data
                                            )

                                            return componentsschemas_eval_item_content_item_type_1
                                        except (
                                            TypeError,
                                            ValueError,
                                            AttributeError,
                                            KeyError,
                                        ):
                                            pass
                                    if data.get("type") == "output_text":
                                        try:
                                            componentsschemas_eval_item_content_item_type_2 = EvalItemContentOutputText.from_dict(
                                                data
                                            )

                                            return componentsschemas_eval_item_content_item_type_2
                                        except (
                                            TypeError,
                                            ValueError,
                                            AttributeError,
                                            KeyError,
                                        ):
                                            pass
                                    if data.get("type") == "input_image":
                                        try:
                                            componentsschemas_eval_item_content_item_type_3 = EvalItemInputImage.from_dict(
                                                data
                                            )

                                            return componentsschemas_eval_item_content_item_type_3
                                        except (
                                            TypeError,
                                            ValueError,
                                            AttributeError,
                                            KeyError,
                                        ):
                                            pass
                                    if data.get("type") == "input_audio":
                                        try:
                                            componentsschemas_eval_item_content_item_type_4 = InputAudio.from_dict(
                                                data
                                            )

                                            return componentsschemas_eval_item_content_item_type_4
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
                                        return _parse_componentsschemas_eval_item_content_array_item(
                                            data
                                        )
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
                                                "prompt_cache_breakpoint",
                                                "text",
                                                "type",
                                            }.intersection(data)
                                        ),
                                        len(
                                            {
                                                "text",
                                                "type",
                                            }.intersection(data)
                                        ),
                                        len(
                                            {
                                                "detail",
                                                "image_url",
                                                "type",
                                            }.intersection(data)
                                        ),
                                        len(
                                            {
                                                "input_audio",
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
                                    )
                                _most = max(_fits)
                                try:
                                    if not isinstance(data, dict):
                                        raise TypeError()
                                    if data.get("type", "input_text") not in (
                                        "input_text",
                                    ):
                                        raise TypeError()
                                    if _fits[0] < _most:
                                        raise TypeError()
                                    componentsschemas_eval_item_content_item_type_1 = (
                                        InputTextContent.from_dict(data)
                                    )

                                    return (
                                        componentsschemas_eval_item_content_item_type_1
                                    )
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                                try:
                                    if not isinstance(data, dict):
                                        raise TypeError()
                                    if data.get("type", "output_text") not in (
                                        "output_text",
                                    ):
                                        raise TypeError()
                                    if _fits[1] < _most:
                                        raise TypeError()
                                    componentsschemas_eval_item_content_item_type_2 = (
                                        EvalItemContentOutputText.from_dict(data)
                                    )

                                    return (
                                        componentsschemas_eval_item_content_item_type_2
                                    )
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                                try:
                                    if not isinstance(data, dict):
                                        raise TypeError()
                                    if data.get("type", "input_image") not in (
                                        "input_image",
                                    ):
                                        raise TypeError()
                                    if _fits[2] < _most:
                                        raise TypeError()
                                    componentsschemas_eval_item_content_item_type_3 = (
                                        EvalItemInputImage.from_dict(data)
                                    )

                                    return (
                                        componentsschemas_eval_item_content_item_type_3
                                    )
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                                try:
                                    if not isinstance(data, dict):
                                        raise TypeError()
                                    if data.get("type", "input_audio") not in (
                                        "input_audio",
                                    ):
                                        raise TypeError()
                                    if _fits[3] < _most:
                                        raise TypeError()
                                    componentsschemas_eval_item_content_item_type_4 = (
                                        InputAudio.from_dict(data)
                                    )

                                    return (
                                        componentsschemas_eval_item_content_item_type_4
                                    )
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                                if strict_parsing.get():
                                    raise TypeError()
                                return cast(
                                    EvalItemContentOutputText
                                    | EvalItemInputImage
                                    | InputAudio
                                    | InputTextContent
                                    | str,
                                    data,
                                )

                            componentsschemas_eval_item_content_array_item = (
                                _parse_componentsschemas_eval_item_content_array_item(
                                    componentsschemas_eval_item_content_array_item_data
                                )
                            )

                            componentsschemas_eval_item_content_type_1.append(
                                componentsschemas_eval_item_content_array_item
                            )

                        return componentsschemas_eval_item_content_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        EvalItemContentOutputText
                        | EvalItemInputImage
                        | InputAudio
                        | InputTextContent
                        | list[
                            EvalItemContentOutputText
                            | EvalItemInputImage
                            | InputAudio
                            | InputTextContent
                            | str
                        ]
                        | str,
                        data,
                    )

                content = _parse_content(_content_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                content = _content_raw

        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if _type__raw is None and strict_parsing.get():
                raise TypeError("type")

            if _type__raw is None:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                _type_ = _type__raw
                type_: EvalItemType | Unset
                if isinstance(_type_, Unset):
                    type_ = UNSET
                else:
                    type_ = check_eval_item_type(_type_)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        eval_item = cls(
            role=role,
            content=content,
            type_=type_,
        )
        if _none_flips:
            eval_item._none_flips = _none_flips

        eval_item.additional_properties = d
        return eval_item

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
