/// The co-financing of a plan made for a call, in the call's structure (`<cofinancing>` in
/// `plan.xml`): per project year the eligible costs, the grant requested, the partners'
/// contributions by kind (the kinds the call accepts counted, the others shown apart), the
/// co-financing required and the share reached.
///
/// The project years are the plan years in which the call's grant is requested; a plan that
/// requests nothing from the call shows every plan year. Eligible costs are the profile's cost
/// lines in the call's eligible, not excluded categories. A contribution counts in the year the
/// profile gives it, committed or not; new partner money the plan still has to agree is not a
/// contribution and is not counted. Amounts are in cents, every total is the sum of its yearly
/// parts, the required amount is rounded up to the cent, a share is rounded down to a basis point.
public struct CofinancingTable: Sendable, Hashable {
    /// One project year.
    public struct Year: Sendable, Hashable {
        /// The calendar year.
        public var year: Int
        /// The year's costs in the call's eligible categories.
        public var eligibleCosts: Money
        /// The grant asked of the call for the year.
        public var requested: Money
        /// The contributions of the accepted kinds.
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

    /// The sum over the project years of the eligible costs.
    public var eligibleCosts: Money { years.reduce(.zero) { $0 + $1.eligibleCosts } }
    /// The sum over the project years of the grant requested.
    public var requested: Money { years.reduce(.zero) { $0 + $1.requested } }
    /// The sum over the project years of the counted co-financing.
    public var counted: Money { years.reduce(.zero) { $0 + $1.counted } }
    /// The sum over the project years of the required co-financing.
    public var required: Money { years.reduce(.zero) { $0 + $1.required } }
    /// The counted co-financing as a share of all eligible costs; `nil` without eligible costs.
    public var share: BasisPoints? { Self.share(counted, of: eligibleCosts) }
    /// Whether the counted co-financing reaches the call's minimum share of all eligible costs.
    public var isMet: Bool {
        counted.cents * 10_000 >= eligibleCosts.cents * Int64(minimumShare.value)
    }

    /// The table of a plan for `call` of `network`, with the plan's `years` and `sources`.
    init(call: CallRules, network: NetworkProfile, years planYears: [Int], sources: [PlannedSource]) {
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
        years = chosen.indices.map { position in
            let sum = counted.reduce(Money.zero) { $0 + $1.amounts[position] }
            return Year(
                year: chosen[position], eligibleCosts: eligible[position], requested: asked[indices[position]],
                counted: sum, required: planning.requiredCofinancing(eligible[position]),
                share: Self.share(sum, of: eligible[position]))
        }
    }

    /// `part` as a share of `whole`, rounded down to a basis point; `nil` when `whole` is zero.
    static func share(_ part: Money, of whole: Money) -> BasisPoints? {
        guard whole > .zero else { return nil }
        return BasisPoints(Int(part.cents * 10_000 / whole.cents))
    }
}
