/// The call's rules a plan made with `plan --call` answers with its own tables: the co-financing
/// by contribution kind (`<cofinancing>`) and the call's indicators with the network's targets
/// (`<outputIndicators>`). A plan made without the call, or for another call, holds no such
/// facts: the gate then says the rule is left to check by hand, as before these tables existed.
extension CallChecks {
    func recordedGates(_ facts: PlanFacts, unknown: String) -> [PlanReview.GateResult] {
        let madeForThisCall = facts.cofinancing?.call == call.id
        var gates: [PlanReview.GateResult] = []
        if !call.acceptedContributions.isEmpty {
            gates.append(contributionKindsGate(madeForThisCall ? facts.cofinancing : nil, unknown: unknown))
        }
        gates += byHandGates(unknown: unknown)
        if !call.indicators.isEmpty {
            gates.append(indicatorsGate(madeForThisCall ? facts.callIndicators : nil, unknown: unknown))
        }
        return gates
    }

    /// Only the kinds the call accepts count as co-financing; from the plan's table when it has one.
    private func contributionKindsGate(_ table: PlanFacts.Cofinancing?, unknown: String) -> PlanReview.GateResult {
        let language = wording.language
        let rule =
            wording("als cofinanciering telt alleen ", "only these count as co-financing: ")
            + call.acceptedContributions.map { $0.label(language) }.joined(separator: ", ")
        guard let table else {
            return .init(
                id: "call-contribution-kinds", passed: true,
                text: unknown + rule
                    + wording(
                        " (het plan is niet voor deze oproep gemaakt en splitst de bijdragen niet op naar soort)",
                        " (the plan was not made for this call and does not split the contributions by kind)"))
        }
        func euros(_ cents: Int64) -> String { Money(cents: cents).formatted(language) }
        let own = zip(
            [wording("eigen inkomsten", "own income"), wording("nieuw partnergeld", "new partner money")],
            table.ownMoney
        ).map { (kind: $0, amount: $1) }
        let parts = (table.countedKinds.map { (kind: $0.kind.label(language), amount: $0.amount) } + own).filter {
            $0.amount > 0
        }.map { $0.kind + " " + euros($0.amount) }
        var figures =
            wording("; in het project ", "; in the project ") + euros(table.counted)
            + wording(", minstens ", ", at least ") + euros(table.required)
        if let available = table.available {
            figures += wording("; beschikbaar ", "; available ") + euros(available)
        }
        return .init(
            id: "call-contribution-kinds", passed: table.met,
            text: rule + figures + (parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"))
    }

    /// The project reports the call's indicators; from the plan's targets when it lists them.
    private func indicatorsGate(_ listed: [(id: String, answered: Bool)]?, unknown: String) -> PlanReview.GateResult {
        let language = wording.language
        let names = call.indicators.map { $0.name.text(in: language) }.joined(separator: "; ")
        guard let listed, !listed.isEmpty else {
            return .init(
                id: "call-indicators", passed: true,
                text: unknown + wording("het project rapporteert ", "the project reports ") + names)
        }
        let missing = call.indicators.filter { indicator in
            !listed.contains { $0.id == indicator.id && $0.answered }
        }
        guard !missing.isEmpty else {
            return .init(
                id: "call-indicators", passed: true,
                text: wording(
                    "het plan heeft een streefwaarde voor elke indicator van de oproep: ",
                    "the plan has a target for every indicator of the call: ") + names)
        }
        return .init(
            id: "call-indicators", passed: false,
            text: wording("geen streefwaarde voor: ", "no target for: ")
                + missing.map { $0.name.text(in: language) }.joined(separator: "; ")
                + wording(
                    " (voeg een indicator met callIndicator=\"…\" toe aan het profiel)",
                    " (add an indicator with callIndicator=\"…\" to the profile)"))
    }
}
