/// Partner money in a plan: what partners declared (the baseline) and what the plan asks them
/// for on top (new, to be agreed).
///
/// Declared cash is certain only when the profile marks it committed (the default); an
/// uncommitted contribution comes in with `PartnerMoney.uncommittedProbability` (75 %). New money comes only from
/// partner-money models of the catalogue (funder type `partners`), as an ask per partner up to
/// that partner's ceiling: the profile's `askCeiling`, or `PartnerMoney.defaultCeilingShare` (a fifth) of what the
/// partner gives now a year.
public struct PartnerAsk: Sendable, Hashable {
    /// The partner's identifier in the network profile.
    public var partnerID: String
    /// The partner's name.
    public var name: String
    /// The most the plan may ask a year.
    public var ceiling: Money
    /// Whether the ceiling is the profile's own `askCeiling` (otherwise the documented default).
    public var ceilingFromProfile: Bool
    /// Whether the ceiling is the plan's scenario's (`<ask partner ceiling>`), which replaces the profile's.
    public var ceilingFromScenario = false
    /// The amount asked per plan year (new money, to be agreed), over all partner-money sources.
    public var asked: [Money]
    /// The partner's share of the network's declared cash before the asks.
    public var cashShareBefore: BasisPoints
    /// The partner's share of all partner cash, declared plus asked, when every ask is granted.
    public var cashShareAfter: BasisPoints
    /// The partner's share of the votes.
    public var voteShare: BasisPoints
    /// Whether granting the asks makes money follow power for this partner (the readiness check
    /// `money-and-power` then finds a problem it did not find before).
    public var moneyFollowsPower: Bool
}

/// A partner the planner may ask for new money, with its ceiling.
struct AskablePartner {
    var partnerID: String
    var ceiling: Money
    var ceilingFromProfile: Bool
    /// Whether the plan's scenario set the ceiling.
    var ceilingFromScenario = false
    /// The partner's share of the votes, 0…1 (asking partners with more votes costs a little more
    /// in the objective, so money does not follow power).
    var voteShare: Double
}

enum PartnerMoney {
    /// The chance that a declared but uncommitted contribution comes in (a planning assumption).
    static let uncommittedProbability = BasisPoints(7_500)
    /// Without an `askCeiling`, a partner may be asked at most this share of what it gives now
    /// a year (cash and in kind): a fifth (a planning assumption).
    static let defaultCeilingShare = BasisPoints(2_000)

    /// Whether a catalogue model is new money from the partners.
    static func isPartnerMoney(_ model: RevenueModel) -> Bool {
        model.funder.type == .partners
    }

    /// The partners that may be asked, with their ceilings (those with a ceiling above zero), by id.
    static func askable(_ network: NetworkProfile) -> [AskablePartner] {
        let totalVotes = network.partners.reduce(0) { $0 + $1.votes }
        return network.partners.sorted { $0.id < $1.id }.compactMap { partner in
            let ceiling = partner.askCeiling ?? defaultCeiling(partner)
            guard ceiling > .zero else { return nil }
            return AskablePartner(
                partnerID: partner.id, ceiling: ceiling, ceilingFromProfile: partner.askCeiling != nil,
                voteShare: totalVotes > 0 ? Double(partner.votes) / Double(totalVotes) : 0)
        }
    }

    /// A fifth of the partner's average yearly contribution over the years it gives anything.
    static func defaultCeiling(_ partner: NetworkProfile.Partner) -> Money {
        let years = Set(partner.contributions.map(\.year)).count
        guard years > 0 else { return .zero }
        let yearly = partner.totalContribution.cents / Int64(years)
        let cents = (yearly * Int64(defaultCeilingShare.value) + 5_000) / 10_000
        return Money(cents: cents / 100 * 100)
    }

    /// Per partner, what the plan asks and what that does to its share of the cash, and whether
    /// money then follows power; with the money-and-power readiness problems the asks cause
    /// (found on the profile with the asks granted, not found without them).
    static func summary(
        network: NetworkProfile, askable: [AskablePartner], asked: [String: [Money]], years: [Int],
        wording: Wording
    ) -> (asks: [PartnerAsk], findings: [ReadinessFinding]) {
        let declared = Dictionary(
            uniqueKeysWithValues: network.partners.map { partner in
                (
                    partner.id,
                    partner.contributions.filter { $0.kind == .cash && years.contains($0.year) }.reduce(Money.zero) {
                        $0 + $1.amount
                    }
                )
            })
        let totalDeclared = declared.values.reduce(Money.zero, +)
        let totalAsked = asked.values.flatMap { $0 }.reduce(Money.zero, +)
        let totalVotes = network.partners.reduce(0) { $0 + $1.votes }
        let before = MoneyAndPowerCheck(wording: wording).findings(for: network).filter { $0.severity == .problem }
        var after = network
        for index in after.partners.indices {
            let partner = after.partners[index]
            for (offset, amount) in (asked[partner.id] ?? []).enumerated() where amount > .zero {
                after.partners[index].contributions.append(
                    NetworkProfile.Contribution(
                        year: years[offset], kind: .cash, amount: amount, valuation: nil, description: nil))
            }
        }
        let newProblems = MoneyAndPowerCheck(wording: wording).findings(for: after).filter { finding in
            finding.severity == .problem
                && !before.contains { $0.code == finding.code && $0.partner == finding.partner }
        }
        let findings = newProblems.map { finding in
            var finding = finding
            finding.evidence.insert(
                wording(
                    "door wat het plan de partners vraagt (nieuw, af te spreken), als alles toegezegd wordt",
                    "because of what the plan asks the partners (new, to be agreed), if every ask is granted"),
                at: 0)
            return finding
        }
        let asks = askable.compactMap { item -> PartnerAsk? in
            guard let partner = network.partner(id: item.partnerID) else { return nil }
            let amounts = asked[item.partnerID] ?? years.map { _ in .zero }
            let own = declared[item.partnerID] ?? .zero
            var ask = PartnerAsk(
                partnerID: item.partnerID, name: partner.name, ceiling: item.ceiling,
                ceilingFromProfile: item.ceilingFromProfile, asked: amounts,
                cashShareBefore: Shares.basisPoints(own, of: totalDeclared),
                cashShareAfter: Shares.basisPoints(own + amounts.reduce(.zero, +), of: totalDeclared + totalAsked),
                voteShare: Shares.basisPoints(partner.votes, of: totalVotes),
                moneyFollowsPower: newProblems.contains { $0.partner == item.partnerID || $0.partner == nil }
                    && amounts.contains { $0 > .zero })
            ask.ceilingFromScenario = item.ceilingFromScenario
            return ask
        }
        return (asks, findings)
    }
}
