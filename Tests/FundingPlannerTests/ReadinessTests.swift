import Testing
@testable import FundingPlanner

@Suite struct ReadinessTests {
    func codes(_ report: ReadinessReport) -> Set<String> { Set(report.findings.map(\.code)) }

    @Test func youngNetworkWithDominantFunderIsFormingAndFlagged() {
        let report = ReadinessReport.assess(Examples.network("young-network-dominant-funder"), language: .en)
        #expect(report.maturity.stage == .forming)
        #expect(codes(report).isSuperset(of: ["power.follows-money", "power.funder-veto", "composition.free-rider"]))
        let freeRider = report.findings.first { $0.code == "composition.free-rider" }
        #expect(freeRider?.partner == "flexwest-interim")
    }

    @Test func partnerPayingSeventyPercentWithSeventyPercentOfVotesIsFlagged() {
        var network = Examples.network("digital-skills-libraries")
        network.partners = network.partners.enumerated().map { index, partner in
            var partner = partner
            partner.hasVeto = false
            partner.contributions = [NetworkProfile.Contribution(year: 2026, kind: .cash, amount: Money(euros: index == 0 ? 7_000 : 500), valuation: nil, description: nil)]
            partner.votes = index == 0 ? 14 : 1
            return partner
        }
        let report = ReadinessReport.assess(network, language: .nl)
        let flagged = report.findings.first { $0.code == "power.follows-money" }
        #expect(flagged?.partner == network.partners[0].id)
        #expect(flagged?.severity == .problem)
    }

    @Test func equalVotesWithUnequalCashIsNotFlagged() {
        let report = ReadinessReport.assess(Examples.network("technical-companies"), language: .en)
        #expect(report.findings.contains { $0.code == "power.separated" })
        #expect(!codes(report).contains("power.follows-money"))
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
        #expect(report.findings.contains { $0.code == "composition.free-rider" && $0.partner == network.partners[2].id })
    }

    @Test func longMultiGoalJargonPurposeIsUnclearAndOutlierFound() {
        let report = ReadinessReport.assess(Examples.network("neighbourhood-third-place"), language: .nl)
        #expect(report.findings.contains { $0.code == "purpose.unclear" && $0.severity == .problem })
        #expect(report.consensus.outliers.contains("atelier-kleurrijk"))
        #expect(report.findings.contains { $0.code == "power.funder-veto" })
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
        #expect(ConsensusAnalysis.isUsed("horeca", in: ["horecavaardig"]))
        #expect(!ConsensusAnalysis.isUsed("werk", in: ["werkzoekend"]))
    }
}
