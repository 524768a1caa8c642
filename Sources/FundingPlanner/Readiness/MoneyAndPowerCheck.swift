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
/// Coalitions, for partners of one type (two or more), which each alone may stay under the
/// thresholds: a bloc that pays more than half of the cash and holds more than half of the votes
/// (`power.bloc-holds-cash-and-votes`; a problem when its votes also exceed its head count's
/// share by 10 points); votes that follow cash inside the bloc (`power.votes-follow-cash-in-group`);
/// and the cash coming for at least 75 % from one partner type (`power.cash-from-one-type`).
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
        findings += coalitionFindings(partners, totalCash: totalCash, totalVotes: totalVotes)
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

    /// Findings about partners of one type acting together: a bloc holding most cash and votes,
    /// votes following cash inside the bloc, and cash depending on one type.
    private func coalitionFindings(_ partners: [NetworkProfile.Partner], totalCash: Money, totalVotes: Int)
        -> [ReadinessFinding]
    {
        var findings: [ReadinessFinding] = []
        var groups: [PartnerType: [NetworkProfile.Partner]] = [:]
        for partner in partners { groups[partner.type, default: []].append(partner) }
        let types = groups.keys.sorted { $0.rawValue < $1.rawValue }
        for type in types {
            guard let members = groups[type], members.count >= 2 else { continue }
            let label = type.label(wording.language)
            let cash = members.reduce(Money.zero) { $0 + $1.cashContribution }
            let votes = members.reduce(0) { $0 + $1.votes }
            let cashShare = Shares.basisPoints(cash, of: totalCash)
            let voteShare = Shares.basisPoints(votes, of: totalVotes)
            let headShare = Shares.basisPoints(members.count, of: partners.count)
            let names = members.map(\.id).joined(separator: ", ")
            if cashShare.value > Self.blocShare && voteShare.value > Self.blocShare {
                let aboveHeads = voteShare.value >= headShare.value + Self.aboveEqual
                findings.append(
                    ReadinessFinding(
                        check: .moneyAndPower, severity: aboveHeads ? .problem : .warning,
                        code: "power.bloc-holds-cash-and-votes",
                        message: wording(
                            "De partners van het type \(label) betalen samen het meeste geld en hebben samen de meeste stemmen",
                            "The \(label) partners together pay most of the cash and hold most of the votes"),
                        evidence: [
                            wording(
                                "\(members.count) partners (\(names)): \(cashShare.formatted(.nl)) van het geld, \(voteShare.formatted(.nl)) van de stemmen, \(headShare.formatted(.nl)) van de partners",
                                "\(members.count) partners (\(names)): \(cashShare.formatted(.en)) of the cash, \(voteShare.formatted(.en)) of the votes, \(headShare.formatted(.en)) of the partners"
                            )
                        ],
                        action: wording(
                            "Spreek af dat beslissingen ook de instemming van de andere partnertypes vragen (dubbele meerderheid of consent), zodat geld en macht gescheiden blijven.",
                            "Agree that decisions also need the consent of the other partner types (a double majority or consent), so that money and power stay separate."
                        )
                    ))
            }
            let memberVotes = members.map(\.votes)
            if Set(memberVotes).count > 1, cash > .zero {
                let correlation = Self.rankCorrelation(
                    members.map { Double($0.cashContribution.cents) }, memberVotes.map(Double.init))
                if correlation >= 0.8 {
                    findings.append(
                        ReadinessFinding(
                            check: .moneyAndPower, severity: .warning, code: "power.votes-follow-cash-in-group",
                            message: wording(
                                "Binnen de partners van het type \(label) heeft wie meer betaalt meer stemmen",
                                "Among the \(label) partners, those who pay more have more votes"),
                            evidence: [
                                wording(
                                    "rangcorrelatie geld–stemmen \(Self.twoDecimals(correlation, .nl)) bij \(names)",
                                    "rank correlation cash–votes \(Self.twoDecimals(correlation, .en)) among \(names)")
                            ],
                            action: wording(
                                "Geef elke partner van dit type evenveel stem, los van wat hij betaalt.",
                                "Give every partner of this type an equal say, whatever they pay.")
                        ))
                }
            }
        }
        if totalCash > .zero, types.count >= 2 {
            for type in types {
                let cash = (groups[type] ?? []).reduce(Money.zero) { $0 + $1.cashContribution }
                let share = Shares.basisPoints(cash, of: totalCash)
                guard share >= Self.dependentShare else { continue }
                let label = type.label(wording.language)
                findings.append(
                    ReadinessFinding(
                        check: .moneyAndPower, severity: .advice, code: "power.cash-from-one-type",
                        message: wording(
                            "Het geld komt bijna helemaal van partners van het type \(label)",
                            "The cash comes almost entirely from \(label) partners"),
                        evidence: [
                            wording(
                                "\(share.formatted(.nl)) van \(totalCash.formatted(.nl)) geld",
                                "\(share.formatted(.en)) of \(totalCash.formatted(.en)) cash")
                        ],
                        action: wording(
                            "Zoek ook geld bij andere soorten partners of bronnen, en geef de financiers daarom geen extra zeggenschap.",
                            "Look for cash from other kinds of partners or sources too, and give the funders no extra say for it."
                        )
                    ))
            }
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
