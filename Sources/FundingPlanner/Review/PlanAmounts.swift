/// The money a reviewer decides on, read from one plan: what it costs, what it asks, what others
/// bring, and how much of its income is its own.
public struct PlanAmounts: Sendable, Hashable {
    /// The plan's costs and acquisitions over all its years.
    public var budget: Money
    /// What the plan asks of funders over all years: the requested amounts of the competitive
    /// sources that an outside funder pays (governments, the EU, foundations, companies, donors).
    public var requested: Money
    /// Everything else, over all years: the partners' cash and the expected income of the other
    /// sources (the network's own sales and members, partners' pooled money, non-competitive
    /// grants).
    public var cofinancing: Money
    /// The mean of the yearly own-income shares.
    public var ownShare: BasisPoints

    /// The amounts of the plan described by `facts`.
    ///
    /// A competitive source without recorded requested amounts (a plan written before they were
    /// recorded) asks its expected income divided by its chance, rounded to the cent.
    init(_ facts: PlanFacts) {
        budget = Money(cents: facts.costs.reduce(0, +) + facts.acquisitions.reduce(0, +))
        var asked: Int64 = 0
        var secured = facts.partnerCash.reduce(0, +)
        for source in facts.sources {
            if source.isCompetitive && !Self.network.contains(source.funderType) {
                if let requested = source.requested {
                    asked += requested.reduce(0, +)
                } else if source.probability > 0 {
                    let chance = Int64(source.probability)
                    asked += source.income.reduce(0) { $0 + ($1 * 10_000 + chance / 2) / chance }
                }
            } else {
                secured += source.income.reduce(0, +)
            }
        }
        requested = Money(cents: asked)
        cofinancing = Money(cents: secured)
        ownShare = BasisPoints(facts.ownShares.isEmpty ? 0 : facts.ownShares.reduce(0, +) / facts.ownShares.count)
    }

    /// Payers inside the network or its market: money from them is not asked of a funder.
    static let network: Set<FunderType> = [.partners, .members, .customers]
}
