"""A change the agent did not make and offered back ("Do you want me to?"), and the reply to it.

When a turn asks for a change negated, as a what-if or in doubt, nothing changes and the answer
asks whether to make it. The next turn is most likely the answer: "yeah go for it, add it" means
the product the question was about, although "it" names none, and "fine, add it to my cart then"
is a decision although the classifier, reading it without the question, is not sure enough of it
(affirmative 0.67 where 0.8 is needed). So the offer remembers the change and the products the
declined turn pointed at, for one turn. A reply with a marker of doubt of its own ("maybe add it
then?") still asks: only the classifier's lack of confidence is forgiven, never a marker.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from shopagent.agent.reading import Reading

OFFER_AFFIRM = 0.5  # a reply to the offer, read affirmative at least this sure, with no doubt marker

NOTHING_CHANGED = (
    "All right: nothing is added or changed. Tell me when you want one of them, "
    'e.g. "add the first one to my cart".'
)


@dataclass
class Offer:
    intent: str  # the change declined ("cart_add")
    items: list[dict[str, Any]] = field(default_factory=list)  # the shown products it pointed at


def taken_up(offer: Offer | None, reading: Reading) -> tuple[Reading, list[dict[str, Any]]]:
    """The reading of a reply to `offer`, and the products it takes up: the same change, read
    affirmatively, or doubtful only for want of confidence, is the decision the offer asked for."""
    if offer is None or reading.intent != offer.intent or reading.unsure():
        return reading, []
    unsure_only = reading.mode == "doubtful" and any(
        s.slot == "mode" and s.words == "(unsure)" for s in reading.spans
    )
    if unsure_only and reading.mode_confidence >= OFFER_AFFIRM:
        reading = reading.model_copy(
            update={"mode": "affirm", "doubtful": False, "layers": f"{reading.layers}+offer"}
        )
    return reading, (list(offer.items) if reading.affirmative else [])
