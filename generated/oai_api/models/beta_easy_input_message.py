from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_easy_input_message_role import (
    BetaEasyInputMessageRole,
    check_beta_easy_input_message_role,
)
from ..models.beta_easy_input_message_type import (
    BetaEasyInputMessageType,
    check_beta_easy_input_message_type,
)
from ..models.beta_message_phase import BetaMessagePhase, check_beta_message_phase
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_input_file_content import BetaInputFileContent
    from ..models.beta_input_image_content import BetaInputImageContent
    from ..models.beta_input_text_content import BetaInputTextContent


T = TypeVar("T", bound="BetaEasyInputMessage")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        BetaInputFileContent, \
        BetaInputImageContent, \
        BetaInputTextContent
    from ..models.beta_input_file_content import BetaInputFileContent
    from ..models.beta_input_image_content import BetaInputImageContent
    from ..models.beta_input_text_content import BetaInputTextContent

    _models_bound = True


@_attrs_define
class BetaEasyInputMessage:
    """A message given by role and content (string or content parts), the simplest input form."""

    role: BetaEasyInputMessageRole
    """ `user`, `assistant`, `system` or `developer`; system and developer instructions outrank user ones. """
    content: (
        list[BetaInputFileContent | BetaInputImageContent | BetaInputTextContent] | str
    )
    """ Text, or a list of text, image and file parts. """
    phase: BetaMessagePhase | None = None
    """ For assistant messages: commentary or final answer. """
    type_: BetaEasyInputMessageType | None = None
    """ Fixed tag `message`. """
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
            content: list[dict[str, Any]] | str
            if isinstance(_v_content, list):
                content = []
                for (
                    componentsschemas_beta_input_message_content_list_item_data
                ) in _v_content:
                    componentsschemas_beta_input_message_content_list_item: dict[
                        str, Any
                    ]
                    if (
                        isinstance(
                            componentsschemas_beta_input_message_content_list_item_data,
                            BetaInputTextContent,
                        )
                        or isinstance(
                            componentsschemas_beta_input_message_content_list_item_data,
                            BetaInputImageContent,
                        )
                        or isinstance(
                            componentsschemas_beta_input_message_content_list_item_data,
                            BetaInputFileContent,
                        )
                    ):
                        componentsschemas_beta_input_message_content_list_item = componentsschemas_beta_input_message_content_list_item_data.to_dict()
                    else:
                        componentsschemas_beta_input_message_content_list_item = (
                            componentsschemas_beta_input_message_content_list_item_data
                        )
                    content.append(
                        componentsschemas_beta_input_message_content_list_item
                    )

            else:
                content = _v_content

        _v_phase = (
            self.phase
            if self.phase is not None or "phase" in self._none_flips
            else UNSET
        )

        phase: None | str | Unset
        if isinstance(_v_phase, Unset):
            phase = UNSET
        else:
            phase = _v_phase

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
        if phase is not UNSET:
            field_dict["phase"] = phase
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
                role = check_beta_easy_input_message_role(_role_raw)

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
                    list[
                        BetaInputFileContent
                        | BetaInputImageContent
                        | BetaInputTextContent
                    ]
                    | str
                ):

                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        content_type_1 = []
                        _content_type_1 = data
                        if not isinstance(_content_type_1, list):
                            raise TypeError()
                        for (
                            componentsschemas_beta_input_message_content_list_item_data
                        ) in _content_type_1:

                            def _parse_componentsschemas_beta_input_message_content_list_item(
                                data: object,
                            ) -> (
                                BetaInputFileContent
                                | BetaInputImageContent
                                | BetaInputTextContent
                            ):
                                if isinstance(data, dict):
                                    if data.get("type") == "input_text":
                                        try:
                                            componentsschemas_beta_input_content_type_0 = BetaInputTextContent.from_dict(
                                                data
                                            )

                                            return componentsschemas_beta_input_content_type_0
                                        except (
                                            TypeError,
                                            ValueError,
                                            AttributeError,
                                            KeyError,
                                        ):
                                            pass
                                    if data.get("type") == "input_image":
                                        try:
                                            componentsschemas_beta_input_content_type_1 = BetaInputImageContent.from_dict(
                                                data
                                            )

                                            return componentsschemas_beta_input_content_type_1
                                        except (
                                            TypeError,
                                            ValueError,
                                            AttributeError,
                                            KeyError,
                                        ):
                                            pass
                                    if data.get("type") == "input_file":
                                        try:
                                            componentsschemas_beta_input_content_type_2 = BetaInputFileContent.from_dict(
                                                data
                                            )

                                            return componentsschemas_beta_input_content_type_2
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
                                        return _parse_componentsschemas_beta_input_message_content_list_item(
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
                                                "detail",
                                                "file_id",
                                                "image_url",
                                                "prompt_cache_breakpoint",
                                                "type",
                                            }.intersection(data)
                                        ),
                                        len(
                                            {
                                                "detail",
                                                "file_data",
                                                "file_id",
                                                "file_url",
                                                "filename",
                                                "prompt_cache_breakpoint",
                                                "type",
                                            }.intersection(data)
                                        ),
                                    )
                                else:
                                    _fits = (
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
                                    componentsschemas_beta_input_content_type_0 = (
                                        BetaInputTextContent.from_dict(data)
                                    )

                                    return componentsschemas_beta_input_content_type_0
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
                                    if _fits[1] < _most:
                                        raise TypeError()
                                    componentsschemas_beta_input_content_type_1 = (
                                        BetaInputImageContent.from_dict(data)
                                    )

                                    return componentsschemas_beta_input_content_type_1
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
                                    if data.get("type", "input_file") not in (
                                        "input_file",
                                    ):
                                        raise TypeError()
                                    if _fits[2] < _most:
                                        raise TypeError()
                                    componentsschemas_beta_input_content_type_2 = (
                                        BetaInputFileContent.from_dict(data)
                                    )

                                    return componentsschemas_beta_input_content_type_2
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
                                    BetaInputFileContent
                                    | BetaInputImageContent
                                    | BetaInputTextContent,
                                    data,
                                )

                            componentsschemas_beta_input_message_content_list_item = _parse_componentsschemas_beta_input_message_content_list_item(
                                componentsschemas_beta_input_message_content_list_item_data
                            )

                            content_type_1.append(
                                componentsschemas_beta_input_message_content_list_item
                            )

                        return content_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        list[
                            BetaInputFileContent
                            | BetaInputImageContent
                            | BetaInputTextContent
                        ]
                        | str,
                        data,
                    )

                content = _parse_content(_content_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                content = _content_raw

        _phase_raw = d.pop("phase", UNSET)
        if _phase_raw is None or isinstance(_phase_raw, Unset):
            if _phase_raw is None:
                _none_flips += ("phase",)
            phase = None

        else:
            try:

                def _parse_phase(data: object) -> BetaMessagePhase | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        phase_type_0 = check_beta_message_phase(data)

                        return phase_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(BetaMessagePhase | None | Unset, data)

                phase = _parse_phase(_phase_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                phase = _phase_raw

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
                type_: BetaEasyInputMessageType | Unset
                if isinstance(_type_, Unset):
                    type_ = UNSET
                else:
                    type_ = check_beta_easy_input_message_type(_type_)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        beta_easy_input_message = cls(
            role=role,
            content=content,
            phase=phase,
            type_=type_,
        )
        if _none_flips:
            beta_easy_input_message._none_flips = _none_flips

        beta_easy_input_message.additional_properties = d
        return beta_easy_input_message

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
