import Foundation
import Testing

@testable import FundingPlanner

/// Issue 12, catalogue-rules part: what a network profile records (NIS codes, licences,
/// equipment, neutral places, veto scope, staff and volunteer time), the spies check, the
/// municipal calendar and "celebrate what failed" milestones, the call rules an ESF officer
/// recognises, and the rubric's new criteria.
@Suite struct CatalogueRulesTests {
    static let calls = [
        "esf-learning-ecosystems-limburg", "municipal-project-subsidy-kempen", "example-esf-network-formation",
    ]

    static func callPath(_ name: String) -> String {
        TestSupport.packageRoot.appendingPathComponent("catalogues/calls/\(name).xml").path
    }

    // MARK: Network profile

    @Test func examplesRecordWhereTheyWorkAndWhatTheyHold() {
        let genk = Examples.network("social-restaurant")
        #expect(genk.municipalities == [NetworkProfile.Municipality(nisCode: "71016", name: "Genk")])
        #expect(genk.municipalities[0].provinceCode == genk.region.code)
        #expect(genk.holds(.favvAuthorisation))
        #expect(genk.licences.first { $0.type == .favvAuthorisation }?.holder == "sociaal-restaurant")
        #expect(
            genk.assets.first { $0.type == .kitchen }?.equipment.contains {
                $0.type == .teachingKitchen && $0.count == 4
            } == true)
        #expect(genk.hasEquipment(.coldStorage))
        #expect(genk.has(.equipment), "equipment inside the kitchen counts as equipment")
        let waasland = Examples.network("digital-skills-libraries")
        #expect(waasland.municipalities.map(\.nisCode) == ["46021", "46025", "46030"])
        let volunteers = waasland.partners.flatMap(\.contributions).filter { $0.kind == .volunteers }
        #expect(!volunteers.isEmpty && volunteers.allSatisfy { $0.hours == 120 && $0.hourlyRate == Money(euros: 15) })
        #expect(waasland.volunteerHourValue == Money(euros: 15) && waasland.staffHourValue == Money(euros: 50))
        let mechelen = Examples.network("neighbourhood-third-place")
        #expect(mechelen.assets.contains { $0.type == .room && $0.isNeutral })
        #expect(mechelen.partner(id: "stad-mechelen")?.vetoScope == .ownSubsidy)
        let westhoek = Examples.network("young-network-dominant-funder")
        #expect(westhoek.partner(id: "stichting-verhaeghe")?.type == .foundation)
        #expect(westhoek.legalForm == .hosted)
        #expect(westhoek.partner(id: "flexwest-interim")?.sector == "temporary-work")
    }

    @Test func aRecordedFAVVLicenceMeetsTheFoodSafetyPrerequisite() throws {
        let model = try #require(
            Examples.catalogue.models.first { model in
                model.prerequisites.contains { if case .licence = $0 { true } else { false } }
            })
        func licenceCheck(_ network: NetworkProfile) -> PrerequisiteCheck? {
            Feasibility.checks(model, network: network, stage: .mature, language: .en).first {
                $0.prerequisite.hasPrefix("licence: ")
            }
        }
        var genk = Examples.network("social-restaurant")
        #expect(licenceCheck(genk)?.isMet == true)
        #expect(licenceCheck(genk)?.action == "")
        genk.licences = []
        #expect(licenceCheck(genk)?.isMet == false)
        #expect(licenceCheck(genk)?.action.hasPrefix("obtain: ") == true)
        #expect(!LicenceType.musicLicence.satisfies(licencePrerequisite: "favv-food-safety"))
    }

    @Test(arguments: Examples.names)
    func everyExampleIsFictionalWithRealMunicipalitiesAndValuedTime(name: String) {
        let network = Examples.network(name)
        #expect(network.isFictional)
        #expect(!network.municipalities.isEmpty)
        #expect(network.municipalities.allSatisfy { $0.provinceCode == network.region.code })
        for contribution in network.partners.flatMap(\.contributions)
        where contribution.kind == .staff || contribution.kind == .volunteers {
            #expect(contribution.hours != nil && contribution.hourlyRate != nil, "\(name): \(contribution)")
        }
        // Volunteers are valued below staff.
        let rates = network.partners.flatMap(\.contributions)
        let volunteer = rates.filter { $0.kind == .volunteers }.compactMap(\.hourlyRate).max()
        let staff = rates.filter { $0.kind == .staff }.compactMap(\.hourlyRate).min()
        if let volunteer, let staff { #expect(volunteer < staff) }
    }

    @Test func newVocabulariesHaveALabelInBothLanguages() {
        for licence in LicenceType.allCases {
            #expect(licence.label(.nl) != licence.label(.en) || licence == .musicLicence)
            #expect(!licence.label(.nl).isEmpty && !licence.label(.en).isEmpty)
        }
        for equipment in EquipmentType.allCases {
            #expect(!equipment.label(.nl).isEmpty && !equipment.label(.en).isEmpty)
        }
        for scope in VetoScope.allCases { #expect(scope.label(.nl) != scope.label(.en)) }
        for kind in ContributionKind.allCases { #expect(kind.label(.nl) != kind.label(.en)) }
    }

    // MARK: Readiness

    @Test func twoInterimAgenciesWithoutRoleOrContributionAreSpies() {
        for language in [Language.nl, .en] {
            let report = ReadinessReport.assess(Examples.network("young-network-dominant-funder"), language: language)
            let spies = report.findings.filter { $0.code == "composition.spy" }
            #expect(Set(spies.compactMap(\.partner)) == ["flexwest-interim", "jobhaven-uitzendwerk"])
            #expect(spies.allSatisfy { $0.severity == .warning && !$0.action.isEmpty })
            let message = spies.first?.message ?? ""
            #expect(language == .nl ? message.contains("dezelfde sector") : message.contains("same sector"))
            #expect(
                !report.findings.contains { $0.code == "composition.free-rider" && $0.partner == "flexwest-interim" })
        }
    }

    @Test func competitorsWhoContributeAreNotSpies() {
        let report = ReadinessReport.assess(Examples.network("technical-companies"), language: .en)
        #expect(!report.findings.contains { $0.code == "composition.spy" })
        // One lone company without role or sector peer stays a free rider.
        var network = Examples.network("technical-companies")
        network.partners[2].contributions = []
        network.partners[2].roles = []
        let lone = ReadinessReport.assess(network, language: .en)
        #expect(lone.findings.contains { $0.code == "composition.free-rider" && $0.partner == network.partners[2].id })
    }

    @Test func aVetoOnItsOwnSubsidyIsAdviceNotAWarning() {
        let report = ReadinessReport.assess(Examples.network("neighbourhood-third-place"), language: .nl)
        let veto = report.findings.first { $0.partner == "stad-mechelen" && $0.check == .moneyAndPower }
        #expect(veto?.code == "power.veto-own-subsidy")
        #expect(veto?.severity == .advice)
        #expect(!report.findings.contains { $0.code == "power.funder-veto" })
        var network = Examples.network("neighbourhood-third-place")
        network.partners = network.partners.map { partner in
            var partner = partner
            partner.vetoScope = .networkDecisions
            return partner
        }
        #expect(ReadinessReport.assess(network, language: .nl).findings.contains { $0.code == "power.funder-veto" })
    }

    // MARK: Milestones

    @Test func municipalMoneyFollowsTheMunicipalCalendar() throws {
        let model = try #require(Examples.catalogue.model(id: "municipal-project-subsidy"))
        let steps = MilestoneTemplates.steps(
            for: model, startMonth: 0, missingPrerequisites: [], language: .en, firstYear: 2028)
        let titles = steps.map(\.title)
        #expect(titles.contains("Ask before the multi-year plan is revised"))
        let elections = try #require(steps.first { $0.title == "Show results before the October 2030 elections" })
        #expect(elections.monthOffset == 12 * 2 + 4)
        #expect(titles.contains("Ask for a place in the new multi-year plan"))
        #expect(titles.contains("Celebrate what failed"))
        let dutch = MilestoneTemplates.steps(
            for: model, startMonth: 0, missingPrerequisites: [], language: .nl, firstYear: 2028
        ).map(\.title)
        #expect(
            dutch.contains("Vier wat mislukte")
                && dutch.contains("Toon resultaten vóór de verkiezingen van oktober 2030"))
        // Without the plan's first year there is no calendar; elections already past are left out.
        #expect(
            !MilestoneTemplates.steps(for: model, startMonth: 0, missingPrerequisites: [], language: .en).map(\.title)
                .contains("Ask before the multi-year plan is revised"))
        #expect(
            !MilestoneTemplates.steps(
                for: model, startMonth: 0, missingPrerequisites: [], language: .en, firstYear: 2032
            ).map(\.title).contains("Show results before the October 2030 elections"))
    }

    @Test func competitiveSourcesCelebrateWhatFailedButEventsKeepTheirOwnCelebration() throws {
        let esf = try #require(Examples.catalogue.model(id: "esf-network-formation"))
        #expect(
            MilestoneTemplates.steps(for: esf, startMonth: 0, missingPrerequisites: [], language: .en).contains {
                $0.title == "Celebrate what failed"
            })
        let waffles = try #require(Examples.catalogue.model(id: "waffle-bake"))
        let steps = MilestoneTemplates.steps(for: waffles, startMonth: 0, missingPrerequisites: [], language: .en)
        #expect(!steps.contains { $0.title == "Celebrate what failed" })
        #expect(steps.contains { $0.title == "Celebrate the result" })
    }

    // MARK: Call rules

    @Test func theESFCallDecodesItsFundingStructureAndRules() throws {
        let call = try CallRules.load(path: Self.callPath("esf-learning-ecosystems-limburg"))
        #expect(call.reference?.number == "545" && call.reference?.status == .illustrative)
        #expect(call.funding[.esf] == BasisPoints(5000) && call.funding[.own] == BasisPoints(5000))
        #expect(call.grantShare == BasisPoints(5000))
        #expect(call.acceptedContributions == [.cash, .staff])
        #expect(call.region?.province == "BE-VLI")
        #expect(call.duration?.maximumMonths == 24 && call.duration?.minimumMonths == 12)
        #expect(call.excludedModels == ["esf-mature-network"])
        #expect(call.applicants.contains { $0.type == .localGovernment && $0.role == .promoter })
        #expect(call.stateAid?.regime == .deMinimis && call.stateAid?.ceiling == Money(euros: 300_000))
        #expect(call.flatRates.first?.rate == BasisPoints(4000) && call.flatRates.first?.base == .staffGrossWages)
        #expect(call.indicators.count == 3)
        #expect(call.maximumGrantPerYear == nil)
        let example = try CallRules.load(path: Self.callPath("example-esf-network-formation"))
        #expect(example.grantShare == BasisPoints(7000))
        #expect(example.funding[.flemishCofinancing] == BasisPoints(3000))
        let municipal = try CallRules.load(path: Self.callPath("municipal-project-subsidy-kempen"))
        #expect(municipal.phase == nil)
        #expect(municipal.region?.municipalities == ["13008"])
        #expect(municipal.acceptedContributions.contains(.volunteers))
    }

    @Test(arguments: calls)
    func everyShippedCallValidates(name: String) throws {
        let run = try TestSupport.run(["validate", Self.callPath(name)])
        #expect(run.status == 0, "\(run.standardError)")
    }

    /// The review of the example plans with the ESF+ call: the typed facts in plan.xml decide the
    /// applicant, region, phase and exclusion gates; the rubric's added value tells the plans apart.
    @Test func reviewOfTheExamplePlansAppliesTheCallAndDiscriminates() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plans = TestSupport.fixtures.appendingPathComponent("golden/plans").path
        let run = try TestSupport.run([
            "review", plans, "--call", Self.callPath("esf-learning-ecosystems-limburg"), "-o", folder.path, "--lang",
            "en",
        ])
        #expect(run.status == 0, "\(run.standardError)")
        let review = try String(contentsOf: folder.appendingPathComponent("review.xml"), encoding: .utf8)
        func plan(_ network: String) -> String {
            review.components(separatedBy: "<plan rank=").first { $0.contains("network=\"\(network)\"") } ?? ""
        }
        // Genk: a local government in Limburg may promote.
        #expect(plan("tafel-van-de-wijk").contains("<gate id=\"call-applicants\" passed=\"true\">"))
        #expect(plan("tafel-van-de-wijk").contains("<gate id=\"call-region\" passed=\"true\">"))
        // Kortrijk: West Flanders, and it counts on the mature-network call this one excludes.
        #expect(plan("techniek-werkt-leiedal").contains("<gate id=\"call-region\" passed=\"false\">"))
        #expect(plan("techniek-werkt-leiedal").contains("<gate id=\"call-excluded-grants\" passed=\"false\">"))
        // Mechelen: the city's conditions on its own subsidy pass the money-and-power gate.
        #expect(plan("de-living-nekkerspoel").contains("<gate id=\"money-and-power-separated\" passed=\"true\">"))
        #expect(plan("jong-aan-de-slag-westhoek").contains("<gate id=\"money-and-power-separated\" passed=\"false\">"))
        // Added value differs between the plans (it used to score 5 for every plan).
        let addedValue = Set(
            review.components(separatedBy: "<criterion id=\"added-value\" measure=\"added-value\" value=\"").dropFirst()
                .compactMap { part in
                    part.split(separator: "\"").first.map(String.init)
                })
        #expect(addedValue.count >= 3, "added-value measures: \(addedValue)")
    }

    @Test func theMunicipalCallChecksTheMunicipalityAndSaysWhatIsLeftToCheck() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plans = TestSupport.fixtures.appendingPathComponent("golden/plans").path
        let run = try TestSupport.run([
            "review", plans, "--call", Self.callPath("municipal-project-subsidy-kempen"), "-o", folder.path, "--lang",
            "nl",
        ])
        #expect(run.status == 0, "\(run.standardError)")
        let review = try String(contentsOf: folder.appendingPathComponent("review.xml"), encoding: .utf8)
        func plan(_ network: String) -> String {
            review.components(separatedBy: "<plan rank=").first { $0.contains("network=\"\(network)\"") } ?? ""
        }
        #expect(
            plan("kempense-smaakmakers").contains("<gate id=\"call-region\" passed=\"true\">gebied: gemeente 13008"))
        #expect(plan("techniek-werkt-leiedal").contains("<gate id=\"call-region\" passed=\"false\">"))
        #expect(
            plan("kempense-smaakmakers").contains(
                "<gate id=\"call-indicators\" passed=\"true\">kan niet uit het plan worden nagegaan"))
        // No phase rule: no phase gate; no grant in the plan: no duration or co-financing gate.
        #expect(!review.contains("<gate id=\"call-phase\""))
        #expect(!plan("kempense-smaakmakers").contains("call-cofinancing"))
    }

    @Test func reviewWithEachShippedCallSaysWhatItCannotCheck() throws {
        let plans = TestSupport.fixtures.appendingPathComponent("golden/plans").path
        for name in Self.calls {
            let folder = try TestSupport.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let run = try TestSupport.run([
                "review", plans, "--call", Self.callPath(name), "-o", folder.path, "--lang", "en",
            ])
            #expect(run.status == 0, "\(name): \(run.standardError)")
            let review = try String(contentsOf: folder.appendingPathComponent("review.xml"), encoding: .utf8)
            #expect(review.contains("<gate id=\"call-applicants\""), "\(name)")
            #expect(review.contains("<gate id=\"call-region\"") == (name != "example-esf-network-formation"), "\(name)")
            #expect(review.contains("cannot be checked from the plan"), "\(name)")
            #expect(try TestSupport.run(["validate", folder.appendingPathComponent("review.xml").path]).status == 0)
        }
    }
}
