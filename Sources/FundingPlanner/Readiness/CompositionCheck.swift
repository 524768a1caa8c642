/// Differentiating and integrating (seed): which partner types the themes need, partners who
/// give nothing and have no role (free riders), companies without role or contribution that share
/// a sector with another company in the network (spies: they may join to watch competitors), one
/// partner carrying nearly everything, and starting with too many partners while young.
struct CompositionCheck {
    /// Partner types a theme usually needs.
    ///
    /// A planning heuristic, documented in the README.
    static let neededTypes: [String: [PartnerType]] = [
        "hospitality": [.company, .trainingCentre],
        "work-and-employment": [.company, .employmentService],
        "digital-skills": [.library, .school],
        "lifelong-learning": [.trainingCentre],
        "community-and-neighbourhood": [.localGovernment, .citizensGroup],
        "technical-skills": [.company, .school],
        "social-inclusion": [.ngo],
        "language-and-integration": [.ngo, .trainingCentre],
        "youth": [.school],
        "entrepreneurship": [.company],
        "culture-and-creativity": [.ngo],
        "sustainability": [.localGovernment],
        "health-and-wellbeing": [.ngo],
    ]
    /// Share of all contributions above which one partner "carries" the network.
    static let dominantShare = BasisPoints(6000)
    /// A young network (under a year) with more partners than this starts with too many.
    static let manyPartnersWhenYoung = 8

    let wording: Wording

    func findings(for profile: NetworkProfile, ageInMonths: Int) -> [ReadinessFinding] {
        var findings: [ReadinessFinding] = []
        let present = Set(profile.partners.map(\.type))
        var missing: [PartnerType] = []
        for theme in profile.themes.sorted() {
            for type in Self.neededTypes[theme] ?? [] where !present.contains(type) && !missing.contains(type) {
                missing.append(type)
            }
        }
        if missing.isEmpty {
            findings.append(
                ReadinessFinding(
                    check: .composition, severity: .ok, code: "composition.types-present",
                    message: wording(
                        "De partnertypes die de thema's vragen zijn aanwezig",
                        "The partner types the themes need are present"),
                    evidence: [
                        wording("aanwezig: ", "present: ")
                            + present.map { $0.label(wording.language) }.sorted().joined(separator: ", ")
                    ]
                ))
        } else {
            findings.append(
                ReadinessFinding(
                    check: .composition, severity: .advice, code: "composition.types-missing",
                    message: wording(
                        "Partnertypes die de thema's vragen ontbreken", "Partner types the themes need are missing"),
                    evidence: [
                        wording("ontbreekt: ", "missing: ")
                            + missing.map { $0.label(wording.language) }.joined(separator: ", ")
                    ],
                    action: wording(
                        "Ga na of een partner van dit type nodig is om het doel te bereiken: zoveel partners als nodig, niet meer.",
                        "Check whether a partner of this type is needed to reach the purpose: as many partners as needed, no more."
                    )
                ))
        }
        let companiesBySector = Dictionary(
            grouping: profile.partners.filter { $0.type == .company && $0.sector != nil }
        ) { $0.sector ?? "" }
        for partner in profile.partners.sorted(by: { $0.id < $1.id })
        where partner.roles.isEmpty && partner.contributions.isEmpty {
            if partner.type == .company, let sector = partner.sector, let peers = companiesBySector[sector],
                peers.count >= 2
            {
                let others = peers.filter { $0.id != partner.id }.map(\.name).sorted()
                findings.append(
                    ReadinessFinding(
                        check: .composition, severity: .warning, code: "composition.spy", partner: partner.id,
                        message: wording(
                            "\(partner.name) heeft geen rol en draagt niets bij, maar zit in dezelfde sector als \(others.joined(separator: ", "))",
                            "\(partner.name) has no role and contributes nothing, but works in the same sector as \(others.joined(separator: ", "))"
                        ),
                        evidence: [
                            wording(
                                "sector: \(sector); rollen: geen; bijdragen: geen; \(peers.count) bedrijven uit deze sector in het netwerk",
                                "sector: \(sector); roles: none; contributions: none; \(peers.count) companies of this sector in the network"
                            )
                        ],
                        action: wording(
                            "Vraag wat dit bedrijf komt doen: wie alleen de concurrentie komt bekijken, is een spion. Spreek af dat wat in het netwerk gedeeld wordt vertrouwelijk blijft, en vraag een rol of een bijdrage, of laat het bedrijf niet deelnemen.",
                            "Ask what this company comes for: one that only joins to watch its competitors is a spy. Agree that what is shared in the network stays confidential, and ask for a role or a contribution, or let the company go."
                        )
                    ))
                continue
            }
            findings.append(
                ReadinessFinding(
                    check: .composition, severity: .warning, code: "composition.free-rider", partner: partner.id,
                    message: wording(
                        "\(partner.name) heeft geen rol en draagt niets bij",
                        "\(partner.name) has no role and contributes nothing"),
                    evidence: [wording("rollen: geen; bijdragen: geen", "roles: none; contributions: none")],
                    action: wording(
                        "Bespreek met deze partner wat hij inbrengt (tijd, ruimte, expertise, geld) of wat hij komt halen; pas op voor free riders en subsidiejagers.",
                        "Ask this partner what they bring (time, space, expertise, money) or what they come for; beware of free riders and subsidy hunters."
                    )
                ))
        }
        let total = profile.partners.reduce(Money.zero) { $0 + $1.totalContribution }
        if total > .zero,
            let top = profile.partners.max(by: { ($0.totalContribution, $1.id) < ($1.totalContribution, $0.id) })
        {
            let share = Shares.basisPoints(top.totalContribution, of: total)
            if share >= Self.dominantShare {
                findings.append(
                    ReadinessFinding(
                        check: .composition, severity: .warning, code: "composition.dominant-partner", partner: top.id,
                        message: wording(
                            "\(top.name) draagt het grootste deel van alle bijdragen",
                            "\(top.name) carries most of all contributions"),
                        evidence: [
                            wording(
                                "\(share.formatted(.nl)) van \(total.formatted(.nl)) (geld en in natura)",
                                "\(share.formatted(.en)) of \(total.formatted(.en)) (cash and in kind)")
                        ],
                        action: wording(
                            "Spreid de bijdragen: elke partner is nodig, geen enkele is alleen voldoende; een netwerk dat op één partner steunt, valt met die partner.",
                            "Spread the contributions: every partner is needed, none is enough alone; a network resting on one partner falls with it."
                        )
                    ))
            }
        }
        if ageInMonths < 12 && profile.partners.count > Self.manyPartnersWhenYoung {
            findings.append(
                ReadinessFinding(
                    check: .composition, severity: .advice, code: "composition.too-many-too-soon",
                    message: wording("Veel partners voor een jong netwerk", "Many partners for a young network"),
                    evidence: [
                        wording(
                            "\(profile.partners.count) partners, \(ageInMonths) maanden oud",
                            "\(profile.partners.count) partners, \(ageInMonths) months old")
                    ],
                    action: wording(
                        "Start met de partners bij wie de goesting het grootst is en laat anderen later aansluiten.",
                        "Start with the partners who are keenest and let others join later.")
                ))
        }
        if !profile.partners.contains(where: { $0.roles.contains(.puller) }) {
            findings.append(
                ReadinessFinding(
                    check: .composition, severity: .advice, code: "composition.no-puller",
                    message: wording("Geen trekker (vuurtoren) aangeduid", "No puller (lighthouse) named"),
                    action: wording(
                        "Duid een of twee trekkers aan die anderen meenemen.",
                        "Name one or two pullers who draw the others in.")
                ))
        }
        return findings
    }
}
