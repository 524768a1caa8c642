import Foundation
import Testing

@testable import FundingPlanner

/// A bloc the profile declares is looked at as partners of one type are (issue 13, item 7).
@Suite struct DeclaredBlocTests {
    /// The Kortrijk example with partners of mixed types, cash and votes as given, and one bloc.
    func network(_ partners: [(String, PartnerType, Int, Int)], bloc: [String], name: String) -> NetworkProfile {
        var network = Examples.network("technical-companies")
        let template = network.partners[0]
        network.partners = partners.map { id, type, cash, votes in
            var partner = template
            partner.id = id
            partner.type = type
            partner.votes = votes
            partner.hasVeto = false
            partner.contributions = [
                NetworkProfile.Contribution(
                    year: network.budget.startYear, kind: .cash, amount: Money(euros: Int64(cash)), valuation: nil,
                    description: nil)
            ]
            return partner
        }
        network.blocs = [NetworkProfile.Bloc(id: "bloc", name: name, members: bloc)]
        return network
    }

    func power(_ network: NetworkProfile, _ language: Language) -> [ReadinessFinding] {
        ReadinessReport.assess(network, language: language).findings.filter { $0.check == .moneyAndPower }
    }

    /// A school, a training centre and the city of one town: three types, each alone small.
    var cityBloc: NetworkProfile {
        network(
            [
                ("atheneum", .school, 2_000, 2), ("cvo", .trainingCentre, 2_000, 2),
                ("stad", .localGovernment, 2_500, 2),
                ("buurtwerk", .ngo, 1_000, 1), ("bib", .library, 500, 1), ("vdab", .employmentService, 500, 1),
            ], bloc: ["atheneum", "cvo", "stad"], name: "de partners van de stad Kortrijk")
    }

    @Test(arguments: [
        (
            Language.nl,
            "Het blok ‘de partners van de stad Kortrijk’ betaalt samen het meeste geld en heeft samen de meeste stemmen"
        ),
        (
            Language.en,
            "The bloc ‘de partners van de stad Kortrijk’ together pays most of the cash and holds most of the votes"
        ),
    ])
    func aDeclaredBlocOfMixedTypesHoldingCashAndVotesIsFlagged(language: Language, message: String) throws {
        let findings = power(cityBloc, language)
        // No type reaches the thresholds alone: only the declared bloc does.
        let blocs = findings.filter { $0.code == "power.bloc-holds-cash-and-votes" }
        #expect(blocs.map(\.message) == [message])
        let bloc = try #require(blocs.first)
        #expect(bloc.severity == .problem, "6 of 9 votes (66.67 %) for 3 of 6 partners: 16.7 points above their heads")
        #expect(bloc.evidence.first?.contains("atheneum, cvo, stad") == true)
        #expect(
            bloc.action.contains(
                language == .nl ? "de partners buiten het blok" : "the partners outside the bloc"))
    }

    @Test func votesFollowingCashInsideADeclaredBlocAreFlagged() {
        let network = network(
            [
                ("metaal-a", .company, 6_000, 3), ("metaal-b", .company, 1_000, 1), ("federatie", .ngo, 3_000, 2),
                ("school", .school, 2_000, 1), ("stad", .localGovernment, 2_000, 1),
            ], bloc: ["metaal-a", "federatie", "metaal-b"], name: "metaalfederatie")
        for language in Language.allCases {
            let found = power(network, language).filter { $0.code == "power.votes-follow-cash-in-group" }
            #expect(
                found.contains {
                    $0.message.hasPrefix(
                        language == .nl ? "Binnen het blok ‘metaalfederatie’" : "Within the bloc ‘metaalfederatie’")
                }, "\(found.map(\.message))")
        }
    }

    @Test func cashDependingOnOneDeclaredBlocIsAdvice() {
        let network = network(
            [
                ("stichting", .foundation, 9_000, 1), ("fonds", .company, 6_000, 1), ("school", .school, 2_000, 1),
                ("ngo", .ngo, 1_000, 1), ("bib", .library, 1_000, 1),
            ], bloc: ["stichting", "fonds"], name: "de financiers")
        let advice = power(network, .en).filter { $0.code == "power.cash-from-one-type" }
        #expect(advice.map(\.message) == ["The cash comes almost entirely from the bloc ‘de financiers’"])
        #expect(advice.first?.severity == .advice)
    }

    @Test func aBlocOfEqualPartnersGivesNoFinding() {
        let network = network(
            [
                ("a", .company, 2_000, 1), ("b", .school, 2_000, 1), ("c", .ngo, 2_000, 1), ("d", .library, 2_000, 1),
                ("e", .localGovernment, 2_000, 1),
            ], bloc: ["a", "b"], name: "kern")
        #expect(power(network, .nl).map(\.code) == ["power.separated"])
    }

    @Test func aBlocNamingAnUnknownPartnerIsRefusedWithItsLine() throws {
        let source = TestSupport.fixtures.appendingPathComponent("network/valid/every-optional.xml")
        let text = try String(contentsOf: source, encoding: .utf8)
            .replacingOccurrences(of: "<member partner=\"stad-aalst\"/>", with: "<member partner=\"stad-alst\"/>")
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("bloc.xml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let run = try TestSupport.run(["check", path, "--lang", "nl"])
        #expect(run.status != 0)
        #expect(
            run.standardError.contains("onbekende partner 'stad-alst' als lid van blok 'aalst-public'"),
            "\(run.standardError)")
        #expect(run.standardError.contains("bloc.xml:"))
    }
}
