/// A condition a plan is made under that can block it or leave costs uncovered, with the value
/// it had, so that the coordinator sees what to change.
public enum PlanConstraint: Sendable, Hashable {
    /// No source above this share of a year's income.
    case maximumShareOfOneSource(BasisPoints)
    /// Public money at most this share of a year's income.
    case maximumPublicShare(BasisPoints)
    /// The hours the network has for running sources, per month (volunteers and staff).
    case effortHoursPerMonth(Int)
    /// At most this many new revenue models started in one year.
    case newModelsPerYear(Int)
    /// The models the coordinator pinned.
    case pinnedModels
    /// The co-financing EU calls require.
    case cofinancing
    /// No year raises more than it needs + this reserve target + one lumpy source.
    case enoughButNoMore(Money)
    /// The co-financing the call the plan is made for asks in every year its grant runs: this
    /// share of the eligible costs, from these contribution kinds.
    case callCofinancing(call: String, minimumShare: BasisPoints, kinds: [ContributionKind], short: [CofinancingYear])

    /// The sentence that names this condition, its value and what to change; `blocking` says it
    /// makes the plan impossible, otherwise that it leaves costs uncovered.
    public func explanation(in language: Language, blocking: Bool) -> String {
        let wording = Wording(language: language)
        let verb =
            blocking
            ? wording("maakt het plan onmogelijk", "makes the plan impossible")
            : wording("laat kosten ongedekt", "leaves costs uncovered")
        switch self {
        case .maximumShareOfOneSource(let cap):
            return wording(
                "Het maximum per bron (\(cap.formatted(.nl))) \(verb): verhoog maxShareOfOneSource of voeg bronnen toe.",
                "The cap per source (\(cap.formatted(.en))) \(verb): raise maxShareOfOneSource or add sources.")
        case .maximumPublicShare(let cap):
            return wording(
                "Het maximum aan publiek geld (\(cap.formatted(.nl))) \(verb): de overblijvende bronnen zijn vooral publiek; verhoog maxPublicShare of zoek eigen inkomsten.",
                "The cap on public money (\(cap.formatted(.en))) \(verb): the remaining sources are mostly public; raise maxPublicShare or find earned income."
            )
        case .effortHoursPerMonth(let hours):
            return wording(
                "De beschikbare uren (\(hours) per maand) \(verb): meer vrijwilligers- of personeelsuren maken meer bronnen mogelijk.",
                "The available hours (\(hours) a month) \(verb): more volunteer or staff hours allow more sources.")
        case .newModelsPerYear(let limit):
            return wording(
                "Het maximum van \(limit) nieuwe verdienmodellen per jaar \(verb).",
                "The limit of \(limit) new revenue models a year \(verb).")
        case .pinnedModels:
            return wording(
                "De vastgepinde modellen \(verb): ze passen niet samen binnen de andere voorwaarden.",
                "The pinned models \(verb): they do not fit together within the other conditions.")
        case .cofinancing:
            return wording(
                "De cofinanciering die Europese oproepen vragen \(verb): de partners brengen te weinig eigen geld in.",
                "The co-financing EU calls require \(verb): partners bring too little cash of their own.")
        case .callCofinancing(let call, let share, let kinds, let short):
            let accepted = { (language: Language) in
                kinds.map { $0.label(language) }.joined(separator: ", ")
            }
            let years = { (language: Language) in
                short.map {
                    "\($0.year): \($0.required.formatted(language)) / \($0.declared.formatted(language))"
                }.joined(separator: "; ")
            }
            let numbers =
                short.isEmpty
                ? ""
                : wording(
                    " Gevraagd / door de partners gegeven van die soorten: \(years(.nl)).",
                    " Asked / given by the partners of those kinds: \(years(.en)).")
            return wording(
                "De cofinanciering van de oproep '\(call)' (minstens \(share.formatted(.nl)) van de subsidiabele kosten in elk jaar van de subsidie, uit \(accepted(.nl))) \(verb): de partners geven te weinig van die soorten en het netwerk brengt te weinig eigen inkomsten in; laat de partners meer bijdragen van een soort die de oproep aanvaardt, of vraag de subsidie voor minder jaren of kosten.",
                "The co-financing of the call '\(call)' (at least \(share.formatted(.en)) of the eligible costs in every year of the grant, from \(accepted(.en))) \(verb): the partners give too little of those kinds and the network brings too little income of its own; have the partners contribute more of a kind the call accepts, or ask the grant for fewer years or costs."
            ) + numbers
        case .enoughButNoMore(let target):
            return wording(
                "De grens 'genoeg, niet meer' (kosten + reserve van \(target.formatted(.nl)) + één grote bron per jaar) \(verb): de bronnen zijn zo onzeker dat een marge nodig is die groter is dan die grens; kies zekerdere bronnen of een lagere --coverage.",
                "The 'enough, not more' limit (costs + a reserve of \(target.formatted(.en)) + one lumpy source a year) \(verb): the sources are so uncertain that they need a margin above that limit; choose surer sources or a lower --coverage."
            )
        }
    }
}

/// One plan year in which the partners' declared contributions of the kinds a call accepts fall
/// short of the co-financing the call asks.
public struct CofinancingYear: Sendable, Hashable {
    /// The calendar year.
    public var year: Int
    /// The co-financing the call asks that year: its minimum share of the eligible costs.
    public var required: Money
    /// What the partners declare that year of the kinds the call accepts.
    public var declared: Money
}
