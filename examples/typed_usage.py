"""A user script type-checked with `mypy --strict` in CI: build, serialize, read back."""

from __future__ import annotations

import casekit


def main() -> str:
    judge = casekit.Judge(name="Ana Ruiz", title="U.S. District Judge")
    ruling = casekit.Ruling(
        judges=(judge,),
        outcome=casekit.Outcome.GRANTED,
        relief="temporary restraining order",
        decided=casekit.PartialDate.parse("2024-06-03"),
    )
    case = casekit.Case(
        caption="Doe v. Roe",
        parties=(
            casekit.Party(name="Jane Doe", role=casekit.PartyRole.PLAINTIFF),
            casekit.Party(name="Richard Roe", role=casekit.PartyRole.DEFENDANT),
        ),
        rulings=(ruling,),
    )
    text: str = casekit.to_json(case)
    back: casekit.Case = casekit.from_json(text, casekit.Case)
    assert back == case
    first: casekit.Ruling = back.rulings[0]
    outcome: casekit.Outcome | None = first.outcome
    return f"{back.caption}: {outcome.value if outcome else 'pending'}"


if __name__ == "__main__":
    print(main())
