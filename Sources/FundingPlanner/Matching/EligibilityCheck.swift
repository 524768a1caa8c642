/// Whether a network may use a revenue model, from the model's `<eligibility>` and the network's
/// profile, with the reasons in the reader's language.
public struct EligibilityVerdict: Sendable, Hashable {
    /// Eligible, not eligible, or not decidable from the data.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        /// Nothing in the data stands against it.
        case eligible
        /// The data cannot decide (a region whose municipalities were not verified, an applicant
        /// whose legal form is not known); the network must check.
        case unconfirmed
        /// A rule of the model excludes this network.
        case ineligible
    }

    /// The verdict.
    public var status: Status
    /// Why the network is not eligible ("not eligible: Genk is not in a LEADER area").
    public var reasons: [String] = []
    /// What could not be confirmed and what to check ("unconfirmed: …").
    public var checks: [String] = []
    /// Whether the phase alone stands against it (a later plan year may open it).
    public var failsOnlyOnPhase = false
}

/// Checks a model's eligibility rules against a network.
///
/// The rules, in this order:
/// - **region**: the network's municipalities (NIS codes; else the province of its `region`)
///   against each region the model names: a municipality, its arrondissement, its province or
///   the Flemish Region among a region's parts makes it eligible; none of them in any region whose
///   extent is known makes it ineligible; a region whose parts are not listed (the LEADER areas,
///   `membership="unverified"`) leaves it unconfirmed;
/// - **phase**: the network's maturity stage must be one of the model's phases;
/// - **partner requirements**: partners in another country (`country` other than BE), across
///   the border (NL, FR, DE, LU), or local governments, at least the minimum;
/// - **legal form**: the network's own form, or for a hosted network or one without legal
///   personality a partner whose type has an allowed form (a local government, an employment
///   service or a public library, which is a service of its municipality, is a public body; an
///   NGO a nonprofit association; any partner but a citizens' group for "legal entity"); a
///   hosted network applies through its host; otherwise unconfirmed: which partner applies is the
///   network's to check.
public enum EligibilityCheck {
    /// The verdict for `model` and `network` at maturity `stage`.
    public static func verdict(
        _ model: RevenueModel, network: NetworkProfile, stage: MaturityStage, regions: RegionList, language: Language
    ) -> EligibilityVerdict {
        let rules = model.eligibility
        guard
            !(rules.regions.isEmpty && rules.phases.isEmpty && rules.legalForms.isEmpty
                && rules.partnerRequirements.isEmpty)
        else { return EligibilityVerdict(status: .eligible) }
        let wording = Wording(language: language)
        var reasons: [String] = []
        var checks: [String] = []
        var phaseFails = false
        if !rules.regions.isEmpty {
            switch region(rules.regions, network: network, regions: regions, language: language) {
            case .inside: break
            case .outside(let reason): reasons.append(reason)
            case .unknown(let check): checks.append(check)
            }
        }
        if !rules.phases.isEmpty && !rules.phases.contains(stage) {
            phaseFails = true
            let phases = rules.phases.map { $0.label(language) }.joined(separator: wording(" of ", " or "))
            reasons.append(
                wording(
                    "het netwerk is nu \(stage.label(.nl)); deze bron staat alleen open voor netwerken die \(phases) zijn",
                    "the network is \(stage.label(.en)) now; this source is open only to networks that are \(phases)"))
        }
        for rule in rules.partnerRequirements {
            let count = partnerCount(rule.requirement, network: network)
            guard count < rule.minimum else { continue }
            reasons.append(
                wording(
                    "nodig: \(rule.requirement.label(.nl))"
                        + (rule.minimum > 1 ? " (minstens \(rule.minimum))" : "") + ", het netwerk heeft er \(count)"
                        + (rule.requirement == .partnerAbroad || rule.requirement == .partnerAcrossBorder
                            ? " (het land van een partner staat in zijn attribuut country)" : ""),
                    "needs \(rule.requirement.label(.en))" + (rule.minimum > 1 ? " (at least \(rule.minimum))" : "")
                        + ", the network has \(count)"
                        + (rule.requirement == .partnerAbroad || rule.requirement == .partnerAcrossBorder
                            ? " (a partner's country is its country attribute)" : "")))
        }
        if !rules.legalForms.isEmpty && !legalFormFits(rules.legalForms, network: network) {
            let forms = rules.legalForms.map { $0.label(language) }.joined(separator: wording(" of ", " or "))
            checks.append(
                wording(
                    "de aanvrager moet een \(forms) zijn en het netwerk is \(network.legalForm.label(.nl)): ga na welke partner dat is en voor het netwerk kan indienen",
                    "the applicant must be a \(forms) and the network is \(network.legalForm.label(.en)): check which partner is one and can apply for the network"
                ))
        }
        let notEligible = wording("niet in aanmerking: ", "not eligible: ")
        let unconfirmed = wording("niet bevestigd: ", "unconfirmed: ")
        if !reasons.isEmpty {
            return EligibilityVerdict(
                status: .ineligible, reasons: reasons.map { notEligible + $0 }, checks: checks.map { unconfirmed + $0 },
                failsOnlyOnPhase: phaseFails && reasons.count == 1)
        }
        return EligibilityVerdict(
            status: checks.isEmpty ? .eligible : .unconfirmed, checks: checks.map { unconfirmed + $0 })
    }

    /// Partner countries across Belgium's borders.
    static let neighbours: Set<String> = ["NL", "FR", "DE", "LU"]

    static func partnerCount(_ requirement: PartnerRequirement, network: NetworkProfile) -> Int {
        switch requirement {
        case .partnerAbroad: network.partners.filter { $0.country != "BE" }.count
        case .partnerAcrossBorder: network.partners.filter { neighbours.contains($0.country) }.count
        case .localGovernmentPromoter, .localGovernmentPartner:
            network.partners.filter { $0.type == .localGovernment }.count
        }
    }

    static func legalFormFits(_ allowed: [LegalForm], network: NetworkProfile) -> Bool {
        switch network.legalForm {
        case .nonprofitAssociation, .cooperative, .publicBody:
            if allowed.contains(where: { Feasibility.satisfies(network.legalForm, $0) }) { return true }
        case .hosted, .withoutLegalPersonality:
            break
        }
        // A partner applies for the network: the host when there is one, otherwise any partner.
        let hosts = network.partners.filter { $0.roles.contains(.host) }
        let applicants = network.legalForm == .hosted && !hosts.isEmpty ? hosts : network.partners
        return applicants.contains { partner in
            allowed.contains { form in
                switch form {
                case .any: true
                case .legalEntity: partner.type != .citizensGroup
                case .publicBody:
                    partner.type == .localGovernment || partner.type == .employmentService || partner.type == .library
                case .nonprofitAssociation: partner.type == .ngo
                case .cooperative: false
                }
            }
        }
    }
}
