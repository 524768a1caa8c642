import Foundation
import Testing

@testable import FundingPlanner

/// Typing a profile without XML: numbers as Belgians type them, choices by label, `init`,
/// `import` and `vocabulary` as a coordinator runs them.
@Suite struct AuthoringTests {
    @Test(
        arguments: [
            ("10000", 1_000_000), ("10.000", 1_000_000), ("10.000,50", 1_000_050), ("10000,50", 1_000_050),
            ("10000.50", 1_000_050),
            ("10,000.50", 1_000_050), ("€ 2.500", 250_000), ("2,5", 250), ("1.500.000", 150_000_000), ("0", 0),
        ] as [(String, Int64)])
    func amountsAsPeopleTypeThem(typed: String, cents: Int64) throws {
        #expect(try TypedInput.amount(typed).get() == Money(cents: cents))
    }

    @Test(arguments: ["10.000,505", "1.2345", "abc", "-5", "10,5,0", "", "12.34.56"])
    func amountsThatAreNotAmountsAreRefusedWithTheForms(typed: String) {
        guard case .failure(let problem) = TypedInput.amount(typed) else {
            Issue.record("'\(typed)' was accepted")
            return
        }
        #expect(problem.text(.nl).contains("10.000,50"))
        #expect(problem.text(.en).contains("10000.50"))
    }

    @Test func percentagesDatesAndAnswers() throws {
        #expect(try TypedInput.percentage("40 %").get() == BasisPoints(4_000))
        #expect(try TypedInput.percentage("12,5").get() == BasisPoints(1_250))
        #expect((try? TypedInput.percentage("140").get()) == nil)
        #expect(try TypedInput.date("01/09/2024").get() == CalendarDate(year: 2024, month: 9, day: 1))
        #expect(try TypedInput.date("2024-09-01").get() == CalendarDate(year: 2024, month: 9, day: 1))
        #expect((try? TypedInput.date("31/02/2024").get()) == nil)
        #expect(try TypedInput.yesNo("Ja").get() == true)
        #expect(try TypedInput.whole("1.000", in: 0...5_000).get() == 1_000)
    }

    @Test func choicesByNumberTokenOrLabelInEitherLanguage() throws {
        #expect(try VocabularyChoice.pick("nieuwkomers", among: TargetGroup.self).get() == .newcomers)
        #expect(try VocabularyChoice.pick("Newcomers", among: TargetGroup.self).get() == .newcomers)
        #expect(try VocabularyChoice.pick("3", among: TargetGroup.self).get() == .newcomers)
        #expect(try VocabularyChoice.pick("coordinatie", among: CostCategory.self).get() == .coordination)
        #expect(try VocabularyChoice.pick("trekker", among: PartnerRole.self).get() == .puller)
        #expect(try VocabularyChoice.pickSeveral("1, 3", among: TargetGroup.self).get() == [.jobSeekers, .newcomers])
        guard case .failure(let problem) = VocabularyChoice.pick("bedrijff", among: PartnerType.self) else {
            Issue.record("a typo was accepted")
            return
        }
        #expect(problem.text(.nl).contains("bedoelt u 'bedrijf'?"))
    }

    /// Every example written by ``NetworkXMLWriter`` reads back as the same profile.
    @Test(arguments: Examples.names)
    func profilesRoundTripThroughTheWriter(name: String) throws {
        let original = Examples.network(name)
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try TestSupport.write(NetworkXMLWriter.document(original), named: "network.xml", in: folder)
        var copy = try NetworkProfile.load(path: path, catalogue: Examples.catalogue).profile
        copy.origin = original.origin
        for index in copy.partners.indices { copy.partners[index].origin = original.partners[index].origin }
        for index in copy.outputIndicators.indices {
            copy.outputIndicators[index].origin = original.outputIndicators[index].origin
        }
        #expect(copy == original)
        #expect(copy.outputIndicators.count == original.outputIndicators.count)
        if ["social-restaurant", "digital-skills-libraries", "neighbourhood-third-place"].contains(name) {
            #expect(!copy.outputIndicators.isEmpty, "the example's indicators were not written")
        }
    }

    @Test func initWithPipedAnswersWritesAProfileThatValidatesAndPlans() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let answers = try String(
            contentsOf: TestSupport.fixtures.appendingPathComponent("init-answers-nl.txt"), encoding: .utf8)
        let profile = folder.appendingPathComponent("network.xml").path
        let run = try TestSupport.run(["init", "-o", profile], input: answers)
        #expect(run.status == 0, "\(run.standardOutput)\(run.standardError)")
        let validation = try TestSupport.run(["validate", profile])
        #expect(validation.status == 0, "\(validation.standardError)")
        let loaded = try NetworkProfile.load(path: profile, catalogue: Examples.catalogue).profile
        #expect(loaded.partners.map(\.id) == ["fietsbieb-vzw", "stad-gent"])
        #expect(loaded.partners[1].contributions.map(\.amount) == [Money(cents: 1_000_050), Money(euros: 10_000)])
        #expect(loaded.preferences.maximumPublicShare == BasisPoints(6_000))
        let indicator = try #require(loaded.outputIndicators.first)
        #expect(loaded.outputIndicators.count == 1)
        #expect(indicator.id == "jongeren-die-een-fietsherstelreeks-volgen")
        #expect(indicator.unit == .participants)
        #expect(indicator.name.text(in: .nl) == "Jongeren die een fietsherstelreeks volgen")
        #expect(indicator.targets == [.init(year: 2026, value: 12), .init(year: 2028, value: 20)])
        #expect(indicator.callIndicator == "jongeren-bereikt")
        let plan = try TestSupport.run([
            "plan", profile, "-o", folder.appendingPathComponent("plan").path, "--runs", "500",
        ])
        #expect(plan.status == 0, "\(plan.standardError)")
    }

    @Test func initStopsAtARefusedPipedAnswerAndWritesNothing() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let profile = folder.appendingPathComponent("network.xml").path
        let run = try TestSupport.run(
            ["init", "-o", profile],
            input: "Netwerk\nEen doel voor iemand.\n\n1\nnieuwkomers\nGent\nOost-Vlaanderen\n31/02/2024\n")
        #expect(run.status == 1)
        #expect(run.standardError.contains("Opgericht op"), "\(run.standardError)")
        #expect(run.standardError.contains("is geen datum"))
        #expect(!FileManager.default.fileExists(atPath: profile))
    }

    @Test func initFromAnExampleKeepsItsValuesOnEmptyAnswers() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let profile = folder.appendingPathComponent("network.xml").path
        let run = try TestSupport.run(
            ["init", "--from", "social-restaurant", "-o", profile], input: String(repeating: "\n", count: 60))
        #expect(run.status == 0, "\(run.standardError)")
        let written = try NetworkProfile.load(path: profile, catalogue: Examples.catalogue).profile
        let example = Examples.network("social-restaurant")
        #expect(written.partners.map(\.id) == example.partners.map(\.id))
        #expect(written.partners.map(\.contributions) == example.partners.map(\.contributions))
        #expect(written.budget == example.budget)
        #expect(written.preferences == example.preferences)
        // The output indicators are kept too (they were dropped before).
        #expect(!example.outputIndicators.isEmpty)
        #expect(written.outputIndicators.map(\.id) == example.outputIndicators.map(\.id))
        #expect(written.outputIndicators.map(\.targets) == example.outputIndicators.map(\.targets))
        #expect(written.outputIndicators.map(\.unit) == example.outputIndicators.map(\.unit))
        #expect(!written.isFictional)
    }

    @Test func importOfTheTemplatesRoundTrips() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("network.xml").path
        let templates = TestSupport.packageRoot.appendingPathComponent("catalogues/templates")
        let run = try TestSupport.run([
            "import", "--partners", templates.appendingPathComponent("partners.csv").path,
            "--budget", templates.appendingPathComponent("budget.csv").path, "--from", "social-restaurant", "-o",
            output,
        ])
        #expect(run.status == 0, "\(run.standardError)")
        let profile = try NetworkProfile.load(path: output, catalogue: Examples.catalogue).profile
        #expect(profile.partners.map(\.id) == ["stad-voorbeeld", "centrum-voorbeeld"])
        #expect(profile.partners[0].contributions.map(\.amount) == [Money(euros: 15_000), Money(euros: 15_000)])
        #expect(profile.partners[1].roles == [.provider, .expert])
        #expect(profile.partners[1].contributions.first?.valuation == .hoursTimesRate)
        #expect(profile.budget.costs.map(\.amount) == [28_000, 12_000, 28_500, 13_000].map { Money(euros: $0) })
        #expect(profile.budget.costs.first?.description == "netwerkcoördinator, 0,5 VTE")
    }

    @Test func importOfTheIndicatorsTemplateReplacesTheIndicators() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("network.xml").path
        let template = TestSupport.packageRoot.appendingPathComponent("catalogues/templates/indicators.csv").path
        let run = try TestSupport.run(["import", "--indicators", template, "--from", "social-restaurant", "-o", output])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("2 indicatoren"))
        let profile = try NetworkProfile.load(path: output, catalogue: Examples.catalogue).profile
        let example = Examples.network("social-restaurant")
        #expect(profile.outputIndicators.map(\.id) == ["deelnemers-kookreeks", "kooksessies"])
        #expect(profile.outputIndicators.map(\.unit) == [.participants, .sessions])
        #expect(profile.outputIndicators[1].targets.map { [$0.year, $0.value] } == [[2026, 40], [2027, 48]])
        #expect(profile.outputIndicators[0].name.text(in: .nl) == "Nieuwkomers die een kookreeks volgen")
        // Everything else is the example's.
        #expect(profile.partners.map(\.id) == example.partners.map(\.id))
        #expect(profile.budget.costs == example.budget.costs)
    }

    @Test func importReportsEveryIndicatorRowProblem() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = try TestSupport.write(
            "id;naam;eenheid;jaar;streefwaarde\nles;Lessen;lessen;2026;10\nuren;Uren;uren;2026;1.000\nuren;;;2026;20\n"
                + "uren;;;2040;5\nuren;;;2027;veel\n",
            named: "indicators.csv", in: folder)
        let output = folder.appendingPathComponent("out.xml").path
        let run = try TestSupport.run(["import", "--indicators", csv, "--from", "social-restaurant", "-o", output])
        #expect(run.status == 1)
        let errors = run.standardError
        #expect(errors.contains("indicators.csv:2:3: error: eenheid: 'lessen'"), "\(errors)")
        #expect(errors.contains("indicators.csv:4:4: error: 'uren' heeft al een streefwaarde voor 2026"), "\(errors)")
        #expect(errors.contains("indicators.csv:5:4: error: jaar"), "\(errors)")
        #expect(errors.contains("indicators.csv:6:5: error: streefwaarde"), "\(errors)")
        // "1.000" is a thousand, as everywhere: no problem on row 3.
        #expect(!errors.contains("indicators.csv:3:"), "\(errors)")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func importReportsEveryRowProblemByRowAndColumn() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = try TestSupport.write(
            "id,naam,soort,rollen,jaar,bijdrage,bedrag\nx,X,bedrijff,expert,2026,geld,10.000\ny,Y,school,expert,2031,geld,\"1.000,555\"\n",
            named: "partners.csv", in: folder)
        let output = folder.appendingPathComponent("out.xml").path
        let run = try TestSupport.run(["import", "--partners", csv, "--from", "social-restaurant", "-o", output])
        #expect(run.status == 1)
        #expect(run.standardError.contains("partners.csv:2:3: error: soort: 'bedrijff'"), "\(run.standardError)")
        #expect(run.standardError.contains("partners.csv:3:5: error: jaar"))
        #expect(run.standardError.contains("partners.csv:3:7: error: bedrag"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func vocabularyListsTokensWithBothLabels() throws {
        let run = try TestSupport.run(["vocabulary", "partner-types"])
        #expect(run.status == 0)
        #expect(
            run.standardOutput.contains("local-government") && run.standardOutput.contains("lokaal bestuur")
                && run.standardOutput.contains("local government"))
        let all = try TestSupport.run(["vocabulary", "--lang", "en"])
        for list in VocabularyIndex.lists(catalogue: Examples.catalogue) {
            #expect(all.standardOutput.contains(list.name))
        }
        #expect(try TestSupport.run(["vocabulary", "colours"]).status == 2)
    }
}
