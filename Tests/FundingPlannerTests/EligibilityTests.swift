import Testing

@testable import FundingPlanner

/// Eligibility from the catalogue's data, in matching and planning (issue 13, item 6).
@Suite struct EligibilityTests {
    /// A copy of catalogue model `id` with other eligibility rules.
    func model(_ id: String, _ change: (inout Eligibility) -> Void) throws -> RevenueModel {
        var model = try #require(Examples.catalogue.model(id: id))
        change(&model.eligibility)
        return model
    }

    func verdict(
        _ model: RevenueModel, _ network: NetworkProfile, stage: MaturityStage = .growing,
        regions: RegionList = Examples.catalogue.regions, _ language: Language
    ) -> EligibilityVerdict {
        EligibilityCheck.verdict(model, network: network, stage: stage, regions: regions, language: language)
    }

    /// A region list in which one LEADER area's municipalities are verified.
    static let verifiedLeader = RegionList(regions: [
        RegionList.Region(
            id: "leader-meetjesland-leievallei", kind: "leader-area", membership: .verified,
            name: LocalizedText([("nl", "LEADER-gebied Meetjesland – Leievallei"), ("en", "LEADER area Meetjesland")]),
            parts: ["43002", "43005"], sources: ["https://example.org/test-only"])
    ])

    @Test(arguments: [
        (Language.nl, "niet in aanmerking: Gent ligt niet in een LEADER-gebied"),
        (Language.en, "not eligible: Gent is not in a LEADER area"),
    ])
    func aCityOutsideEveryVerifiedLeaderAreaIsNotEligible(language: Language, expected: String) throws {
        var network = Examples.network("digital-skills-libraries")
        network.municipalities = [NetworkProfile.Municipality(nisCode: "44021", name: "Gent")]
        let leader = try model("leader-rural-fund") {
            $0.regions = [RegionCode(rawValue: "leader-meetjesland-leievallei")]
        }
        let result = verdict(leader, network, regions: Self.verifiedLeader, language)
        #expect(result.status == .ineligible)
        #expect(result.reasons == [expected])
        // A municipality inside the verified area is eligible.
        network.municipalities.append(NetworkProfile.Municipality(nisCode: "43005", name: "Eeklo"))
        #expect(verdict(leader, network, regions: Self.verifiedLeader, language).status == .eligible)
    }

    @Test(arguments: [Language.nl, .en])
    func unverifiedLeaderMembershipIsUnconfirmedNeverIneligible(language: Language) throws {
        let network = Examples.network("social-restaurant")
        let leader = try #require(Examples.catalogue.model(id: "leader-rural-fund"))
        let result = verdict(leader, network, language)
        #expect(result.status == .unconfirmed)
        #expect(result.reasons.isEmpty)
        let check = try #require(result.checks.first)
        #expect(check.hasPrefix(language == .nl ? "niet bevestigd: " : "unconfirmed: "))
        #expect(check.contains("Genk") && check.contains("LEADER") && check.contains("VLM"))
        // Ranked, with what to check; never in the plan unless pinned.
        let match = try #require(
            Matcher.match(network, catalogue: Examples.catalogue, language: language).matches.first {
                $0.modelID == "leader-rural-fund"
            })
        #expect(match.eligibilityChecks == result.checks)
    }

    @Test func provincesAndArrondissementsDecideFromTheMunicipalityCode() throws {
        let network = Examples.network("technical-companies")  // Kortrijk and three neighbours (34…)
        let inside = try model("provincial-project-fund") {
            $0.regions = [RegionCode(rawValue: "province-west-vlaanderen")]
        }
        #expect(verdict(inside, network, .en).status != .ineligible)
        let interreg = try model("provincial-project-fund") {
            // Arrondissement 34000 is among its parts.
            $0.regions = [RegionCode(rawValue: "interreg-vlaanderen-nederland")]
            $0.legalForms = []
        }
        #expect(verdict(interreg, network, .en).status == .eligible)
        let elsewhere = try model("provincial-project-fund") { $0.regions = [RegionCode(rawValue: "province-limburg")] }
        let result = verdict(elsewhere, network, .nl)
        #expect(result.status == .ineligible)
        #expect(
            result.reasons == [
                "niet in aanmerking: Kortrijk, Harelbeke, Waregem en Wevelgem liggen niet in Provincie Limburg"
            ])
    }

    @Test func withoutMunicipalitiesTheProvinceDecidesWhatItCan() throws {
        var network = Examples.network("social-restaurant")
        network.municipalities = []
        let limburg = try model("provincial-project-fund") { $0.regions = [RegionCode(rawValue: "province-limburg")] }
        let antwerp = try model("provincial-project-fund") { $0.regions = [RegionCode(rawValue: "province-antwerpen")] }
        let ghent = try model("provincial-project-fund") { $0.regions = [RegionCode(rawValue: "city-gent")] }
        #expect(verdict(limburg, network, .en).status != .ineligible)
        #expect(verdict(antwerp, network, .en).reasons == ["not eligible: Genk is not in Province of Antwerp"])
        #expect(verdict(ghent, network, .en).reasons == ["not eligible: Genk is not in City of Ghent"])
        // A network that names all of Flanders cannot be placed in one province.
        network.region = NetworkProfile.Region(code: "BE-VLG", name: "Vlaanderen")
        let flanders = verdict(antwerp, network, .nl)
        #expect(flanders.status == .unconfirmed)
        #expect(flanders.checks.first?.hasPrefix("niet bevestigd: of Vlaanderen in Provincie Antwerpen ligt") == true)
    }

    @Test(arguments: [Language.nl, .en])
    func erasmusNeedsAPartnerAbroad(language: Language) throws {
        var network = Examples.network("digital-skills-libraries")
        let result = Matcher.match(network, catalogue: Examples.catalogue, language: language)
        #expect(!result.matches.contains { $0.modelID == "erasmus-plus-partnership" })
        let listed = try #require(result.ineligible.first { $0.modelID == "erasmus-plus-partnership" })
        #expect(
            listed.reasons.first?.hasPrefix(
                language == .nl
                    ? "niet in aanmerking: nodig: een partner in een ander land"
                    : "not eligible: needs a partner in another country")
                == true, "\(listed.reasons)")
        network.partners[0].country = "NL"
        let abroad = Matcher.match(network, catalogue: Examples.catalogue, language: language)
        #expect(abroad.matches.contains { $0.modelID == "erasmus-plus-partnership" })
        #expect(!abroad.ineligible.contains { $0.modelID == "erasmus-plus-partnership" })
    }

    @Test func thePhaseDecidesBetweenTheTwoESFCalls() throws {
        let network = Examples.network("social-restaurant")
        let formation = try #require(Examples.catalogue.model(id: "esf-network-formation"))
        let mature = try #require(Examples.catalogue.model(id: "esf-mature-network"))
        #expect(verdict(formation, network, stage: .forming, .en).status == .eligible)
        let late = verdict(formation, network, stage: .mature, .en)
        #expect(late.status == .ineligible && late.failsOnlyOnPhase)
        #expect(
            late.reasons == [
                "not eligible: the network is mature now; this source is open only to networks that are forming or growing"
            ])
        #expect(verdict(mature, network, stage: .forming, .nl).reasons.first?.contains("matuur") == true)
    }

    @Test func aLocalGovernmentPartnerIsRequiredWhereTheModelSaysSo() throws {
        var network = Examples.network("social-restaurant")
        let support = try #require(Examples.catalogue.model(id: "social-economy-employment-support"))
        network.partners.removeAll { $0.type == .localGovernment }
        let result = verdict(support, network, .nl)
        #expect(result.status == .ineligible)
        #expect(result.reasons.first?.contains("een lokaal bestuur (of OCMW) als partner") == true)
    }

    @Test func aHostedNetworkAppliesThroughAPartnerOfAnAllowedForm() throws {
        var network = Examples.network("digital-skills-libraries")
        let fund = try model("provincial-project-fund") { $0.regions = [] }
        network.partners = network.partners.map {
            var partner = $0
            partner.type = .school
            return partner
        }
        let unsure = verdict(fund, network, .en)
        #expect(unsure.status == .unconfirmed)
        #expect(
            unsure.checks.first?.contains("the applicant must be a nonprofit association (vzw) or public body") == true)
        network.partners[0].type = .localGovernment
        network.partners[0].roles = [.host]
        network.legalForm = .hosted
        #expect(verdict(fund, network, .en).status == .eligible)
    }

    // MARK: Planning

    func plannedModels(_ network: NetworkProfile) throws -> Set<String> {
        let plan = try Planner.plan(PlanTests.inputs(network), settings: PlanTests.settings())
        return Set(plan.sources.map(\.modelID))
    }

    @Test func thePlannerNeverChoosesAnIneligibleOrUnconfirmedModel() throws {
        let genk = try plannedModels(Examples.network("social-restaurant"))
        #expect(!genk.contains("leader-rural-fund"))
        #expect(!genk.contains("erasmus-plus-partnership"))
        let kortrijk = try plannedModels(Examples.network("technical-companies"))
        #expect(!(kortrijk.contains("esf-network-formation") && kortrijk.contains("esf-mature-network")))
        #expect(!kortrijk.contains("leader-rural-fund"))
    }

    @Test func ofTwoModelsThatExcludeEachOtherThePinnedOneStays() throws {
        let formation = try #require(Examples.catalogue.model(id: "esf-network-formation"))
        let mature = try #require(Examples.catalogue.model(id: "esf-mature-network"))
        func candidate(_ model: RevenueModel, _ alignment: Int, pinned: Bool) -> PlanningCandidate {
            PlanningCandidate(
                model: model, alignment: alignment, allowedStarts: [0, 1, 2], assetsToAcquire: [],
                cofinancingLimit: nil, isPinned: pinned)
        }
        let better = PlanningEligibility.withoutExclusions(
            [candidate(formation, 60, pinned: false), candidate(mature, 70, pinned: false)],
            catalogue: Examples.catalogue, language: .en)
        #expect(better.kept.map(\.model.id) == ["esf-mature-network"])
        #expect(better.blocked.map(\.modelID) == ["esf-network-formation"])
        #expect(better.blocked.first?.reason.hasPrefix("cannot be combined with") == true)
        let pinned = PlanningEligibility.withoutExclusions(
            [candidate(formation, 60, pinned: true), candidate(mature, 70, pinned: false)],
            catalogue: Examples.catalogue, language: .nl)
        #expect(pinned.kept.map(\.model.id) == ["esf-network-formation"])
        #expect(pinned.blocked.first?.reason.hasPrefix("kan niet samen met") == true)
    }

    @Test func pinningAnUnconfirmedModelPutsItWithinReach() throws {
        var network = Examples.network("rural-social-economy-kitchen")
        network.preferences.pinnedModels.append("leader-rural-fund")
        let plan = try Planner.plan(PlanTests.inputs(network), settings: PlanTests.settings())
        #expect(!plan.blocked.contains { $0.modelID == "leader-rural-fund" })
    }
}
