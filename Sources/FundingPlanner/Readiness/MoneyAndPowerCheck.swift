/// Checks that money and power are separated (seed: every organisation is needed, so all are equal).
///
/// The kind of contribution must not decide influence. In-kind contributions count as
/// contributions.
///
/// Flags a partner whose vote share and cash share are both at least 40 % while its votes exceed
/// an equal share by 10 points or more; a veto over the network's decisions held by a partner
/// that pays cash; and, across partners, vote shares that rise with cash shares (rank correlation
/// ≥ 0.8 with unequal votes). A veto limited to the use of the partner's own subsidy (the
/// conditions a grant regulation sets) is advice, not a warning.
///
/// Coalitions, for partners of one type (two or more) and for each bloc the profile declares
/// (`<blocs>`), whose members each alone may stay under the thresholds: a bloc that pays more than half of the cash and holds more than half of the votes
/// (`power.bloc-holds-cash-and-votes`; a problem when its votes also exceed its head count's
/// share by 10 points); votes that follow cash inside the bloc (`power.votes-follow-cash-in-group`);
/// and the cash coming for at least 75 % from one partner type or one declared bloc
/// (`power.cash-from-one-type`).
struct MoneyAndPowerCheck {
    static let heavyShare = BasisPoints(4000)
    static let aboveEqual = 1000
    /// More than this share of the cash and of the votes makes a bloc hold most of both.
    static let blocShare = 5000
    /// The cash depends on one partner type from this share.
    static let dependentShare = BasisPoints(7500)

    let wording: Wording

    func findings(for profile: NetworkProfile) -> [ReadinessFinding] {
        var findings: [ReadinessFinding] = []
        let partners = profile.partners.sorted { $0.id < $1.id }
        let totalCash = partners.reduce(Money.zero) { $0 + $1.cashContribution }
        let totalVotes = partners.reduce(0) { $0 + $1.votes }
        let equalShare = partners.isEmpty ? 0 : 10_000 / partners.count
        for partner in partners {
            let cash = Shares.basisPoints(partner.cashContribution, of: totalCash)
            let votes = Shares.basisPoints(partner.votes, of: totalVotes)
            if cash >= Self.heavyShare && votes >= Self.heavyShare && votes.value >= equalShare + Self.aboveEqual {
                findings.append(
                    ReadinessFinding(
                        check: .moneyAndPower, severity: .problem, code: "power.follows-money", partner: partner.id,
                        message: wording(
                            "Invloed volgt geld bij \(partner.name)", "Influence follows money for \(partner.name)"),
                        evidence: [
                            wording(
                                "\(cash.formatted(.nl)) van het geld, \(votes.formatted(.nl)) van de stemmen (gelijk deel: \(BasisPoints(equalShare).formatted(.nl)))",
                                "\(cash.formatted(.en)) of the cash, \(votes.formatted(.en)) of the votes (equal share: \(BasisPoints(equalShare).formatted(.en)))"
                            )
                        ],
                        action: wording(
                            "Geef elke partner evenveel stem, los van wat hij betaalt; leg dat vast in het waardenkader.",
                            "Give every partner an equal say, whatever they pay; write it into the value framework.")
                    ))
            }
            if partner.hasVeto && partner.vetoScope == .ownSubsidy {
                findings.append(
                    ReadinessFinding(
                        check: .moneyAndPower, severity: .advice, code: "power.veto-own-subsidy", partner: partner.id,
                        message: wording(
                            "Het veto van \(partner.name) geldt alleen voor het gebruik van zijn eigen subsidie",
                            "\(partner.name)'s veto covers only the use of its own subsidy"),
                        evidence: [
                            wording(
                                "geldbijdrage \(partner.cashContribution.formatted(.nl)), veto: alleen over de eigen subsidie",
                                "cash contribution \(partner.cashContribution.formatted(.en)), veto: only over its own subsidy"
                            )
                        ],
                        action: wording(
                            "Leg de voorwaarden vast in de subsidieovereenkomst (bestemming, verantwoording, terugvordering); over de andere beslissingen van het netwerk beslissen alle partners gelijk.",
                            "Write the conditions into the subsidy agreement (earmarking, reporting, clawback); all partners decide equally on the network's other decisions."
                        )
                    ))
            } else if partner.hasVeto {
                let pays = partner.cashContribution > .zero
                findings.append(
                    ReadinessFinding(
                        check: .moneyAndPower, severity: pays ? .problem : .warning,
                        code: pays ? "power.funder-veto" : "power.veto", partner: partner.id,
                        message: pays
                            ? wording(
                                "\(partner.name) betaalt en heeft een veto", "\(partner.name) pays and holds a veto")
                            : wording("\(partner.name) heeft een veto", "\(partner.name) holds a veto"),
                        evidence: [
                            wording(
                                "geldbijdrage \(partner.cashContribution.formatted(.nl)), veto: ja",
                                "cash contribution \(partner.cashContribution.formatted(.en)), veto: yes")
                        ],
                        action: wording(
                            "Schaf het veto af of geef het aan alle partners samen (consent); een financier mag geen beslissingen blokkeren.",
                            "Drop the veto or give it to all partners together (consent); a funder must not be able to block decisions."
                        )
                    ))
            }
        }
        let votes = partners.map(\.votes)
        if Set(votes).count > 1, partners.count >= 3, totalCash > .zero {
            let correlation = Self.rankCorrelation(
                partners.map { Double($0.cashContribution.cents) }, votes.map(Double.init))
            if correlation >= 0.8 {
                findings.append(
                    ReadinessFinding(
                        check: .moneyAndPower, severity: .warning, code: "power.votes-rise-with-cash",
                        message: wording(
                            "Wie meer betaalt, heeft meer stemmen", "Partners who pay more have more votes"),
                        evidence: [
                            wording(
                                "rangcorrelatie geld–stemmen \(Self.twoDecimals(correlation, .nl))",
                                "rank correlation cash–votes \(Self.twoDecimals(correlation, .en))")
                        ],
                        action: wording(
                            "Maak stemgewicht onafhankelijk van de bijdrage.",
                            "Make voting weight independent of the contribution.")
                    ))
            }
        }
        findings += coalitionFindings(partners, blocs: profile.blocs, totalCash: totalCash, totalVotes: totalVotes)
        let inKind = partners.flatMap(\.contributions).filter { $0.kind != .cash }.reduce(Money.zero) { $0 + $1.amount }
        if !findings.contains(where: { $0.severity >= .warning }) {
            findings.append(
                ReadinessFinding(
                    check: .moneyAndPower, severity: .ok, code: "power.separated",
                    message: wording("Geld en macht zijn gescheiden", "Money and power are separated"),
                    evidence: [
                        wording(
                            "stemmen: \(votes.map(String.init).joined(separator: "/")); geen veto van een financier over de beslissingen van het netwerk; bijdragen in natura, personeelsinzet en vrijwilligersuren tellen mee (\(inKind.formatted(.nl)))",
                            "votes: \(votes.map(String.init).joined(separator: "/")); no funder veto over the network's decisions; contributions in kind, staff time and volunteer hours count (\(inKind.formatted(.en)))"
                        )
                    ]
                ))
        }
        return findings
    }

    /// Spearman rank correlation (average ranks for ties).
    static func rankCorrelation(_ first: [Double], _ second: [Double]) -> Double {
        let a = ranks(first)
        let b = ranks(second)
        let meanA = a.reduce(0, +) / Double(a.count)
        let meanB = b.reduce(0, +) / Double(b.count)
        var covariance = 0.0
        var varianceA = 0.0
        var varianceB = 0.0
        for index in a.indices {
            covariance += (a[index] - meanA) * (b[index] - meanB)
            varianceA += (a[index] - meanA) * (a[index] - meanA)
            varianceB += (b[index] - meanB) * (b[index] - meanB)
        }
        guard varianceA > 0, varianceB > 0 else { return 0 }
        return covariance / (varianceA * varianceB).squareRoot()
    }

    static func ranks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var result = Array(repeating: 0.0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count && values[order[end + 1]] == values[order[start]] { end += 1 }
            let rank = Double(start + end) / 2 + 1
            for position in start...end { result[order[position]] = rank }
            start = end + 1
        }
        return result
    }

    static func twoDecimals(_ value: Double, _ language: Language) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let fraction = magnitude % 100
        return sign + "\(magnitude / 100)" + (language == .nl ? "," : ".") + (fraction < 10 ? "0" : "") + "\(fraction)"
    }
}
