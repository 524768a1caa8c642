/// Sustainability indicators of a plan, per year and overall (cash only; in-kind apart).
public struct PlanIndicators: Sendable, Hashable {
    /// The indicators of one plan year.
    public struct Year: Sendable, Hashable {
        /// The calendar year.
        public var year: Int
        /// Own income (market sources, members' and partners' contributions) ÷ cash income.
        public var ownShare: BasisPoints
        /// Earned (market) income ÷ cash income.
        public var earnedShare: BasisPoints
        /// Public money (public sources and local governments' cash) ÷ cash income.
        public var publicShare: BasisPoints
        /// Herfindahl–Hirschman index of source shares, 0–10000.
        public var concentration: Int
        /// The largest source of the year: a model id, or `partner:` and a partner id.
        public var topSource: String
        /// The largest source's share of the year's cash income.
        public var topShare: BasisPoints
    }

    /// A time-limited source that ends while it is large.
    public struct Cliff: Sendable, Hashable {
        /// The first year without it (may be after the plan).
        public var year: Int
        /// The catalogue identifier of the model that ends.
        public var modelID: String
        /// Its share of cash income in its last year.
        public var share: BasisPoints
    }

    /// One entry per plan year, in order.
    public var years: [Year]
    /// rising, flat or falling (own-income share, first to last year, ±5 points).
    public var ownShareTrend: OwnIncomeTrend
    /// The first year whose net income covers its costs, if any.
    public var breakEvenYear: Int?
    /// First-year sources with a short lead time (≤ 3 months) and low effort (≤ 10 h a month).
    public var quickWins: [String]
    /// Time-limited sources that end while they bring 20 % or more of the cash income.
    public var cliffs: [Cliff]
    /// How to read the concentration, by the type of the largest source.
    public var concentrationReading: String

    static func compute(
        plan sources: [PlannedSource], partners: [PartnerCash], totals: [YearTotals], years: [Int],
        catalogue: Catalogue, language: Language
    ) -> PlanIndicators {
        let wording = Wording(language: language)
        var perYear: [Year] = []
        for (index, year) in years.enumerated() {
            let income = totals[index].income
            var parts: [(String, Money, ResourceType?, Bool)] = sources.map {
                (
                    $0.modelID, $0.income[index], $0.resourceType,
                    catalogue.model(id: $0.modelID)?.category == .membership
                )
            }
            parts += partners.map {
                ("partner:" + $0.partnerID, $0.amounts[index], $0.isPublic ? .public : nil, !$0.isPublic)
            }
            let own = parts.filter { $0.2 == .market || $0.3 }.reduce(Money.zero) { $0 + $1.1 }
            let earned = parts.filter { $0.2 == .market }.reduce(Money.zero) { $0 + $1.1 }
            let publicMoney = parts.filter { $0.2 == .public }.reduce(Money.zero) { $0 + $1.1 }
            let shares = parts.map { Shares.basisPoints($0.1, of: income).value }
            let hhi = shares.reduce(0) { $0 + $1 * $1 } / 10_000
            let top = parts.max { ($0.1, $1.0) < ($1.1, $0.0) }
            perYear.append(
                Year(
                    year: year,
                    ownShare: Shares.basisPoints(own, of: income), earnedShare: Shares.basisPoints(earned, of: income),
                    publicShare: Shares.basisPoints(publicMoney, of: income), concentration: hhi,
                    topSource: top?.0 ?? "",
                    topShare: top.map { Shares.basisPoints($0.1, of: income) } ?? BasisPoints(0)
                ))
        }
        let change = (perYear.last?.ownShare.value ?? 0) - (perYear.first?.ownShare.value ?? 0)
        let trend: OwnIncomeTrend = change > 500 ? .rising : change < -500 ? .falling : .flat
        let breakEven = totals.first { $0.shortfall == .zero }?.year
        let quickWins = sources.filter { source in
            guard let model = catalogue.model(id: source.modelID) else { return false }
            return source.startYear == years.first && model.timing.leadTimeMonths <= 3
                && model.effort.hoursPerMonth <= 10
        }.map(\.modelID)
        var cliffs: [Cliff] = []
        for source in sources where source.maximumYears != nil {
            guard let last = source.income.lastIndex(where: { $0 > .zero }) else { continue }
            let share = Shares.basisPoints(source.income[last], of: totals[last].income)
            if share.value >= 2_000 {
                cliffs.append(Cliff(year: years[last] + 1, modelID: source.modelID, share: share))
            }
        }
        let topType = perYear.max { $0.topShare < $1.topShare }
        let reading: String
        if let topType, let topModel = catalogue.model(id: topType.topSource) {
            switch topModel.taxonomy.resourceType {
            case .public:
                reading = wording(
                    "De grootste bron is publiek geld: stabiel zolang het beleid loopt, maar plan het einde ervan.",
                    "The largest source is public money: stable while the policy lasts, but plan for its end.")
            case .market:
                reading = wording(
                    "De grootste bron zijn eigen inkomsten: minder riskant als ze van veel klanten komen.",
                    "The largest source is earned income: less risky when it comes from many customers.")
            case .reciprocity where topModel.funder.type == .partners:
                reading = wording(
                    "De grootste bron is nieuw geld van de partners, nog af te spreken: onzeker tot het toegezegd is, en wie het meest betaalt mag daardoor niet meer te zeggen krijgen.",
                    "The largest source is new money from the partners, still to be agreed: uncertain until committed, and whoever pays most must not gain more say for it."
                )
            case .reciprocity:
                reading = wording(
                    "De grootste bron zijn giften of sponsoring: concentratie is hier het meest riskant.",
                    "The largest source is gifts or sponsorship: concentration is riskiest here.")
            }
        } else if let topType,
            partners.first(where: { "partner:" + $0.partnerID == topType.topSource })?.isPublic == true
        {
            reading = wording(
                "De grootste bron is de subsidie van een lokaal bestuur dat partner is: publiek geld, stabiel zolang het beleid loopt, maar plan het einde ervan.",
                "The largest source is the subsidy of a local government that is a partner: public money, stable while the policy lasts, but plan for its end."
            )
        } else {
            reading = wording(
                "De grootste bron is de opgegeven bijdrage van partners: stabiel zolang de partners meedoen en ze toegezegd is.",
                "The largest source is the partners' declared contributions: stable while the partners stay and as far as committed."
            )
        }
        return PlanIndicators(
            years: perYear, ownShareTrend: trend, breakEvenYear: breakEven, quickWins: quickWins,
            cliffs: cliffs.sorted { ($0.year, $0.modelID) < ($1.year, $1.modelID) }, concentrationReading: reading)
    }
}
