from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_response_prompt_variables_type_0 import (
        BetaResponsePromptVariablesType0,
    )


T = TypeVar("T", bound="BetaPromptType0")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, BetaResponsePromptVariablesType0
    from ..models.beta_response_prompt_variables_type_0 import (
        BetaResponsePromptVariablesType0,
    )

    _models_bound = True


@_attrs_define
class BetaPromptType0:
    id: str
    """ ID of the prompt template. """
    version: None | str = None
    """ Template version to use; None picks the current one. """
    variables: BetaResponsePromptVariablesType0 | None = None
    """ Values for the template's variables, by name: strings or input text, image or file parts. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_version = (
            self.version
            if self.version is not None or "version" in self._none_flips
            else UNSET
        )

        version: None | str | Unset
        if isinstance(_v_version, Unset):
            version = UNSET
        else:
            version = _v_version

        _v_variables = (
            self.variables
            if self.variables is not None or "variables" in self._none_flips
            else UNSET
        )

        variables: dict[str, Any] | None | Unset
        if isinstance(_v_variables, Unset):
            variables = UNSET
        elif isinstance(_v_variables, BetaResponsePromptVariablesType0):
            variables = _v_variables.to_dict()
        else:
            variables = _v_variables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                }.items()
                if v is not UNSET
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        _version_raw = d.pop("version", UNSET)
        if _version_raw is None or isinstance(_version_raw, Unset):
            if _version_raw is None:
                _none_flips += ("version",)
            version = None

        else:
            try:

                def _parse_version(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                version = _parse_version(_version_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                version = _version_raw

        _variables_raw = d.pop("variables", UNSET)
        if _variables_raw is None or isinstance(_variables_raw, Unset):
            if _variables_raw is None:
                _none_flips += ("variables",)
            variables = None

        else:
            try:

                def _parse_variables(
                    data: object,
                ) -> BetaResponsePromptVariablesType0 | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_beta_response_prompt_variables_type_0 = (
                            BetaResponsePromptVariablesType0.from_dict(data)
                        )

                        return componentsschemas_beta_response_prompt_variables_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(BetaResponsePromptVariablesType0 | None | Unset, data)

                variables = _parse_variables(_variables_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                variables = _variables_raw

        beta_prompt_type_0 = cls(
            id=id,
            version=version,
            variables=variables,
        )
        if _none_flips:
            beta_prompt_type_0._none_flips = _none_flips

        beta_prompt_type_0.additional_properties = d
        return beta_prompt_type_0

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
