import Foundation
import FundingPlannerXML
import Testing

@testable import FundingPlanner

/// The catalogue's content against the review of November 2026: checked facts, notes that agree
/// with the data, honest odds and costs, eligibility as data, plan elements that are not income.
@Suite struct CatalogueContentTests {
    static let catalogue = CatalogueInvariantTests.loaded.catalogue
    var catalogue: Catalogue { Self.catalogue }

    @Test func hasAtLeastFiftyModels() {
        #expect(catalogue.models.count >= 50)
    }

    @Test func everyModelHasCheckedFactsForItsMechanismAndFigures() {
        for model in catalogue.models {
            let facts = model.provenance.facts
            #expect(facts.contains { $0.subject == .figures }, "\(model.id): no fact about its figures")
            #expect(facts.contains { $0.subject != .figures }, "\(model.id): no fact about its mechanism or rules")
            for fact in facts {
                #expect(
                    fact.checked.count == 10 && fact.checked <= "2026-11-29", "\(model.id): checked \(fact.checked)")
                if fact.basis != .assumption {
                    #expect(
                        fact.url != nil || fact.document != nil,
                        "\(model.id): a \(fact.basis) fact names no URL or document")
                }
                #expect(fact.text.languages == [.nl, .en], "\(model.id): fact text")
            }
        }
    }

    @Test func notesAgreeWithTheData() {
        let problems = catalogue.models.flatMap(NoteClaims.problems)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        #expect(catalogue.models.filter { !$0.provenance.claims.isEmpty }.count >= 20)
    }

    @Test func theNoteCheckCatchesAContradiction() throws {
        // The review's finding: a note that states odds the data do not have.
        var crowdfunding = try #require(catalogue.model(id: "crowdfunding"))
        crowdfunding.success.probability = BasisPoints(8000)
        #expect(NoteClaims.problems(crowdfunding).contains { $0.contains("success.probability") })
        // A figure in the note that no claim covers.
        var leader = try #require(catalogue.model(id: "leader-rural-fund"))
        leader.provenance.claims.removeAll()
        #expect(NoteClaims.problems(leader).contains { $0.contains("35 %") })
        // A note that states a figure in one language only.
        var gifts = try #require(catalogue.model(id: "individual-donations"))
        gifts.provenance.note = LocalizedText([
            ("nl", "De vermindering bedraagt 45 %."), ("en", "The reduction is 30 %."),
        ])
        #expect(NoteClaims.problems(gifts).contains { $0.contains("different figures") })
        #expect(
            NoteClaims.figures(in: "tussen 20.000 en 150.000 euro, 70 %") == [
                .init(unit: .euros, value: 20000), .init(unit: .euros, value: 150000), .init(unit: .percent, value: 70),
            ])
    }

    @Test func staleFactsAreGone() {
        for model in catalogue.models {
            let text = [model.provenance.note, model.description, model.funder.motive].flatMap(\.entries).map(\.text)
                .joined(separator: " ")
            #expect(!text.contains("ESF Vlaanderen") && !text.contains("ESF Flanders"), "\(model.id)")
            #expect(!text.contains("KMO-portefeuille"), "\(model.id)")
            #expect(!text.contains("worked figure"), "\(model.id)")
            #expect(!text.contains("jarenlang 45"), "\(model.id)")
        }
        let english = catalogue.models.flatMap { [$0.yield.scalesWith, $0.example] }.compactMap { $0.exactly(.en) }
            .joined(separator: " ")
        #expect(!english.contains("worked figure") && !english.contains("around work"))
    }

    @Test func grantsCostWhatGrantsCostAndNoGreenfieldFigureIsSourced() {
        for model in catalogue.models {
            if case .sourced(let source) = model.cost.basis { #expect(source != "greenfield-1999", "\(model.id)") }
            if model.taxonomy.revenueMechanism == .grant && model.category != .corporate {
                #expect(model.cost.directCostRatio.value <= 1000, "\(model.id): \(model.cost.directCostRatio.value)")
            }
        }
        #expect(catalogue.model(id: "fundraising-event")?.cost.directCostRatio == BasisPoints(5000))
    }

    @Test func earnedIncomeCanFailToTakeOff() {
        for model in catalogue.models where model.category == .earnedIncome {
            #expect(model.yield.minimum == .zero || model.success.probability < .whole, "\(model.id)")
        }
    }

    @Test(arguments: ["partner-contributions", "pooled-partner-fund"])
    func partnerMoneyIsNewUncertainAndLessLikelyWhileForming(id: String) throws {
        let model = try #require(catalogue.model(id: id))
        #expect(model.success.isCompetitive)
        let forming = try #require(model.success.phaseProbabilities.first { $0.stage == .forming })
        #expect(forming.probability < model.success.probability)
        #expect(model.description.text(in: .en).contains("on top of the contributions partners already declare"))
        #expect(model.eligibility.cofinancingKinds == [.cash])
    }

    @Test func theFormationAndMaturityCallsExcludeEachOther() throws {
        let formation = try #require(catalogue.model(id: "esf-network-formation"))
        let mature = try #require(catalogue.model(id: "esf-mature-network"))
        #expect(formation.eligibility.excludedModels == ["esf-mature-network"])
        #expect(mature.eligibility.excludedModels == ["esf-network-formation"])
        #expect(formation.eligibility.phases == [.forming, .growing])
        #expect(mature.eligibility.phases == [.mature])
        #expect(formation.eligibility.cofinancingKinds == [.cash, .staffOnPayroll])
        #expect(formation.timing.moments.contains { $0.kind == .callClosed && $0.date == "2024-11" })
        for model in catalogue.models {
            for excluded in model.eligibility.excludedModels {
                #expect(catalogue.model(id: excluded) != nil, "\(model.id) excludes \(excluded)")
            }
        }
    }

    @Test func eligibilityNamesRegionsPartnersAndLegalForms() throws {
        let leader = try #require(catalogue.model(id: "leader-rural-fund"))
        #expect(leader.eligibility.regions.count == 15)
        #expect(leader.prerequisites.contains(.cofinancing(minimumShare: BasisPoints(3500))))
        let interreg = try #require(catalogue.model(id: "interreg-project"))
        #expect(
            interreg.eligibility.regions.map(\.rawValue) == [
                "interreg-vlaanderen-nederland", "interreg-france-wallonie-vlaanderen",
            ])
        #expect(interreg.eligibility.partnerRequirements == [.init(requirement: .partnerAcrossBorder, minimum: 1)])
        let erasmus = try #require(catalogue.model(id: "erasmus-plus-partnership"))
        #expect(erasmus.eligibility.partnerRequirements.map(\.requirement) == [.partnerAbroad])
        #expect(catalogue.model(id: "venue-hire")?.eligibility.isUnrestricted == true)
    }

    @Test func localGovernmentModelsCarryTheMunicipalCalendar() {
        for id in ["municipal-project-subsidy", "municipal-operating-grant", "municipal-in-kind-support"] {
            let moments = catalogue.model(id: id)?.timing.moments ?? []
            #expect(moments.contains { $0.kind == .planRevision && $0.recurrence == .yearly }, "\(id)")
            #expect(moments.contains { $0.kind == .elections && $0.date == "2030-10" }, "\(id)")
        }
    }

    @Test func quickWinsAreTagged() {
        let quick = catalogue.models.filter { $0.tags.contains(.quickWin) }.map(\.id)
        #expect(
            quick.contains("waffle-bake") && quick.contains("neighbourhood-participation-budget")
                && quick.contains("service-club-donation"))
        #expect(!quick.contains("esf-mature-network"))
    }

    @Test func planElementsAreNeitherMatchedNorPlannedAsIncome() throws {
        let elements = catalogue.models.filter { $0.role == .planElement }.map(\.id)
        #expect(Set(elements) == ["bridging-loan", "community-shares"])
        let network = Examples.network("social-restaurant")
        let result = Matcher.match(network, catalogue: catalogue, language: .en)
        #expect(!result.matches.contains { elements.contains($0.modelID) })
        let (candidates, blocked, inKind) = PlanningCandidates.build(
            network: network, catalogue: catalogue, matches: [:], stage: .mature, years: 3,
            pinned: Set(elements), excluded: [], language: .en
        )
        #expect(!candidates.contains { elements.contains($0.model.id) })
        #expect(!blocked.contains { elements.contains($0.modelID) })
        #expect(!inKind.contains { elements.contains($0.id) })
    }

    @Test func theRegionListAgreesWithTheRegionCodesAndValidates() throws {
        let root = TestSupport.packageRoot.appendingPathComponent("catalogues")
        let codesText = try String(
            contentsOf: root.appendingPathComponent("schema/region-codes-1.xsd"), encoding: .utf8)
        let listPath = root.appendingPathComponent("regions/flanders-regions.xml").path
        let listText = try String(contentsOfFile: listPath, encoding: .utf8)
        func values(_ pattern: String, in text: String) -> [String] {
            let expression = try! NSRegularExpression(pattern: pattern)
            return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
                Range($0.range(at: 1), in: text).map { String(text[$0]) }
            }
        }
        let codes = values(#"<xs:enumeration value="([a-z0-9-]+)"/>"#, in: codesText)
        let defined = values(#"<region id="([a-z0-9-]+)""#, in: listText)
        #expect(Set(codes) == Set(defined))
        #expect(codes.count == defined.count)
        for model in catalogue.models {
            for region in model.eligibility.regions {
                #expect(codes.contains(region.rawValue), "\(model.id): \(region.rawValue)")
            }
        }
        let schemaFolder = root.appendingPathComponent("schema")
        let schemaFiles = try FileManager.default.contentsOfDirectory(atPath: schemaFolder.path).map {
            schemaFolder.appendingPathComponent($0).path
        }
        LibXML2Runtime.allowExternalFiles(schemaFiles)
        let schema = try CompiledXMLSchema.compile(path: schemaFolder.appendingPathComponent("regions-1.xsd").path)
        let diagnostics = XMLRecordReader.read(
            path: listPath, displayName: "flanders-regions.xml", schema: schema, expectedRoot: nil
        ).diagnostics
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics.map(\.message))")
    }

    @Test func catalogueXMLRoundTripsTheNewFields() throws {
        let models = [
            "esf-network-formation", "esf-mature-network", "partner-contributions", "bridging-loan",
            "municipal-operating-grant", "interreg-project",
        ]
        .compactMap { catalogue.model(id: $0) }
        let text = CatalogueXMLWriter.document(catalogue, models: models)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("roundtrip-\(UUID().uuidString).xml")
            .path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reloaded = try CatalogueLoader(additionalPaths: [path], includesDefault: false).load().catalogue
        for model in models {
            var again = try #require(reloaded.model(id: model.id))
            again.origin = model.origin
            #expect(again == model, "\(model.id) does not round-trip")
        }
    }
}
