import Testing

@testable import FundingPlanner

@Suite struct ReadinessTests {
    func codes(_ report: ReadinessReport) -> Set<String> { Set(report.findings.map(\.code)) }

    @Test func youngNetworkWithDominantFunderIsFormingAndFlagged() {
        let report = ReadinessReport.assess(Examples.network("young-network-dominant-funder"), language: .en)
        #expect(report.maturity.stage == .forming)
        #expect(codes(report).isSuperset(of: ["power.follows-money", "power.funder-veto", "composition.spy"]))
        let spy = report.findings.first { $0.code == "composition.spy" }
        #expect(spy?.partner == "flexwest-interim")
    }

    @Test func partnerPayingSeventyPercentWithSeventyPercentOfVotesIsFlagged() {
        var network = Examples.network("digital-skills-libraries")
        network.partners = network.partners.enumerated().map { index, partner in
            var partner = partner
            partner.hasVeto = false
            partner.contributions = [
                NetworkProfile.Contribution(
                    year: 2026, kind: .cash, amount: Money(euros: index == 0 ? 7_000 : 500), valuation: nil,
                    description: nil)
            ]
            partner.votes = index == 0 ? 14 : 1
            return partner
        }
        let report = ReadinessReport.assess(network, language: .nl)
        let flagged = report.findings.first { $0.code == "power.follows-money" }
        #expect(flagged?.partner == network.partners[0].id)
        #expect(flagged?.severity == .problem)
    }

    /// Equal votes with unequal cash: no single partner's influence follows money, but the five
    /// companies together pay all the cash and hold five of eight votes (a bloc, a warning only,
    /// as their votes match their head count).
    @Test func equalVotesWithUnequalCashIsNotFlaggedButTheCompanyBlocIs() {
        let report = ReadinessReport.assess(Examples.network("technical-companies"), language: .en)
        #expect(!codes(report).contains("power.follows-money"))
        #expect(!codes(report).contains("power.votes-rise-with-cash"))
        #expect(report.findings.contains { $0.code == "power.bloc-holds-cash-and-votes" && $0.severity == .warning })
    }

    @Test func threeMonthOldNetworkIsForming() {
        var network = Examples.network("technical-companies")
        network.founded = CalendarDate(year: network.budget.startYear - 1, month: 10, day: 1)
        let report = ReadinessReport.assess(network, language: .en)
        #expect(report.maturity.ageInMonths == 3)
        #expect(report.maturity.stage == .forming)
    }

    @Test func partnerContributingNothingIsFlagged() {
        var network = Examples.network("social-restaurant")
        network.partners[2].contributions = []
        network.partners[2].roles = []
        let report = ReadinessReport.assess(network, language: .en)
        #expect(
            report.findings.contains { $0.code == "composition.free-rider" && $0.partner == network.partners[2].id })
    }

    /// The atelier speaks of its own visibility and paying courses: self-interest, reported
    /// apart from disagreement (it was an outlier when agreement counted words).
    @Test func longMultiGoalJargonPurposeIsUnclearAndSelfInterestFound() {
        let report = ReadinessReport.assess(Examples.network("neighbourhood-third-place"), language: .nl)
        #expect(report.findings.contains { $0.code == "purpose.unclear" && $0.severity == .problem })
        #expect(report.findings.contains { $0.code == "purpose.no-target-group" })
        #expect(report.consensus.selfInterested == ["atelier-kleurrijk"])
        #expect(
            report.findings.contains {
                $0.code == "consensus.self-interest" && $0.partner == "atelier-kleurrijk" && $0.severity == .warning
            })
        #expect(report.findings.contains { $0.code == "power.veto-own-subsidy" })
    }

    @Test func simplePurposeIsClear() {
        let report = ReadinessReport.assess(Examples.network("social-restaurant"), language: .nl)
        #expect(report.findings.filter { $0.check == .purposeClarity }.allSatisfy { $0.severity == .ok })
    }

    @Test(arguments: [
        ("Samen geven we werkzoekenden een plek om te leren en aan werk te raken.", 2),
        ("Samen leiden we jongeren, werkzoekenden en werknemers op tot technici.", 2),
        ("We verbinden de buurt, versterken de lokale economie en bouwen samen aan inclusie met alle stakeholders.", 3),
    ])
    func goalsAreCountedAsClausesNotListItems(purpose: String, goals: Int) {
        #expect(PurposeClarity.goalCount(purpose) == goals)
    }

    @Test func reorderingPartnersChangesNothing() {
        let network = Examples.network("neighbourhood-third-place")
        var reversed = network
        reversed.partners.reverse()
        #expect(ReadinessReport.assess(network, language: .en) == ReadinessReport.assess(reversed, language: .en))
    }

    @Test func compoundsCountAsSharedWords() {
        let index = StemUsageIndex(statements: [["horeca", "werk"], ["horecavaardig", "werkzoekend"]], purpose: [])
        #expect(index.isUsedElsewhere("horeca", byStatement: 0))
        #expect(index.isUsedElsewhere("horecavaardig", byStatement: 1))
        #expect(!index.isUsedElsewhere("werk", byStatement: 0), "parts need five letters")
        #expect(!index.isUsedElsewhere("werkzoekend", byStatement: 1))
    }

    @Test func aStemOnlyItsOwnStatementUsesIsNotShared() {
        let index = StemUsageIndex(
            statements: [["leerling", "leerlingenraad"], ["senior"], ["seniorenwerk"]], purpose: ["digitaal"])
        #expect(!index.isUsedElsewhere("leerling", byStatement: 0), "its own compound does not count")
        #expect(!index.isUsedElsewhere("leerlingenraad", byStatement: 0))
        #expect(index.isUsedElsewhere("senior", byStatement: 1))
        #expect(index.isUsedElsewhere("seniorenwerk", byStatement: 2))
        #expect(index.isUsedElsewhere("digitaal", byStatement: 0), "the purpose counts")
    }

    /// The index gives the same answers as comparing each statement with the union of all the
    /// others, on random statements built from a small alphabet (so that parts overlap often).
    @Test func stemIndexAgreesWithPairwiseComparison() {
        var random = SeededRandom(seed: 7)
        for _ in 0..<40 {
            let statements = (0..<Int(random.next() % 6 + 2)).map { _ in
                Set((0..<Int(random.next() % 5 + 1)).map { _ in Self.word(&random) })
            }
            let purpose = Set((0..<Int(random.next() % 3)).map { _ in Self.word(&random) })
            let index = StemUsageIndex(statements: statements, purpose: purpose)
            for (position, own) in statements.enumerated() {
                var elsewhere = purpose
                for (other, stems) in statements.enumerated() where other != position { elsewhere.formUnion(stems) }
                for stem in own {
                    #expect(
                        index.isUsedElsewhere(stem, byStatement: position) == Self.pairwiseIsUsed(stem, in: elsewhere),
                        "\(stem) in \(statements)")
                }
            }
        }
    }

    private static func word(_ random: inout SeededRandom) -> String {
        String((0..<Int(random.next() % 9 + 2)).map { _ in "abc".randomElement(using: &random)! })
    }

    private static func pairwiseIsUsed(_ stem: String, in stems: Set<String>) -> Bool {
        stems.contains(stem)
            || stems.contains { other in
                (stem.count >= 5 && other.count > stem.count && other.contains(stem))
                    || (other.count >= 5 && stem.count > other.count && stem.contains(other))
            }
    }
}
