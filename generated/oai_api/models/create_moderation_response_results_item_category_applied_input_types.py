from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel
from ..models.create_moderation_response_results_item_category_applied_input_types_harassment_item import (
    CreateModerationResponseResultsItemCategoryAppliedInputTypesHarassmentItem,
    check_create_moderation_response_results_item_category_applied_input_types_harassment_item,
)
from ..models.create_moderation_response_results_item_category_applied_input_types_harassmentthreatening_item import (
    CreateModerationResponseResultsItemCategoryAppliedInputTypesHarassmentthreateningItem,
    check_create_moderation_response_results_item_category_applied_input_types_harassmentthreatening_item,
)
from ..models.create_moderation_response_results_item_category_applied_input_types_hate_item import (
    CreateModerationResponseResultsItemCategoryAppliedInputTypesHateItem,
    check_create_moderation_response_results_item_category_applied_input_types_hate_item,
)
from ..models.create_moderation_response_results_item_category_applied_input_types_hatethreatening_item import (
    CreateModerationResponseResultsItemCategoryAppliedInputTypesHatethreateningItem,
    check_create_moderation_response_results_item_category_applied_input_types_hatethreatening_item,
)
from ..models.create_moderation_response_results_item_category_applied_input_types_illicit_item import (
    CreateModerationResponseResultsItemCategoryAppliedInputTypesIllicitItem,
    check_create_moderation_response_results_item_category_applied_input_types_illicit_item,
)
from ..models.create_moderation_response_results_item_category_applied_input_types_illicitviolent_item import (
    CreateModerationResponseResultsItemCategoryAppliedInputTypesIllicitviolentItem,
    check_create_moderation_response_results_item_category_applied_input_types_illicitviolent_item,
)
from ..models.create_moderation_response_results_item_category_applied_input_types_self_harm_item import (
    CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem,
    check_create_moderation_response_results_item_category_applied_input_types_self_harm_item,
)
from ..models.create_moderation_response_results_item_category_applied_input_types_self_harminstructions_item import (
    CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarminstructionsItem,
    check_create_moderation_response_results_item_category_applied_input_types_self_harminstructions_item,
)
from ..models.create_moderation_response_results_item_category_applied_input_types_self_harmintent_item import (
    CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmintentItem,
    check_create_moderation_response_results_item_category_applied_input_types_self_harmintent_item,
)
from ..models.create_moderation_response_results_item_category_applied_input_types_sexual_item import (
    CreateModerationResponseResultsItemCategoryAppliedInputTypesSexualItem,
    check_create_moderation_response_results_item_category_applied_input_types_sexual_item,
)
from ..models.create_moderation_response_results_item_category_applied_input_types_sexualminors_item import (
    CreateModerationResponseResultsItemCategoryAppliedInputTypesSexualminorsItem,
    check_create_moderation_response_results_item_category_applied_input_types_sexualminors_item,
)
from ..models.create_moderation_response_results_item_category_applied_input_types_violence_item import (
    CreateModerationResponseResultsItemCategoryAppliedInputTypesViolenceItem,
    check_create_moderation_response_results_item_category_applied_input_types_violence_item,
)
from ..models.create_moderation_response_results_item_category_applied_input_types_violencegraphic_item import (
    CreateModerationResponseResultsItemCategoryAppliedInputTypesViolencegraphicItem,
    check_create_moderation_response_results_item_category_applied_input_types_violencegraphic_item,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class CreateModerationResponseResultsItemCategoryAppliedInputTypes(_OpenModel):
    """Which input kinds (text, image) each score was computed on."""

    hate: list[CreateModerationResponseResultsItemCategoryAppliedInputTypesHateItem]
    """ Input kinds the `hate` score is based on. """
    hatethreatening: list[
        CreateModerationResponseResultsItemCategoryAppliedInputTypesHatethreateningItem
    ]
    """ Input kinds the `hate/threatening` score is based on. """
    harassment: list[
        CreateModerationResponseResultsItemCategoryAppliedInputTypesHarassmentItem
    ]
    """ Input kinds the `harassment` score is based on. """
    harassmentthreatening: list[
        CreateModerationResponseResultsItemCategoryAppliedInputTypesHarassmentthreateningItem
    ]
    """ Input kinds the `harassment/threatening` score is based on. """
    illicit: list[
        CreateModerationResponseResultsItemCategoryAppliedInputTypesIllicitItem
    ]
    """ Input kinds the `illicit` score is based on. """
    illicitviolent: list[
        CreateModerationResponseResultsItemCategoryAppliedInputTypesIllicitviolentItem
    ]
    """ Input kinds the `illicit/violent` score is based on. """
    self_harm: list[
        CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem
    ]
    """ Input kinds the `self-harm` score is based on. """
    self_harmintent: list[
        CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmintentItem
    ]
    """ Input kinds the `self-harm/intent` score is based on. """
    self_harminstructions: list[
        CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarminstructionsItem
    ]
    """ Input kinds the `self-harm/instructions` score is based on. """
    sexual: list[CreateModerationResponseResultsItemCategoryAppliedInputTypesSexualItem]
    """ Input kinds the `sexual` score is based on. """
    sexualminors: list[
        CreateModerationResponseResultsItemCategoryAppliedInputTypesSexualminorsItem
    ]
    """ Input kinds the `sexual/minors` score is based on. """
    violence: list[
        CreateModerationResponseResultsItemCategoryAppliedInputTypesViolenceItem
    ]
    """ Input kinds the `violence` score is based on. """
    violencegraphic: list[
        CreateModerationResponseResultsItemCategoryAppliedInputTypesViolencegraphicItem
    ]
    """ Input kinds the `violence/graphic` score is based on. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "harassment",
        "harassment/threatening",
        "hate",
        "hate/threatening",
        "illicit",
        "illicit/violent",
        "self-harm",
        "self-harm/instructions",
        "self-harm/intent",
        "sexual",
        "sexual/minors",
        "violence",
        "violence/graphic",
    )

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "hate",
                "hate",
                REQUIRED,
                list_of(
                    check_create_moderation_response_results_item_category_applied_input_types_hate_item
                ),
            ),
            (
                "hatethreatening",
                "hate/threatening",
                REQUIRED,
                list_of(
                    check_create_moderation_response_results_item_category_applied_input_types_hatethreatening_item
                ),
            ),
            (
                "harassment",
                "harassment",
                REQUIRED,
                list_of(
                    check_create_moderation_response_results_item_category_applied_input_types_harassment_item
                ),
            ),
            (
                "harassmentthreatening",
                "harassment/threatening",
                REQUIRED,
                list_of(
                    check_create_moderation_response_results_item_category_applied_input_types_harassmentthreatening_item
                ),
            ),
            (
                "illicit",
                "illicit",
                REQUIRED,
                list_of(
                    check_create_moderation_response_results_item_category_applied_input_types_illicit_item
                ),
            ),
            (
                "illicitviolent",
                "illicit/violent",
                REQUIRED,
                list_of(
                    check_create_moderation_response_results_item_category_applied_input_types_illicitviolent_item
                ),
            ),
            (
                "self_harm",
                "self-harm",
                REQUIRED,
                list_of(
                    check_create_moderation_response_results_item_category_applied_input_types_self_harm_item
                ),
            ),
            (
                "self_harmintent",
                "self-harm/intent",
                REQUIRED,
                list_of(
                    check_create_moderation_response_results_item_category_applied_input_types_self_harmintent_item
                ),
            ),
            (
                "self_harminstructions",
                "self-harm/instructions",
                REQUIRED,
                list_of(
                    check_create_moderation_response_results_item_category_applied_input_types_self_harminstructions_item
                ),
            ),
            (
                "sexual",
                "sexual",
                REQUIRED,
                list_of(
                    check_create_moderation_response_results_item_category_applied_input_types_sexual_item
                ),
            ),
            (
                "sexualminors",
                "sexual/minors",
                REQUIRED,
                list_of(
                    check_create_moderation_response_results_item_category_applied_input_types_sexualminors_item
                ),
            ),
            (
                "violence",
                "violence",
                REQUIRED,
                list_of(
                    check_create_moderation_response_results_item_category_applied_input_types_violence_item
                ),
            ),
            (
                "violencegraphic",
                "violence/graphic",
                REQUIRED,
                list_of(
                    check_create_moderation_response_results_item_category_applied_input_types_violencegraphic_item
                ),
            ),
        )
