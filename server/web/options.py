"""A select's options worked out once for each choice, for pages that repeat one select."""

from markupsafe import Markup

OPTION = Markup('<option value="{0}"{1}>{2}</option>')


def options_by_choice(values: tuple[str, ...]) -> dict[str, Markup]:
    """For each value, the `<option>`s of every value with that one selected.

    Rendered once rather than in every form: fifty forms on a page would otherwise loop over
    the same options each, most of a form's cost.
    """
    return {
        chosen: Markup("").join(
            OPTION.format(value, Markup(" selected") if value == chosen else "", value.capitalize())
            for value in values
        )
        for chosen in values
    }
