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
        programme.build()
        let solution = CBCSolver.solve(programme.model)
        #expect(solution.status == .optimal)

        // Exhaustive: every model either not started or started in one of the years.
        var best = -Double.infinity
        let choices = years + 1
        for code in 0..<Int(pow(Double(choices), Double(candidates.count))) {
            var rest = code
            var objective = 0.0
            var netIncome = Array(repeating: 0.0, count: years)
            for candidate in candidates {
                let choice = rest % choices
                rest /= choices
                guard choice < years else { continue }
                let model = candidate.model
                let expected =
                    Double((model.yield.likely.cents * Int64(model.success.probability.value) + 5_000) / 10_000)
                    / 100_000
                let keep = 1 - Double(model.cost.directCostRatio.value) / 10_000
                let weight = Double(50 + candidate.alignment) / 100
                var hours = Double(model.effort.startupHours)
                for year in 0..<years {
                    let income = candidate.incomeFactor(start: choice, year: year) * expected
                    objective += weight * keep * income
                    netIncome[year] += keep * income
                    if candidate.isRunning(start: choice, year: year) {
                        hours += Double(12 * model.effort.hoursPerMonth)
                    }
                }
                objective -= hours * Double(rate.cents) / 100_000
            }
            for year in 0..<years {
                let shortfall = max(0, Double(costs[year].cents - cash[year].cents) / 100_000 - netIncome[year])
                objective -= 3 * shortfall
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

    @Test func sameSeedSameBytesAndOtherSeedChangesOnlyTheSimulation() throws {
        let network = Examples.network("social-restaurant")
        let first = PlanXMLWriter.document(try Planner.plan(Self.inputs(network), settings: Self.settings()))
        let second = PlanXMLWriter.document(try Planner.plan(Self.inputs(network), settings: Self.settings()))
        #expect(first == second)
        let other = PlanXMLWriter.document(try Planner.plan(Self.inputs(network), settings: Self.settings(seed: 7)))
        #expect(other != first)
        func withoutSimulation(_ text: String) -> String {
            guard let start = text.range(of: "<simulation "), let end = text.range(of: "</simulation>") else {
                return text
            }
            return String(text[..<start.lowerBound] + text[end.upperBound...])
        }
        #expect(withoutSimulation(other) == withoutSimulation(first))
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
