import Testing

@testable import FundingPlanner

/// The built-in catalogue is the product's knowledge: check it is complete and consistent.
@Suite struct CatalogueInvariantTests {
    static let loaded = try! CatalogueLoader().load()
    var catalogue: Catalogue { Self.loaded.catalogue }

    @Test func loadsWithoutWarnings() {
        #expect(Self.loaded.warnings.isEmpty, "\(Self.loaded.warnings)")
    }

    @Test func hasAtLeastThirtyFiveModelsWithUniqueIDs() {
        #expect(catalogue.models.count >= 35)
        #expect(Set(catalogue.models.map(\.id)).count == catalogue.models.count)
        #expect(catalogue.overrides.isEmpty)
    }

    @Test(arguments: [
        "venue-hire", "social-cafe", "event-catering", "csr-competition", "municipal-project-subsidy", "waffle-bake",
        "provincial-project-fund", "flemish-project-call", "esf-network-formation", "esf-mature-network",
        "corporate-sponsorship", "membership-fees", "partner-contributions", "course-fees", "in-kind-rooms",
        "in-kind-staff-time", "in-kind-equipment", "crowdfunding", "foundation-call", "corporate-volunteering",
        "pooled-partner-fund",
    ])
    func containsTheModelsTheSeedAndIssueName(id: String) {
        #expect(catalogue.model(id: id) != nil)
    }

    @Test func everyTextIsInDutchAndEnglish() {
        for model in catalogue.models {
            var texts: [(String, LocalizedText)] = [
                ("name", model.name), ("description", model.description), ("motive", model.funder.motive),
                ("scalesWith", model.yield.scalesWith), ("example", model.example), ("note", model.provenance.note),
            ]
            texts += model.risks.map { ("risk", $0.text) }
            for (field, text) in texts {
                #expect(text.languages == [.nl, .en], "\(model.id) \(field)")
                #expect(text.entries.first?.language == "nl", "\(model.id) \(field): Dutch first")
            }
        }
        for term in catalogue.themes + catalogue.mechanisms {
            #expect(term.label.languages == [.nl, .en], "\(term.id)")
        }
    }

    @Test func figuresAreConsistentAndTraceable() {
        for model in catalogue.models {
            #expect(
                model.yield.minimum <= model.yield.likely && model.yield.likely <= model.yield.maximum, "\(model.id)")
            #expect(model.yield.maximum > .zero, "\(model.id)")
            #expect(model.success.isCompetitive == (model.success.probability < .whole), "\(model.id)")
            for basis in [model.yield.basis, model.cost.basis, model.effort.basis, model.success.basis] {
                if case .sourced(let id) = basis { #expect(catalogue.source(id: id) != nil, "\(model.id) cites \(id)") }
            }
            for citation in model.provenance.citations {
                #expect(catalogue.source(id: citation) != nil, "\(model.id) cites \(citation)")
            }
            let hasCheckedFact = model.provenance.facts.contains { $0.basis == .sourced }
            if model.provenance.citations.isEmpty && !hasCheckedFact {
                #expect(model.provenance.evidence == .assumption, "\(model.id): evidence without a source")
            }
            #expect(!model.risks.isEmpty, "\(model.id)")
            #expect(!model.alignment.themes.isEmpty, "\(model.id)")
        }
    }

    @Test func referencesAreKnown() {
        for model in catalogue.models {
            for theme in model.alignment.themes { #expect(catalogue.theme(id: theme) != nil, "\(model.id): \(theme)") }
            for mechanism in model.alignment.mechanisms {
                #expect(catalogue.mechanism(id: mechanism) != nil, "\(model.id): \(mechanism)")
            }
        }
    }

    @Test func theSeedsFourFirstIdeasArePresentWithTheirPrerequisites() throws {
        let venue = try #require(catalogue.model(id: "venue-hire"))
        #expect(venue.prerequisites.contains(.asset(.room)))
        let cafe = try #require(catalogue.model(id: "social-cafe"))
        #expect(cafe.prerequisites.contains(.asset(.kitchen)))
        #expect(cafe.alignment.mechanisms.contains("participants-practise-skills"))
        let waffles = try #require(catalogue.model(id: "waffle-bake"))
        #expect(waffles.alignment.mechanisms.contains("participants-practise-skills"))
        let esf = try #require(catalogue.model(id: "esf-mature-network"))
        #expect(esf.prerequisites.contains(.minimumMaturity(.mature)))
        #expect(esf.prerequisites.contains(.cofinancing(minimumShare: BasisPoints(5000))))
    }

    @Test func everyVocabularyTokenHasBothLabels() {
        func check<Token: Labelled & CaseIterable>(_: Token.Type) {
            for language in Language.allCases {
                let labels = Token.allCases.map { $0.label(language) }
                #expect(labels.allSatisfy { !$0.isEmpty }, "\(Token.self) has an empty label")
                #expect(Set(labels).count == labels.count, "\(Token.self) has two tokens with one label in \(language)")
            }
        }
        check(RevenueCategory.self)
        check(ResourceType.self)
        check(RevenueMechanism.self)
        check(BridgespanModel.self)
        check(FunderType.self)
        check(YieldDriver.self)
        check(Recurrence.self)
        check(AssetType.self)
        check(LegalForm.self)
        check(MaturityStage.self)
        check(PartnerType.self)
        check(RiskKind.self)
        check(RiskLevel.self)
        check(EvidenceStrength.self)
        check(ModelRole.self)
        check(ModelTag.self)
        check(CofinancingKind.self)
        check(PartnerRequirement.self)
        check(FactSubject.self)
        check(FactBasis.self)
        check(ClaimField.self)
        check(ClaimUnit.self)
        check(MomentKind.self)
        check(MomentRecurrence.self)
        #expect(RevenueCategory.inKind.label(.nl) == "Steun in natura")
        // Each vocabulary labels its own tokens: a partner type is not a funder type.
        #expect(YieldDriver.members.label(.en) == "members")
        #expect(PartnerType.company.label(.nl) == "bedrijf")
        #expect(FunderType.company.label(.nl) == "Bedrijf")
        #expect(ContributionKind.inKind.label(.en) == "in kind")
        #expect(RevenueCategory.inKind.label(.en) == "In-kind support")
    }
}
