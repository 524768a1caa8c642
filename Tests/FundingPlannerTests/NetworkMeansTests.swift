import Testing

@testable import FundingPlanner

/// The network's own means in matching: rooms, kitchens, equipment, a neutral place, and the
/// participants doing the activity themselves (issue 13, item 5).
@Suite struct NetworkMeansTests {
    func room(capacity: Int?, free: Int?, neutral: Bool = false) -> NetworkProfile.Asset {
        NetworkProfile.Asset(
            type: .room, owner: nil, capacity: capacity, freeHoursPerWeek: free, description: nil, isNeutral: neutral)
    }

    func match(_ network: NetworkProfile, _ id: String, _ language: Language = .en) throws -> ModelMatch {
        try #require(
            Matcher.match(network, catalogue: Examples.catalogue, language: language).matches.first {
                $0.modelID == id
            })
    }

    @Test func venueHireYieldFollowsCapacityAndFreeHoursToTheCent() throws {
        let venue = try #require(Examples.catalogue.model(id: "venue-hire"))  // likely 6,000, max 18,000
        var network = Examples.network("social-restaurant")
        network.assets = [room(capacity: 30, free: 10)]
        #expect(AssetMeans.yield(of: venue, network: network).likely == Money(euros: 6_000))
        network.assets = [room(capacity: 10, free: 4)]  // weight 0.5 (floor): 2 room hours
        #expect(AssetMeans.yield(of: venue, network: network).likely == Money(euros: 1_200))
        network.assets = [room(capacity: 45, free: 7)]  // weight 1.5: 10.5 room hours
        #expect(AssetMeans.yield(of: venue, network: network).likely == Money(euros: 6_300))
        network.assets = [room(capacity: 80, free: 35)]  // 70 room hours, kept at the maximum
        #expect(AssetMeans.yield(of: venue, network: network).likely == Money(euros: 18_000))
        network.assets = [room(capacity: 80, free: nil)]  // no free hours given: the catalogue's figure
        #expect(AssetMeans.yield(of: venue, network: network).likely == Money(euros: 6_000))
        #expect(AssetMeans.yield(of: venue, network: network).note(.en) == nil)
    }

    @Test(arguments: [Language.nl, .en])
    func aLargeHallFreeMostEveningsLiftsVenueHire(language: Language) throws {
        var small = Examples.network("digital-skills-libraries")
        small.assets.removeAll { $0.type == .room }
        small.assets.append(room(capacity: 12, free: 3))
        var large = small
        large.assets.removeAll { $0.type == .room }
        large.assets.append(room(capacity: 120, free: 25))
        let before = try match(small, "venue-hire", language)
        let after = try match(large, "venue-hire", language)
        #expect(after.alignment > before.alignment)
        #expect(after.components.mechanisms > before.components.mechanisms)
        #expect(after.expectedIncome > before.expectedIncome)
        #expect(after.netContribution > .zero)
        let note = try #require(after.yieldNote)
        #expect(note.contains(language == .nl ? "gewogen vrije zaaluren" : "weighted free room hours"))
        #expect(after.rationale.contains(note))
    }

    @Test func aNeutralPlaceOpensTheSpaceMoreThanAPartnersOwnRoom() {
        var network = Examples.network("technical-companies")
        network.themes.removeAll { $0 == "community-and-neighbourhood" }
        network.targetGroups.removeAll { $0 == .residents || $0 == .seniors }
        network.assets = [room(capacity: 20, free: 2)]
        #expect(MechanismFit.fit("space-opens-to-neighbourhood", network: network) == 0.6)
        network.assets = [room(capacity: 20, free: 2, neutral: true)]
        #expect(MechanismFit.fit("space-opens-to-neighbourhood", network: network) == 0.8)
        network.assets = [room(capacity: 60, free: 12)]
        #expect(MechanismFit.fit("space-opens-to-neighbourhood", network: network) == 1.0)
    }

    @Test func equipmentRecordedInsideAnAssetCountsWhereModelsNeedIt() {
        var network = Examples.network("technical-companies")
        network.assets = [
            NetworkProfile.Asset(
                type: .room, owner: nil, capacity: 20, freeHoursPerWeek: nil, description: nil,
                equipment: [.init(type: .teachingKitchen, count: 4), .init(type: .cargoBike)])
        ]
        #expect(network.has(.kitchen))
        #expect(network.has(.vehicle))
        #expect(network.has(.equipment))
        #expect(!network.has(.workshop))
        #expect(!network.has(.outdoorSpace))
    }

    @Test(arguments: ["social-restaurant", "rural-social-economy-kitchen"])
    func aKitchenWithAFAVVRegistrationMakesCateringFeasibleAndNoStopSign(name: String) throws {
        let network = Examples.network(name)
        for id in ["event-catering", "waffle-bake", "social-cafe"] {
            let found = try match(network, id)
            #expect(found.quadrant != .stopSign, "\(id): \(found.quadrant)")
            #expect(found.prerequisites.filter { !$0.isMet && !$0.isTiming }.isEmpty || id == "social-cafe", "\(id)")
        }
        var withoutLicence = network
        withoutLicence.licences.removeAll { $0.type == .favvRegistration || $0.type == .favvAuthorisation }
        let catering = try match(withoutLicence, "event-catering")
        #expect(catering.prerequisites.contains { !$0.isMet && $0.prerequisite.contains("FASFC") })
    }

    @Test(arguments: [
        (Language.nl, "de deelnemers doen hier zelf wat het netwerk hen leert (koken"),
        (Language.en, "the participants do here what the network teaches them (cooking"),
    ])
    func theTalentsMechanismSaysWhichActivityTheParticipantsDo(language: Language, expected: String) throws {
        let waffle = try match(Examples.network("social-restaurant"), "waffle-bake", language)
        #expect(waffle.strongMechanisms.contains("participants-practise-skills"))
        #expect(waffle.practisedActivities.map(\.id).contains("cooking"), "\(waffle.practisedActivities.map(\.id))")
        #expect(waffle.rationale.contains(expected), "\(waffle.rationale)")
        // A technical network whose partners say nothing about cooking: no such explanation.
        var technical = Examples.network("technical-companies")
        technical.partners = technical.partners.map {
            var partner = $0
            partner.statement = LocalizedText()
            return partner
        }
        let other = try match(technical, "waffle-bake", language)
        #expect(other.practisedActivities.isEmpty)
    }

    @Test(arguments: [
        ("Jongeren uit de wijk leren koken en runnen samen een wijkrestaurant.", "nl", "social-cafe"),
        ("Young people from the area learn to cook and run a neighbourhood restaurant together.", "en", "social-cafe"),
        (
            "Cursisten leren fietsen herstellen en verkopen tweedehands fietsen aan buren.", "nl",
            "repair-and-circular-shop"
        ),
        (
            "Newcomers learn to repair bikes and sell second-hand bikes to their neighbours.", "en",
            "repair-and-circular-shop"
        ),
    ])
    func participantsWhoProduceOrServeMakeTheMechanismStrong(purpose: String, language: String, id: String) throws {
        var network = Examples.network("technical-companies")
        network.purpose = LocalizedText([(language, purpose)])
        network.partners = network.partners.map {
            var partner = $0
            partner.statement = LocalizedText()
            return partner
        }
        let found = try match(network, id)
        #expect(found.strongMechanisms.contains("participants-practise-skills"), "\(found.practisedActivities)")
        #expect(!found.practisedActivities.isEmpty)
    }
}
