from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_eval_completions_run_data_source_input_messages_type_0_type import (
    CreateEvalCompletionsRunDataSourceInputMessagesType0Type,
    check_create_eval_completions_run_data_source_input_messages_type_0_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.easy_input_message import EasyInputMessage
    from ..models.eval_item import EvalItem


T = TypeVar("T", bound="CreateEvalCompletionsRunDataSourceInputMessagesType0")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, EasyInputMessage, EvalItem
    from ..models.easy_input_message import EasyInputMessage
    from ..models.eval_item import EvalItem

    _models_bound = True


@_attrs_define
class CreateEvalCompletionsRunDataSourceInputMessagesType0:
    type_: CreateEvalCompletionsRunDataSourceInputMessagesType0Type
    """ Always `template` for this variant. """
    template: list[EasyInputMessage | EvalItem]
    """ Messages sent to the model; they may contain `{{item.field}}` placeholders filled from each data item. """
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

        _v_template = (
            self.template
            if self.template is not None or "template" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_template, list):
            template = _v_template
        else:
            template = []
            for template_item_data in _v_template:
                template_item: dict[str, Any]
                if isinstance(template_item_data, EasyInputMessage) or isinstance(
                    template_item_data, EvalItem
                ):
                    template_item = template_item_data.to_dict()
                else:
                    template_item = template_item_data
                template.append(template_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "template": template,
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
                type_ = check_create_eval_completions_run_data_source_input_messages_type_0_type(
                    _type__raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _template_raw = d.pop("template", UNSET)
        if _template_raw is None or isinstance(_template_raw, Unset):
            if strict_parsing.get():
                raise KeyError("template")

            if _template_raw is UNSET:
                _none_flips += ("template",)
            template = None

        else:
            try:
                template = []
                _template = _template_raw
                if not isinstance(_template, list):
                    raise TypeError()
                for template_item_data in _template:

                    def _parse_template_item(
                        data: object,
                    ) -> EasyInputMessage | EvalItem:

                        if not strict_parsing.get():
                            strictly = strict_parsing.set(True)
                            try:
                                return _parse_template_item(data)
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            finally:
                                strict_parsing.reset(strictly)
                        if isinstance(data, dict):
                            _fits = (
                                len(
                                    {
                                        "content",
                                        "phase",
                                        "role",
                                        "type",
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
                            if data.get("type", "message") not in (
                                "message",
                            ) or data.get("role", "user") not in (
                                "user",
                                "assistant",
                                "system",
                                "developer",
                            ):
                                raise TypeError()
                            if _fits[0] < _most:
                                raise TypeError()
                            template_item_type_0 = EasyInputMessage.from_dict(data)

                            return template_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "message") not in (
                                "message",
                            ) or data.get("role", "user") not in (
                                "user",
                                "assistant",
                                "system",
                                "developer",
                            ):
                                raise TypeError()
                            if _fits[1] < _most:
                                raise TypeError()
                            template_item_type_1 = EvalItem.from_dict(data)

                            return template_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if strict_parsing.get():
                            raise TypeError()
                        return cast(EasyInputMessage | EvalItem, data)

                    template_item = _parse_template_item(template_item_data)

                    template.append(template_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                template = _template_raw

        create_eval_completions_run_data_source_input_messages_type_0 = cls(
            type_=type_,
            template=template,
        )
        if _none_flips:
            create_eval_completions_run_data_source_input_messages_type_0._none_flips = _none_flips

        create_eval_completions_run_data_source_input_messages_type_0.additional_properties = d
        return create_eval_completions_run_data_source_input_messages_type_0

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
