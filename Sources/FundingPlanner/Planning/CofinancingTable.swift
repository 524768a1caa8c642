/// The co-financing of a plan made for a call, in the call's structure (`<cofinancing>` in
/// `plan.xml`): per project year the eligible costs, the grant requested, the co-financing
/// available (the partners' contributions by kind, the kinds the call accepts counted and the
/// others shown apart, and the plan's own money when the call accepts cash), the co-financing
/// the project takes from it, the co-financing required and the share reached.
///
/// The project years are the plan years in which the call's grant is requested; a plan that
/// requests nothing from the call shows every plan year. Eligible costs are the profile's cost
/// lines in the call's eligible, not excluded categories. A contribution is available in the year
/// the profile gives it, committed or not. When the call accepts cash, the plan's expected own
/// income (sales, members) and its new partner money (still to be agreed) that year are
/// available too: the planner's co-financing constraint counts the same money.
///
/// A project's financing balances: its eligible costs are paid by the grant and the
/// co-financing. So the co-financing **in the project** is what the grant leaves of the eligible
/// costs (never less than the call's minimum), taken from what is available and never more; the
/// rest of what is available pays the network's other costs. Amounts are in cents, every total is
/// the sum of its yearly parts, the required amount is rounded up to the cent, a share is rounded
/// down to a basis point.
public struct CofinancingTable: Sendable, Hashable {
    /// One project year.
    public struct Year: Sendable, Hashable {
        /// The calendar year.
        public var year: Int
        /// The year's costs in the call's eligible categories.
        public var eligibleCosts: Money
        /// The grant asked of the call for the year.
        public var requested: Money
        /// The co-financing available: the contributions of the accepted kinds, plus the plan's
        /// own income and new partner money when the call accepts cash.
        public var available: Money
        /// The co-financing in the project: the eligible costs the grant leaves (at least the
        /// required minimum), at most what is available.
        public var counted: Money
        /// The minimum co-financing: the call's minimum share of the eligible costs, rounded up.
        public var required: Money
        /// The counted co-financing as a share of the eligible costs; `nil` without eligible costs.
        public var share: BasisPoints?
    }

    /// The partners' contributions of one kind, per project year.
    public struct KindRow: Sendable, Hashable {
        /// The contribution kind.
        public var kind: ContributionKind
        /// Whether the call counts this kind as co-financing.
        public var isAccepted: Bool
        /// The amount per project year, in the order of ``CofinancingTable/years``.
        public var amounts: [Money]
        /// The sum of ``amounts``.
        public var total: Money { amounts.reduce(.zero, +) }
    }

    /// The call's id.
    public var callID: String
    /// The call's minimum co-financing share of the eligible costs.
    public var minimumShare: BasisPoints
    /// The project years.
    public var years: [Year]
    /// The accepted kinds (every kind when the call lists none), then the other kinds that hold an amount.
    public var kinds: [KindRow]
    /// When the call accepts cash: the plan's expected own income (sales, members) per project
    /// year, in the order of ``years``; `nil` when the call does not accept cash.
    public var ownIncome: [Money]?
    /// When the call accepts cash: the new partner money the plan asks per project year (still to
    /// be agreed); `nil` when the call does not accept cash.
    public var newPartnerMoney: [Money]?

    /// The sum over the project years of the eligible costs.
    public var eligibleCosts: Money { years.reduce(.zero) { $0 + $1.eligibleCosts } }
    /// The sum over the project years of the grant requested.
    public var requested: Money { years.reduce(.zero) { $0 + $1.requested } }
    /// The sum over the project years of the co-financing available.
    public var available: Money { years.reduce(.zero) { $0 + $1.available } }
    /// The sum over the project years of the co-financing in the project.
    public var counted: Money { years.reduce(.zero) { $0 + $1.counted } }
    /// The sum over the project years of the required co-financing.
    public var required: Money { years.reduce(.zero) { $0 + $1.required } }
    /// The co-financing in the project as a share of all eligible costs; `nil` without eligible costs.
    public var share: BasisPoints? { Self.share(counted, of: eligibleCosts) }
    /// Whether the co-financing in the project reaches the call's minimum share of all eligible costs.
    public var isMet: Bool {
        counted.cents * 10_000 >= eligibleCosts.cents * Int64(minimumShare.value)
    }

    /// The table of a plan for `call` of `network`, with the plan's `years` and `sources`, and
    /// per plan year the plan's expected own income (`ownIncome`) and new partner money
    /// (`newPartnerMoney`).
    init(
        call: CallRules, network: NetworkProfile, years planYears: [Int], sources: [PlannedSource],
        ownIncome: [Money], newPartnerMoney: [Money]
    ) {
        callID = call.id
        minimumShare = call.minimumCofinancing
        let grant = sources.first { $0.modelID == call.grantModel }
        let asked = grant.map { $0.requested ?? $0.income } ?? planYears.map { _ in .zero }
        var indices = planYears.indices.filter { asked[$0] > .zero }
        if indices.isEmpty { indices = Array(planYears.indices) }
        let chosen = indices.map { planYears[$0] }
        let planning = CallPlanning(call: call)
        let eligible = planning.eligibleCosts(network, years: chosen)
        let accepted = planning.acceptedKinds
        func amounts(_ kind: ContributionKind) -> [Money] {
            chosen.map { CallPlanning.declared(network, year: $0, kinds: [kind]) }
        }
        let counted = accepted.map { KindRow(kind: $0, isAccepted: true, amounts: amounts($0)) }
        let apart = ContributionKind.allCases.filter { !accepted.contains($0) }.map {
            KindRow(kind: $0, isAccepted: false, amounts: amounts($0))
        }.filter { $0.total > .zero }
        kinds = counted + apart
        let acceptsCash = accepted.contains(.cash)
        self.ownIncome = acceptsCash ? indices.map { ownIncome[$0] } : nil
        self.newPartnerMoney = acceptsCash ? indices.map { newPartnerMoney[$0] } : nil
        years = chosen.indices.map { position in
            let own = acceptsCash ? ownIncome[indices[position]] + newPartnerMoney[indices[position]] : .zero
            let available = counted.reduce(own) { $0 + $1.amounts[position] }
            let requested = asked[indices[position]]
            let required = planning.requiredCofinancing(eligible[position])
            let left = max(eligible[position] - requested, .zero)
            let inProject = min(available, max(left, required))
            return Year(
                year: chosen[position], eligibleCosts: eligible[position], requested: requested,
                available: available, counted: inProject, required: required,
                share: Self.share(inProject, of: eligible[position]))
        }
    }

    /// `part` as a share of `whole`, rounded down to a basis point; `nil` when `whole` is zero.
    static func share(_ part: Money, of whole: Money) -> BasisPoints? {
        guard whole > .zero else { return nil }
        return BasisPoints(Int(part.cents * 10_000 / whole.cents))
    }
}
