/// The network's output indicators as a plan carries them (`<outputIndicators>`), and, for a plan
/// made for a call, which of them answer each of the call's indicators.
///
/// Targets outside the plan's years are left out (the profile's rules already refuse them, but a
/// plan may run fewer years than the budget). A call indicator that no network indicator names in
/// its `callIndicator` is listed with no answers: the funder's version shows it as missing.
public struct PlanOutputIndicators: Sendable, Hashable {
    /// The network's indicators with their targets in the plan's years, in profile order.
    public var indicators: [NetworkProfile.OutputIndicator] = []
    /// The call's indicators, each with the network indicators that answer it; empty when the
    /// plan was not made for a call or the call defines none.
    public var callIndicators: [CallIndicatorAnswer] = []

    /// Nothing to show: no indicators and no call indicators.
    public var isEmpty: Bool { indicators.isEmpty && callIndicators.isEmpty }

    /// No indicators.
    public init() {}

    /// The indicators of `network` for `years`, matched against the indicators of `call`.
    public init(network: NetworkProfile, call: CallRules?, years: [Int]) {
        indicators = network.outputIndicators.map { indicator in
            var kept = indicator
            kept.targets = indicator.targets.filter { years.contains($0.year) }
            return kept
        }
        callIndicators = (call?.indicators ?? []).map { wanted in
            CallIndicatorAnswer(
                id: wanted.id, name: wanted.name,
                answeredBy: network.outputIndicators.filter { $0.callIndicator == wanted.id }.map(\.id))
        }
    }

    /// One problem per network indicator whose `callIndicator` names an indicator `call` does not
    /// define, at the indicator's line, in English with the Dutch wording.
    public static func unknownCallIndicators(_ network: NetworkProfile, call: CallRules) -> [Diagnostic] {
        let known = call.indicators.map(\.id)
        return network.outputIndicators.compactMap { indicator -> Diagnostic? in
            guard let wanted = indicator.callIndicator, !known.contains(wanted) else { return nil }
            let closest = Suggestion.closest(to: wanted, among: Set(known))
            let list = known.isEmpty ? nil : known.joined(separator: ", ")
            var problem = Diagnostic(
                severity: .error,
                message:
                    "indicator '\(indicator.id)' answers call indicator '\(wanted)', which call '\(call.id)' does not define; "
                    + (closest.map { "did you mean '\($0)'?" }
                        ?? list.map { "the call's indicators are: \($0)" }
                        ?? "the call defines no indicators; remove callIndicator"),
                file: indicator.origin.file, line: indicator.origin.line)
            problem.translations[.nl] =
                "indicator '\(indicator.id)' antwoordt op oproepindicator '\(wanted)', die oproep '\(call.id)' niet kent; "
                + (closest.map { "bedoelt u '\($0)'?" }
                    ?? list.map { "de indicatoren van de oproep zijn: \($0)" }
                    ?? "de oproep heeft geen indicatoren; verwijder callIndicator")
            return problem
        }
    }
}

/// A call's indicator and the network's indicators that answer it.
public struct CallIndicatorAnswer: Sendable, Hashable {
    /// The call's indicator id (`participants`).
    public var id: String
    /// What the call counts, in Dutch and/or English.
    public var name: LocalizedText
    /// The ids of the network's indicators that name this one in `callIndicator`; empty: missing.
    public var answeredBy: [String]
}
