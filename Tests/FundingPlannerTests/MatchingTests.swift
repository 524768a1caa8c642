import Testing

@testable import FundingPlanner

@Suite struct MatchingTests {
    func top(_ result: MatchResult, _ count: Int) -> [String] {
        result.matches.prefix(count).map(\.modelID)
    }

    @Test(arguments: [Language.nl, .en])
    func hospitalityNetworkRanksCateringOrSocialCafeInTopThree(language: Language) {
        let result = Matcher.match(
            Examples.network("social-restaurant"), catalogue: Examples.catalogue, language: language)
        #expect(!Set(top(result, 3)).isDisjoint(with: ["social-cafe", "event-catering"]), "\(top(result, 3))")
    }

    @Test func networkWithoutRoomGetsVenueHireWithTheAction() throws {
        let network = Examples.network("young-network-dominant-funder")
        #expect(!network.has(.room))
        let result = Matcher.match(network, catalogue: Examples.catalogue, language: .en)
        let venue = try #require(result.matches.first { $0.modelID == "venue-hire" })
        let room = try #require(venue.prerequisites.first { $0.prerequisite == "has: room" })
        #expect(!room.isMet)
        #expect(venue.actions.contains { $0.hasPrefix("needs a room") })
        #expect(venue.components.feasibility < 100)
    }

    @Test func addingATheme­TheModelCarriesNeverLowersItsThemeComponent() {
        let network = Examples.network("digital-skills-libraries")
        let before = Matcher.match(network, catalogue: Examples.catalogue, language: .en)
        for match in before.matches {
            guard let model = Examples.catalogue.model(id: match.modelID) else { continue }
            for theme in model.alignment.themes where !network.themes.contains(theme) {
                var wider = network
                wider.themes.append(theme)
                let after = Matcher.match(wider, catalogue: Examples.catalogue, language: .en)
                let again = after.matches.first { $0.modelID == model.id }
                #expect((again?.components.themes ?? -1) >= match.components.themes, "\(model.id) + \(theme)")
            }
        }
    }

    @Test(arguments: Examples.names)
    func dutchAndEnglishPurposeGiveSimilarTopFive(name: String) {
        var dutch = Examples.network(name)
        var english = dutch
        dutch.purpose = LocalizedText(dutch.purpose.entries.filter { $0.language == "nl" })
        english.purpose = LocalizedText(english.purpose.entries.filter { $0.language == "en" })
        let fromDutch = Set(top(Matcher.match(dutch, catalogue: Examples.catalogue, language: .nl), 5))
        let fromEnglish = Set(top(Matcher.match(english, catalogue: Examples.catalogue, language: .nl), 5))
        #expect(fromDutch.intersection(fromEnglish).count >= 3, "\(fromDutch) vs \(fromEnglish)")
    }

    @Test(arguments: Examples.names)
    func reorderingPartnersAndModelsChangesNothing(name: String) {
        let network = Examples.network(name)
        var reordered = network
        reordered.partners.reverse()
        var shuffled = Catalogue()
        shuffled.merge(
            CatalogueFile(
                path: "reversed", id: "reversed", version: "1", title: LocalizedText(),
                themes: Examples.catalogue.themes.reversed(), mechanisms: Examples.catalogue.mechanisms.reversed(),
                sources: Examples.catalogue.sources.reversed(), models: Examples.catalogue.models.reversed()
            ))
        let original = MatchXMLWriter.matchDocument(
            Matcher.match(network, catalogue: Examples.catalogue, language: .en))
        let other = MatchXMLWriter.matchDocument(Matcher.match(reordered, catalogue: shuffled, language: .en))
        #expect(original == other)
    }

    @Test func excludedModelsAreLeftOutAndPinnedMarked() {
        let network = Examples.network("technical-companies")
        let result = Matcher.match(network, catalogue: Examples.catalogue, language: .en)
        for excluded in network.preferences.excludedModels {
            #expect(!result.matches.contains { $0.modelID == excluded })
            #expect(result.excluded.contains(excluded))
        }
        for pinned in network.preferences.pinnedModels {
            #expect(result.matches.first { $0.modelID == pinned }?.isPinned == true)
        }
    }

    @Test func netContributionIsExactInCents() {
        let model = Examples.catalogue.model(id: "venue-hire")!
        let money = NetContribution(model: model, hourlyRate: Money(euros: 35))
        #expect(
            money.expected == Money(cents: model.yield.likely.cents * Int64(model.success.probability.value) / 10_000))
        #expect(money.net == money.expected - money.directCosts - money.effort)
        #expect(money.effort == Money(euros: Int64(model.effort.hoursPerMonth) * 12 * 35))
    }

    @Test func weightsChangeTheScoreAsDocumented() {
        let network = Examples.network("social-restaurant")
        var onlyThemes = MatchSettings.standard
        onlyThemes.textWeight = 0
        onlyThemes.mechanismWeight = 0
        onlyThemes.feasibilityWeight = 0
        let result = Matcher.match(network, catalogue: Examples.catalogue, settings: onlyThemes, language: .en)
        #expect(result.matches.allSatisfy { $0.alignment == $0.components.themes })
    }

    @Test func quadrantsFollowAlignmentAndNetContribution() {
        let result = Matcher.match(Examples.network("social-restaurant"), catalogue: Examples.catalogue, language: .en)
        for match in result.matches {
            let high = match.alignment >= 50
            let positive = match.netContribution > .zero
            let expected: MatrixQuadrant = high ? (positive ? .star : .heart) : (positive ? .moneyTree : .stopSign)
            #expect(match.quadrant == expected)
        }
    }
}
