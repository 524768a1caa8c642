/// Coalitions in money and power: partners of one type, and the blocs a profile declares.
extension MoneyAndPowerCheck {
    /// A group of partners that may act together: partners of one type, or a bloc the profile
    /// declares; with the words the findings use for it.
    struct Coalition {
        var members: [NetworkProfile.Partner]
        /// "The X partners together pay…" / "The bloc ‘Y’ together pays…", in Dutch and English.
        var holds: (nl: String, en: String)
        /// "Among the X partners…" / "Within the bloc ‘Y’…".
        var among: (nl: String, en: String)
        /// "…from X partners" / "…from the bloc ‘Y’".
        var from: (nl: String, en: String)
        /// A declared bloc, rather than partners of one type.
        var isDeclared: Bool
    }

    /// Partners of one type (two or more, by type), then the declared blocs (in profile order).
    static func coalitions(_ partners: [NetworkProfile.Partner], blocs: [NetworkProfile.Bloc]) -> [Coalition] {
        var groups: [PartnerType: [NetworkProfile.Partner]] = [:]
        for partner in partners { groups[partner.type, default: []].append(partner) }
        var result: [Coalition] = []
        for type in groups.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
            let (nl, en) = (type.label(.nl), type.label(.en))
            result.append(
                Coalition(
                    members: groups[type] ?? [],
                    holds: (
                        "De partners van het type \(nl) betalen samen het meeste geld en hebben samen de meeste stemmen",
                        "The \(en) partners together pay most of the cash and hold most of the votes"
                    ),
                    among: ("Binnen de partners van het type \(nl)", "Among the \(en) partners"),
                    from: ("van partners van het type \(nl)", "from \(en) partners"), isDeclared: false))
        }
        for bloc in blocs {
            let members = partners.filter { bloc.members.contains($0.id) }
            result.append(
                Coalition(
                    members: members,
                    holds: (
                        "Het blok ‘\(bloc.name)’ betaalt samen het meeste geld en heeft samen de meeste stemmen",
                        "The bloc ‘\(bloc.name)’ together pays most of the cash and holds most of the votes"
                    ),
                    among: ("Binnen het blok ‘\(bloc.name)’", "Within the bloc ‘\(bloc.name)’"),
                    from: ("van het blok ‘\(bloc.name)’", "from the bloc ‘\(bloc.name)’"), isDeclared: true))
        }
        return result
    }

    /// Findings about partners acting together (of one type, or a declared bloc): a bloc holding
    /// most cash and votes, votes following cash inside the bloc, and cash depending on one group.
    func coalitionFindings(
        _ partners: [NetworkProfile.Partner], blocs: [NetworkProfile.Bloc], totalCash: Money, totalVotes: Int
    ) -> [ReadinessFinding] {
        var findings: [ReadinessFinding] = []
        let coalitions = Self.coalitions(partners, blocs: blocs)
        let types = Set(partners.map(\.type)).count
        for coalition in coalitions {
            let members = coalition.members
            guard members.count >= 2 else { continue }
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
                        message: wording(coalition.holds.nl, coalition.holds.en),
                        evidence: [
                            wording(
                                "\(members.count) partners (\(names)): \(cashShare.formatted(.nl)) van het geld, \(voteShare.formatted(.nl)) van de stemmen, \(headShare.formatted(.nl)) van de partners",
                                "\(members.count) partners (\(names)): \(cashShare.formatted(.en)) of the cash, \(voteShare.formatted(.en)) of the votes, \(headShare.formatted(.en)) of the partners"
                            )
                        ],
                        action: wording(
                            coalition.isDeclared
                                ? "Spreek af dat beslissingen ook de instemming van de partners buiten het blok vragen (dubbele meerderheid of consent), zodat geld en macht gescheiden blijven."
                                : "Spreek af dat beslissingen ook de instemming van de andere partnertypes vragen (dubbele meerderheid of consent), zodat geld en macht gescheiden blijven.",
                            coalition.isDeclared
                                ? "Agree that decisions also need the consent of the partners outside the bloc (a double majority or consent), so that money and power stay separate."
                                : "Agree that decisions also need the consent of the other partner types (a double majority or consent), so that money and power stay separate."
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
                                "\(coalition.among.nl) heeft wie meer betaalt meer stemmen",
                                "\(coalition.among.en), those who pay more have more votes"),
                            evidence: [
                                wording(
                                    "rangcorrelatie geld–stemmen \(Self.twoDecimals(correlation, .nl)) bij \(names)",
                                    "rank correlation cash–votes \(Self.twoDecimals(correlation, .en)) among \(names)")
                            ],
                            action: wording(
                                coalition.isDeclared
                                    ? "Geef elke partner van het blok evenveel stem, los van wat hij betaalt."
                                    : "Geef elke partner van dit type evenveel stem, los van wat hij betaalt.",
                                coalition.isDeclared
                                    ? "Give every partner of the bloc an equal say, whatever they pay."
                                    : "Give every partner of this type an equal say, whatever they pay.")
                        ))
                }
            }
        }
        // Dependency: the cash from one type (when there are several) or one bloc (smaller than
        // the whole network).
        guard totalCash > .zero else { return findings }
        for coalition in coalitions
        where coalition.isDeclared ? coalition.members.count < partners.count : types >= 2 {
            let cash = coalition.members.reduce(Money.zero) { $0 + $1.cashContribution }
            let share = Shares.basisPoints(cash, of: totalCash)
            guard share >= Self.dependentShare else { continue }
            findings.append(
                ReadinessFinding(
                    check: .moneyAndPower, severity: .advice, code: "power.cash-from-one-type",
                    message: wording(
                        "Het geld komt bijna helemaal \(coalition.from.nl)",
                        "The cash comes almost entirely \(coalition.from.en)"),
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
        return findings
    }
}
