import Foundation
import Testing

@testable import FundingPlanner
@testable import FundingPlannerSolver
@testable import FundingPlannerXML

@Suite struct PlanTests {
    static func inputs(_ network: NetworkProfile, catalogue: Catalogue = Examples.catalogue) -> Planner.Inputs {
        Planner.Inputs(
            network: network, catalogue: catalogue,
            files: [Examples.input(Examples.path(network.id), label: "network.xml")])
    }

    static func settings(runs: Int = 2_000, seed: UInt64 = 42) -> PlanSettings {
        var settings = PlanSettings.standard
        settings.runs = runs
        settings.seed = seed
        return settings
    }

    /// Small random instances: CBC's optimum equals the best of all start combinations, each
    /// scored with the objective written out independently here.
    ///
    /// The instances have certain yields (min = likely = max), no risk buffer, no reserve target
    /// and no cost for the largest source, so for fixed starts each year is a fractional knapsack:
    /// cover the year's need with the cheapest sources per euro of net income first, as long as a
    /// euro of them costs less than a euro of shortfall (3, plus 1 for the margin row, which
    /// without a buffer counts the same income).
    @Test(arguments: 1...12)
    func solverOptimumEqualsExhaustiveEnumeration(seed: Int) throws {
        var random = SeededRandom(seed: UInt64(seed))
        let base = try #require(Examples.catalogue.model(id: "course-fees"))
        let years = 2 + seed % 2
        var candidates: [PlanningCandidate] = []
        for index in 0..<4 {
            var model = base
            model.id = "m\(index)"
            model.yield.likely = Money(euros: Int64(2_000 + Int(random.next() % 20) * 1_000))
            model.yield.minimum = model.yield.likely
            model.yield.maximum = model.yield.likely
            model.cost.directCostRatio = BasisPoints(Int(random.next() % 5_000))
            model.effort.hoursPerMonth = Int(random.next() % 10)
            model.effort.startupHours = Int(random.next() % 40)
            model.timing.leadTimeMonths = Int(random.next() % 15)
            model.timing.recurrence = [.continuous, .yearly, .oneOff][Int(random.next() % 3)]
            model.timing.maximumYears = random.next() % 2 == 0 ? nil : 1 + Int(random.next() % 2)
            model.success.probability = BasisPoints(3_000 + Int(random.next() % 7_001))
            let candidate = PlanningCandidate(
                model: model, alignment: Int(random.next() % 101), allowedStarts: Array(0..<years), assetsToAcquire: [],
                cofinancingLimit: nil, isPinned: false)
            candidates.append(candidate)
        }
        let costs = (0..<years).map { _ in Money(euros: Int64(5_000 + Int(random.next() % 30) * 1_000)) }
        let cash = (0..<years).map { _ in Money(euros: Int64(Int(random.next() % 10) * 1_000)) }
        let rate = Money(euros: 30)
        var programme = PortfolioProgramme(
            candidates: candidates, years: years, costs: costs, partnerCash: cash,
            publicPartnerCash: cash.map { _ in .zero },
            capacityHoursPerYear: 1_000_000, hourlyRate: rate, maximumShare: .whole, maximumPublicShare: .whole,
            maximumNewPerYear: 10, shortfallPenalty: 3
        )
        programme.lumpyPenalty = 0
        programme.build()
        let solution = CBCSolver.solve(programme.model)
        #expect(solution.status == .optimal)

        // Exhaustive: every model either not started or started in one of the years.
        var best = -Double.infinity
        let choices = years + 1
        for code in 0..<Int(pow(Double(choices), Double(candidates.count))) {
            var rest = code
            var objective = 0.0
            // Per year: (cost per k€ planned, net per k€ planned, most k€ that can be planned).
            var offers = Array(repeating: [(cost: Double, keep: Double, most: Double)](), count: years)
            for candidate in candidates {
                let choice = rest % choices
                rest /= choices
                guard choice < years else { continue }
                let model = candidate.model
                let expected =
                    Double((model.yield.likely.cents * Int64(model.success.probability.value) + 5_000) / 10_000)
                    / 100_000
                let keep = 1 - Double(model.cost.directCostRatio.value) / 10_000
                let cost =
                    0.02 + 0.10 * (1 - Double(candidate.alignment) / 100) + 0.10
                    * (1 - Double(model.success.probability.value) / 10_000)
                var hours = Double(model.effort.startupHours)
                for year in 0..<years {
                    let most = candidate.incomeFactor(start: choice, year: year) * expected
                    if most > 0 { offers[year].append((cost, keep, most)) }
                    if candidate.isRunning(start: choice, year: year) {
                        hours += Double(12 * model.effort.hoursPerMonth)
                    }
                }
                objective -= hours * Double(rate.cents) / 100_000
            }
            for year in 0..<years {
                var need = max(0, Double(costs[year].cents - cash[year].cents) / 100_000)
                for offer in offers[year].sorted(by: { $0.cost / $0.keep < $1.cost / $1.keep }) {
                    // Without a risk buffer the margin row equals the cover row: 3 + 1 per euro short.
                    guard need > 0, offer.keep > 0, offer.cost / offer.keep < 4 else { continue }
                    let planned = min(offer.most, need / offer.keep)
                    objective -= offer.cost * planned
                    need -= planned * offer.keep
                }
                objective -= 4 * need
            }
            best = max(best, objective)
        }
        #expect(abs(solution.objective - best) < 1e-6, "CBC \(solution.objective) vs enumeration \(best)")
    }

    @Test(arguments: Examples.names)
    func everyConstraintHoldsInTheWrittenPlan(name: String) throws {
        let network = Examples.network(name)
        let plan = try Planner.plan(Self.inputs(network), settings: Self.settings())
        let xml = PlanXMLWriter.document(plan)
        try PlanChecker.check(xml: xml, network: network, catalogue: Examples.catalogue, maximumNewPerYear: 2)
    }

    /// The seed's first money idea for the network it fits best: the café's and the catering's
    /// hours are the programme (participants learning to cook and serve), not overhead.
    @Test func socialRestaurantPlansItsCafeOrCatering() throws {
        let network = Examples.network("social-restaurant")
        let plan = try Planner.plan(Self.inputs(network), settings: Self.settings())
        let chosen = plan.sources.filter { ["social-cafe", "event-catering"].contains($0.modelID) }
        #expect(!chosen.isEmpty, "\(plan.sources.map(\.modelID))")
        for source in chosen {
            #expect(source.purposeHours.contains { $0 > 0 }, "\(source.modelID) has no purpose hours")
            #expect([.star, .heart].contains(source.quadrant))
        }
    }

    /// Partner money only from partners that can be asked; uncommitted cash is simulated as such.
    @Test func partnerMoneyFollowsTheProfile() throws {
        var network = Examples.network("technical-companies")
        for index in network.partners.indices { network.partners[index].askCeiling = .zero }
        let none = try Planner.plan(Self.inputs(network), settings: Self.settings())
        #expect(!none.sources.contains { $0.funderType == .partners })
        #expect(none.blocked.contains { $0.modelID == "partner-contributions" })
        #expect(none.partnerAsks.isEmpty)
        network = Examples.network("technical-companies")
        network.partners[0].askCeiling = Money(euros: 500)
        for index in network.partners.indices {
            for item in network.partners[index].contributions.indices {
                network.partners[index].contributions[item].isCommitted = false
            }
        }
        let plan = try Planner.plan(Self.inputs(network), settings: Self.settings())
        let first = try #require(plan.partnerAsks.first { $0.partnerID == network.partners[0].id })
        #expect(first.ceiling == Money(euros: 500) && first.ceilingFromProfile)
        #expect(first.asked.allSatisfy { $0 <= Money(euros: 500) })
        #expect(plan.partnerContributions.allSatisfy { $0.uncommitted == $0.amounts })
        try PlanChecker.check(
            xml: PlanXMLWriter.document(plan), network: network, catalogue: Examples.catalogue, maximumNewPerYear: 2)
    }

    /// A forming or growing network starts a quick win in its first year, or the plan says why not.
    @Test(arguments: Examples.names)
    func formingNetworksGetAQuickWinOrAReason(name: String) throws {
        let network = Examples.network(name)
        var settings = Self.settings(runs: 500)
        settings.language = .en
        let plan = try Planner.plan(Self.inputs(network), settings: settings)
        guard [.forming, .growing].contains(plan.readiness.maturity.stage) else { return }
        let first = try #require(plan.years.first)
        let quick = plan.sources.filter { source in
            guard let model = Examples.catalogue.model(id: source.modelID) else { return false }
            return source.startYear == first && model.timing.leadTimeMonths <= 3 && model.effort.hoursPerMonth <= 10
        }
        #expect(
            !quick.isEmpty || plan.explanations.contains { $0.hasPrefix("No quick win in the first year") },
            "\(name): \(plan.sources.map(\.modelID)) \(plan.explanations)")
    }

    /// A dependence goal in the profile is followed or the plan says why not.
    @Test func dependenceGoalsAreFollowedOrExplained() throws {
        var network = Examples.network("young-network-dominant-funder")
        network.preferences.publicShareGoal = BasisPoints(1_000)
        network.preferences.ownIncomeGoal = BasisPoints(2_000)
        var settings = Self.settings()
        settings.language = .en
        let plan = try Planner.plan(Self.inputs(network), settings: settings)
        let lines = plan.explanations.filter { $0.hasPrefix("Goal ") }
        #expect(lines.count == 2, "\(plan.explanations)")
        let last = try #require(plan.indicators.years.last)
        #expect(lines.contains { $0.hasPrefix(last.publicShare.value <= 1_000 ? "Goal followed" : "Goal missed") })
        #expect(lines.contains { $0.hasPrefix(last.ownShare.value >= 2_000 ? "Goal followed" : "Goal missed") })
    }

    @Test func sameSeedSameBytesAndOtherSeedChangesOnlyTheSimulation() throws {
        let network = Examples.network("social-restaurant")
        let first = PlanXMLWriter.document(try Planner.plan(Self.inputs(network), settings: Self.settings()))
        let second = PlanXMLWriter.document(try Planner.plan(Self.inputs(network), settings: Self.settings()))
        #expect(first == second)
        let other = PlanXMLWriter.document(try Planner.plan(Self.inputs(network), settings: Self.settings(seed: 7)))
        #expect(other != first)
        // The seed changes the simulation, and so the sentence on the simulated chance and the
        // simulated sensitivities. The plan itself changes only through the risk buffer the
        // simulated chance selects (README: "Enough, with a margin"): with the same buffer, the
        // same sources and amounts.
        func withoutSimulation(_ text: String) -> String {
            guard let start = text.range(of: "<simulation "), let end = text.range(of: "</simulation>") else {
                return text
            }
            return String(text[..<start.lowerBound] + text[end.upperBound...]).split(separator: "\n").filter {
                !$0.contains("(--coverage)") && !$0.contains("<sensitivity ")
            }.joined(separator: "\n")
        }
        func riskBuffer(_ text: String) -> String? {
            guard let range = text.range(of: #"riskBuffer="[0-9.]+""#, options: .regularExpression) else { return nil }
            return String(text[range])
        }
        let firstBuffer = try #require(riskBuffer(first))
        let otherBuffer = try #require(riskBuffer(other))
        if firstBuffer == otherBuffer {
            #expect(withoutSimulation(other) == withoutSimulation(first))
        } else {
            // A different buffer: the plan says which, and the same seed gives it again.
            let again = PlanXMLWriter.document(try Planner.plan(Self.inputs(network), settings: Self.settings(seed: 7)))
            #expect(again == other)
        }
    }

    @Test func pinningABlockedModelIsExplained() throws {
        let network = Examples.network("young-network-dominant-funder")
        var settings = Self.settings()
        settings.pinned = ["esf-mature-network"]
        #expect {
            _ = try Planner.plan(Self.inputs(network), settings: settings)
        } throws: { error in
            let explanation = (error as? PlanningError)?.explanations(in: .nl).joined(separator: "\n") ?? ""
            return explanation.contains("'esf-mature-network' is vastgepind maar kan niet in het plan")
        }
    }

    @Test func zeroPublicCapWithOnlyPublicSourcesNamesTheCap() throws {
        var network = Examples.network("social-restaurant")
        network.preferences.maximumPublicShare = BasisPoints(0)
        network.partners = network.partners.filter { $0.type != .localGovernment }
        let nonPublic = Examples.catalogue.models.filter { $0.taxonomy.resourceType != .public }.map(\.id)
        var settings = Self.settings()
        settings.language = .en
        settings.excluded = nonPublic
        let plan = try Planner.plan(Self.inputs(network), settings: settings)
        #expect(plan.sources.isEmpty)
        #expect(plan.yearTotals.contains { $0.shortfall > .zero })
        #expect(plan.explanations.contains { $0.contains("cap on public money (0 %)") }, "\(plan.explanations)")
    }

    @Test func modelsCanBeExportedAsLPAndMPS() throws {
        let inputs = Self.inputs(Examples.network("technical-companies"))
        let lp = try Planner.prepare(inputs).model(.lp)
        #expect(lp.hasPrefix("\\ fundingplan\nMaximize\n obj: "))
        #expect(lp.contains("Subject To") && lp.contains("General") && lp.hasSuffix("End\n"))
        let mps = try Planner.prepare(inputs).model(.mps)
        // Maximisation as the minimisation of the negated objective; standard quoted markers.
        #expect(mps.hasPrefix("* fundingplan\n* Maximisation written as minimisation of the negated objective"))
        #expect(mps.contains("\nNAME fundingplan\nROWS\n N obj\n") && !mps.contains("OBJSENSE"))
        #expect(
            mps.contains(" 'MARKER' 'INTORG'\n") && mps.contains(" 'MARKER' 'INTEND'\n")
                && !mps.contains("MARKER MARKER"))
        #expect(mps.hasSuffix("ENDATA\n"))
    }

    @Test func sha256MatchesKnownVectors() {
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            SHA256.hex(Array(String(repeating: "a", count: 1_000).utf8))
                == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }
}
