"""The order of the review queue: what is most worth a person's minute comes first.

An extraction's priority grows with the chance it is wrong (one minus its confidence), with
the number of reports that repeat it (a wrong figure repeated in many reports misleads more)
and with a dispute attached (a denial or a conflicting figure): the checks that change the
most conclusions first.
"""

from __future__ import annotations

import math

MENTIONS_WEIGHT = 0.1  # per doubling of the reports that carry the fact
DISPUTE_WEIGHT = 0.3


def priority(confidence: float | None, mentions: int = 1, disputed: bool = False) -> float:
    doubt = 1.0 - (0.5 if confidence is None else confidence)
    return doubt + MENTIONS_WEIGHT * math.log2(max(1, mentions)) + DISPUTE_WEIGHT * disputed
