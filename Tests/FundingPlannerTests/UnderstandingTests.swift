import Foundation
import FundingPlannerText
import Testing

@testable import FundingPlanner

/// The concept lexicon and the checks built on it: recognition in Dutch and English, purpose clarity
/// and consensus by meaning, self-interest, coalitions, the talents mechanism, and the same results in
/// every output language.
///
/// Purposes and statements are written as coordinators write them, not only the shipped examples.
@Suite struct UnderstandingTests {
    static let lexicon = ConceptLexicon.builtIn

    static func concepts(_ text: String, _ language: String) -> Set<String> {
        Set(
            lexicon.recognise(text, languageTag: language, analyzer: TextAnalyzer()).distinct.map {
                lexicon.concept(at: $0).id
            })
    }

    // MARK: Recognition

    @Test(arguments: [
        ("Werkzoekenden en nieuwkomers uit de wijk", "nl", ["job-seekers", "newcomers", "neighbourhood"]),
        ("NT2-cursisten en anderstaligen komen taal oefenen", "nl", ["non-native-speakers", "language-practice"]),
        ("laaggeletterden en schoolverlaters", "nl", ["low-literate-adults", "early-school-leavers"]),
        ("jongeren zonder diploma vinden werk", "nl", ["early-school-leavers", "find-work"]),
        (
            "leren koken en bedienen zodat ze aan het werk gaan", "nl",
            ["gain-skills", "cooking", "serving", "find-work"]
        ),
        (
            "toestellen herstellen en sorteren in een ontmoetingsplek in de buurt", "nl",
            ["repairing", "sorting", "meeting-place", "neighbourhood"]
        ),
        ("horecavaardigheden", "nl", ["hospitality-work", "gain-skills"]),
        ("buurtbewoners", "nl", ["residents"]),
        ("Job seekers and newcomers from the neighbourhood", "en", ["job-seekers", "newcomers", "neighbourhood"]),
        ("adults with low literacy and early school leavers", "en", ["low-literate-adults", "early-school-leavers"]),
        ("learn to cook and serve, and find work", "en", ["gain-skills", "cooking", "serving", "find-work"]),
        ("repairing and sorting appliances in a community centre", "en", ["repairing", "sorting", "meeting-place"]),
    ])
    func termsAreRecognised(text: String, language: String, expected: [String]) {
        let found = Self.concepts(text, language)
        #expect(found.isSuperset(of: expected), "\(text): \(found.sorted())")
    }

    @Test func olderPeopleAndParentsStayApartThoughTheyShareAStem() {
        #expect(Self.concepts("ouderen", "nl").contains("seniors"))
        #expect(!Self.concepts("ouderen", "nl").contains("parents"))
        #expect(Self.concepts("ouders", "nl").contains("parents"))
        #expect(!Self.concepts("ouders", "nl").contains("seniors"))
    }

    @Test func stopWordsBetweenTheWordsOfATermAreSkipped() {
        #expect(Self.concepts("om werk te vinden", "nl").contains("find-work"))
        #expect(Self.concepts("wie moeilijk leest", "nl").contains("low-literate-adults"))
    }

    @Test func theBuiltInLexiconIsRichAndWellFormed() {
        let concepts = Self.lexicon.concepts
        #expect(concepts.count >= 90)
        #expect(concepts.flatMap(\.terms).count >= 600)
        for concept in concepts {
            #expect(
                concept.terms.contains { $0.language == "nl" } && concept.terms.contains { $0.language == "en" },
                "\(concept.id)")
            #expect(concept.label.exactly(.nl) != nil && concept.label.exactly(.en) != nil, "\(concept.id)")
            for broader in concept.broader {
                #expect(Self.lexicon.concept(id: broader) != nil, "\(concept.id) → \(broader)")
            }
        }
        for kind in ConceptKind.allCases { #expect(concepts.contains { $0.kind == kind }, "\(kind)") }
    }

    // MARK: Purpose clarity

    func clarity(_ purpose: String, _ language: String) -> Set<String> {
        var network = Examples.network("social-restaurant")
        network.purpose = LocalizedText([(language, purpose)])
        return Set(
            ReadinessReport.assess(network, language: .en).findings.filter { $0.check == .purposeClarity }.map(\.code))
    }

    @Test(arguments: [
        ("Alle inwoners van de streek een leven lang laten bijleren.", "nl"),
        ("Iedereen in onze gemeente levenslang laten leren.", "nl"),
        ("Samen zorgen we voor meer welzijn en levenskwaliteit voor alle burgers.", "nl"),
        ("Help all residents of the region keep learning throughout life.", "en"),
        ("Lifelong learning for everyone in our town.", "en"),
    ])
    func aPurposeForEveryoneAboutNothingConcreteIsFlagged(purpose: String, language: String) {
        let codes = clarity(purpose, language)
        #expect(codes.contains("purpose.everything-to-everyone"), "\(codes)")
        #expect(!codes.contains("purpose.clear"), "\(codes)")
    }

    @Test(arguments: [
        ("Een repair café in elke wijk zodat minder toestellen bij het afval belanden.", "nl"),
        ("We bouwen een ontmoetingsplek uit waar je Nederlands kunt oefenen en leren.", "nl"),
        ("A repair café in every neighbourhood so that fewer appliances end up as waste.", "en"),
        ("We run a meeting place where you can practise and learn Dutch.", "en"),
    ])
    func aPurposeWithoutTargetGroupIsFlagged(purpose: String, language: String) {
        let codes = clarity(purpose, language)
        #expect(codes.contains("purpose.no-target-group"), "\(codes)")
        #expect(!codes.contains("purpose.no-concrete-result"), "\(codes)")
    }

    @Test(arguments: [
        ("Samen met nieuwkomers koken en eten in het buurthuis.", "nl"),
        ("Werkzoekenden en anderstaligen samenbrengen in de wijk.", "nl"),
        ("Cooking and eating with newcomers in the community centre.", "en"),
        ("Bringing job seekers and speakers of other languages together in the neighbourhood.", "en"),
    ])
    func aPurposeWithoutConcreteResultIsFlagged(purpose: String, language: String) {
        let codes = clarity(purpose, language)
        #expect(codes.contains("purpose.no-concrete-result"), "\(codes)")
        #expect(!codes.contains("purpose.no-target-group"), "\(codes)")
    }

    @Test(arguments: [
        ("Nieuwkomers in Genk oefenen Nederlands in ons sociaal restaurant en vinden sneller werk.", "nl"),
        ("Jongeren zonder diploma leren in onze werkplaats fietsen herstellen en vinden zo een job.", "nl"),
        ("Laaggeletterde ouders in de wijk leren de schoolapp gebruiken en volgen zo hun kinderen op.", "nl"),
        ("Newcomers in Genk practise Dutch in our social restaurant and find work sooner.", "en"),
        ("Early school leavers learn to repair bikes in our workshop and find a job.", "en"),
    ])
    func aPurposeNamingWhoAndWhatChangesIsClear(purpose: String, language: String) {
        let codes = clarity(purpose, language)
        #expect(codes == ["purpose.clear"], "\(codes)")
    }

    @Test(arguments: [
        ("Laaggeletterde volwassenen leren toestellen sorteren en herstellen.", "nl", 1),
        ("Werkzoekenden leren koken, bedienen en afwassen in een echte keuken.", "nl", 1),
        ("Jongeren zonder diploma halen een certificaat en vinden werk.", "nl", 2),
        ("Adults with low literacy learn to sort and repair appliances.", "en", 1),
        ("Early school leavers earn a certificate and find work.", "en", 2),
    ])
    func goalsAreDistinctOutcomes(purpose: String, language: String, goals: Int) {
        let understood = Self.lexicon.recognise(purpose, languageTag: language, analyzer: TextAnalyzer())
        #expect(PurposeClarity.Meaning(understood.distinct, lexicon: Self.lexicon).goals == goals)
    }

    // MARK: Consensus

    func network(purpose: [(String, String)], statements: [(String, String)]) -> NetworkProfile {
        var network = Examples.network("social-restaurant")
        network.purpose = LocalizedText(purpose)
        let template = network.partners[0]
        network.partners = statements.enumerated().map { index, statement in
            var partner = template
            partner.id = "partner-\(index)"
            partner.name = "Partner \(index)"
            partner.statement = LocalizedText([(statement.1, statement.0)])
            return partner
        }
        return network
    }

    @Test func theSameWhyInOtherWordsAgrees() {
        let network = network(
            purpose: [("nl", "Werkzoekenden uit de wijk leren in de horeca werken en vinden werk.")],
            statements: [
                ("Mensen zonder werk uit de buurt leren koken en bedienen, zodat ze aan de slag kunnen.", "nl"),
                ("Werkzoekenden uit onze wijk aan een job helpen via een opleiding in ons restaurant.", "nl"),
                ("Job seekers from the neighbourhood learn to cook and serve, and find a job.", "en"),
                ("Langdurig werklozen in de buurt doen werkervaring op in de keuken en stromen door naar werk.", "nl"),
            ])
        let report = ReadinessReport.assess(network, language: .nl)
        #expect(report.consensus.outliers.isEmpty, "\(report.consensus.agreement)")
        #expect((report.consensus.score ?? 0) >= MaturityAssessment.sharedPurposeScore, "\(report.consensus.agreement)")
        #expect(report.consensus.sharedConcepts.contains("find-work"))
        #expect(
            report.consensus.partners["partner-2"]?.shared.contains("job-seekers") == true,
            "English statement agrees with Dutch ones")
    }

    @Test func aStatementAboutSomethingElseStandsApartButIsNoSelfInterest() {
        let network = network(
            purpose: [("nl", "Werkzoekenden uit de wijk leren in de horeca werken en vinden werk.")],
            statements: [
                ("Werkzoekenden uit de buurt leren koken en bedienen en vinden werk.", "nl"),
                ("Mensen zonder werk in de wijk aan een job helpen via de horeca.", "nl"),
                ("Job seekers from the neighbourhood learn to cook and find work.", "en"),
                ("Wij organiseren muziekles en theater voor kinderen.", "nl"),
            ])
        let report = ReadinessReport.assess(network, language: .en)
        #expect(report.consensus.outliers == ["partner-3"])
        #expect(report.consensus.selfInterested.isEmpty)
        #expect(report.consensus.partners["partner-3"]?.missing.contains("job-seekers") == true)
    }

    @Test(arguments: [
        ("Wij willen vooral zichtbaarder worden en meer subsidies binnenhalen voor onze vzw.", "nl"),
        ("Ons atelier wil meer deelnemers werven voor onze eigen betalende cursussen.", "nl"),
        ("Wij blijven graag op de hoogte van wat er in de regio gebeurt.", "nl"),
        ("We want to raise our profile and secure grants for our organisation.", "en"),
        ("Through the network we want new customers for our own courses.", "en"),
    ])
    func selfInterestIsFlaggedApartFromDisagreement(statement: String, language: String) throws {
        let network = network(
            purpose: [("nl", "Werkzoekenden uit de wijk leren in de horeca werken en vinden werk.")],
            statements: [
                ("Werkzoekenden uit de buurt leren koken en bedienen en vinden werk.", "nl"),
                ("Mensen zonder werk in de wijk aan een job helpen via de horeca.", "nl"),
                ("Job seekers from the neighbourhood learn to cook and find work.", "en"),
                (statement, language),
            ])
        let report = ReadinessReport.assess(network, language: .nl)
        #expect(report.consensus.selfInterested == ["partner-3"])
        #expect(!report.consensus.outliers.contains("partner-3"))
        let finding = try #require(report.findings.first { $0.code == "consensus.self-interest" })
        #expect(finding.partner == "partner-3")
        #expect(finding.severity == .warning, "mostly about its own gain")
    }

    @Test func ownGainBesideTheSharedWhyIsOnlyAdvice() throws {
        let report = ReadinessReport.assess(Examples.network("social-restaurant"), language: .en)
        let finding = try #require(report.findings.first { $0.code == "consensus.self-interest" })
        #expect(finding.partner == "hotel-campus")
        #expect(finding.severity == .advice)
    }

    @Test func consensusStaysFastAtThePartnerLimit() {
        var network = Examples.network("social-restaurant")
        let statements = network.partners.map(\.statement)
        network.partners = (0..<DocumentLimits.maximumPartners).map { index in
            var partner = network.partners[index % network.partners.count]
            partner.id = "partner-\(index)"
            partner.statement = statements[index % statements.count]
            return partner
        }
        let clock = ContinuousClock()
        let duration = clock.measure { _ = ReadinessReport.assess(network, language: .nl) }
        #expect(duration < .seconds(20), "\(duration)")
    }

    // MARK: Money and power

    func powerNetwork(_ partners: [(PartnerType, Int, Int)]) -> NetworkProfile {
        var network = Examples.network("technical-companies")
        let template = network.partners[0]
        network.partners = partners.enumerated().map { index, spec in
            var partner = template
            partner.id = "p\(index)"
            partner.type = spec.0
            partner.votes = spec.2
            partner.hasVeto = false
            partner.contributions = [
                NetworkProfile.Contribution(
                    year: network.budget.startYear, kind: .cash, amount: Money(euros: Int64(spec.1)), valuation: nil,
                    description: nil)
            ]
            return partner
        }
        return network
    }

    func power(_ network: NetworkProfile) -> [ReadinessFinding] {
        ReadinessReport.assess(network, language: .nl).findings.filter { $0.check == .moneyAndPower }
    }

    @Test func aBlocOfCompaniesHoldingMostCashAndVotesIsFlaggedThoughEachStaysUnderTheThreshold() throws {
        // Three companies pay 30 % each and hold 2 votes each of 10: none reaches 40 %.
        let network = powerNetwork([
            (.company, 3_000, 2), (.company, 3_000, 2), (.company, 3_000, 2), (.ngo, 500, 1), (.school, 500, 1),
            (.localGovernment, 0, 1), (.library, 0, 1),
        ])
        let findings = power(network)
        #expect(!findings.contains { $0.code == "power.follows-money" })
        let bloc = try #require(findings.first { $0.code == "power.bloc-holds-cash-and-votes" })
        #expect(bloc.severity == .problem, "6 of 10 votes for 3 of 7 partners")
        #expect(findings.contains { $0.code == "power.cash-from-one-type" })
    }

    @Test func votesFollowingCashInsideOneTypeAreFlagged() {
        let network = powerNetwork([
            (.company, 4_000, 3), (.company, 1_000, 1), (.ngo, 2_000, 1), (.school, 2_000, 1),
            (.localGovernment, 2_000, 1),
        ])
        #expect(power(network).contains { $0.code == "power.votes-follow-cash-in-group" })
    }

    @Test func equalVotesAndSpreadCashGiveNoCoalitionFinding() {
        let network = powerNetwork([
            (.company, 2_000, 1), (.company, 2_000, 1), (.ngo, 2_000, 1), (.school, 2_000, 1),
            (.localGovernment, 2_000, 1),
        ])
        #expect(power(network).map(\.code) == ["power.separated"])
    }

    // MARK: The talents mechanism

    @Test func runningTheModelIsThePurposeForAHospitalityNetwork() throws {
        let result = Matcher.match(Examples.network("social-restaurant"), catalogue: Examples.catalogue, language: .nl)
        for id in ["waffle-bake", "event-catering", "social-cafe"] {
            let match = try #require(result.matches.first { $0.modelID == id })
            #expect(match.strongMechanisms.contains("participants-practise-skills"), "\(id)")
        }
        let repair = try #require(result.matches.first { $0.modelID == "repair-and-circular-shop" })
        #expect(!repair.strongMechanisms.contains("participants-practise-skills"))
    }

    @Test func aRepairNetworkGetsTheRepairShopAsPurpose() throws {
        var network = Examples.network("social-restaurant")
        network.purpose = LocalizedText([
            ("nl", "Laaggeletterde volwassenen uit de wijk leren toestellen sorteren en herstellen en vinden zo werk.")
        ])
        let result = Matcher.match(network, catalogue: Examples.catalogue, language: .en)
        let repair = try #require(result.matches.first { $0.modelID == "repair-and-circular-shop" })
        #expect(repair.strongMechanisms.contains("participants-practise-skills"))
        let waffle = try #require(result.matches.first { $0.modelID == "waffle-bake" })
        #expect(
            waffle.strongMechanisms.contains("participants-practise-skills"), "cooking from the partners' statements")
        var technical = Examples.network("technical-companies")
        technical.partners = technical.partners.map {
            var partner = $0
            partner.statement = LocalizedText()
            return partner
        }
        let other = Matcher.match(technical, catalogue: Examples.catalogue, language: .en)
        let bake = try #require(other.matches.first { $0.modelID == "waffle-bake" })
        #expect(!bake.strongMechanisms.contains("participants-practise-skills"))
    }

    // MARK: The same answer in every language

    @Test(arguments: Examples.names)
    func readinessAndMatchAreTheSameInDutchAndEnglish(name: String) {
        let network = Examples.network(name)
        let dutch = Matcher.match(network, catalogue: Examples.catalogue, language: .nl)
        let english = Matcher.match(network, catalogue: Examples.catalogue, language: .en)
        #expect(Self.numbers(dutch) == Self.numbers(english))
        // The eligibility list too: the same models, each with as many reasons and checks.
        #expect(
            dutch.ineligible.map { "\($0.modelID) \($0.reasons.count) \($0.checks.count)" }
                == english.ineligible.map { "\($0.modelID) \($0.reasons.count) \($0.checks.count)" })
        #expect(
            dutch.readiness.findings.map { [$0.code, $0.severity.rawValue, $0.partner ?? ""] }
                == english.readiness.findings.map { [$0.code, $0.severity.rawValue, $0.partner ?? ""] })
        #expect(dutch.readiness.consensus == english.readiness.consensus)
        #expect(dutch.readiness.purposeConcepts.map(\.id) == english.readiness.purposeConcepts.map(\.id))
    }

    static func numbers(_ result: MatchResult) -> [String] {
        result.matches.enumerated().map { rank, match in
            let c = match.components
            return
                "\(rank) \(match.modelID) \(match.alignment) \(c.purposeText) \(c.themes) \(c.mechanisms) \(c.feasibility) \(match.netContribution.cents) "
                + "\(match.quadrant.rawValue) \(match.strongMechanisms) \(match.matchedTerms) \(match.matchedConcepts.map(\.id)) \(match.prerequisites.map(\.isMet)) "
                + "\(match.eligibilityChecks.count) \(match.practisedActivities.map(\.id)) \(match.yieldNote != nil)"
        }
    }

    @Test(arguments: Examples.names)
    func aPurposeInOneLanguageStillMatchesFully(name: String) {
        let network = Examples.network(name)
        let full = Matcher.match(network, catalogue: Examples.catalogue, language: .nl)
        for language in ["nl", "en"] {
            var single = network
            single.purpose = LocalizedText(network.purpose.entries.filter { $0.language == language })
            let result = Matcher.match(single, catalogue: Examples.catalogue, language: .nl)
            let top = Set(result.matches.prefix(5).map(\.modelID))
            // Words still weigh a quarter of the text score, and an English purpose meets other
            // words than a Dutch one: most of the top five, not all of it, stays the same.
            #expect(top.intersection(full.matches.prefix(5).map(\.modelID)).count >= 3, "\(name) [\(language)]")
            #expect(result.matches.prefix(5).allSatisfy { $0.components.purposeText > 0 })
        }
    }

    /// Check, match and plan through the binary, for every example and valid fixture: the XML in
    /// Dutch and English is the same once the texts are taken out.
    @Test func outputsDifferOnlyInTheirTexts() throws {
        let fixtures = try FileManager.default.contentsOfDirectory(
            atPath: TestSupport.fixtures.appendingPathComponent("network/valid").path
        )
        .filter { $0.hasSuffix(".xml") }.sorted()
        .map { TestSupport.fixtures.appendingPathComponent("network/valid/\($0)").path }
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for path in Examples.names.map(Examples.path) + fixtures {
            for command in [["check", path, "--format", "xml"], ["match", path, "--format", "xml", "--top", "100"]] {
                let dutch = try TestSupport.run(command + ["--lang", "nl"])
                let english = try TestSupport.run(command + ["--lang", "en"])
                #expect(dutch.status == 0 && english.status == 0, "\(command)")
                #expect(
                    Self.withoutTexts(dutch.standardOutput) == Self.withoutTexts(english.standardOutput), "\(command)")
            }
            var plans: [String] = []
            for language in ["nl", "en"] {
                let output = folder.appendingPathComponent(
                    "\(URL(fileURLWithPath: path).lastPathComponent)-\(language)")
                let run = try TestSupport.run(["plan", path, "--lang", language, "-o", output.path, "--runs", "200"])
                #expect(run.status == 0, "\(run.standardError)")
                plans.append(
                    Self.withoutTexts(
                        (try? String(contentsOf: output.appendingPathComponent("plan.xml"), encoding: .utf8)) ?? ""))
            }
            #expect(plans[0] == plans[1], "plan of \(path)")
        }
    }

    /// `xml` without text content and without the attributes that hold words (`action`,
    /// `language`, `xml:lang`).
    static func withoutTexts(_ xml: String) -> String {
        var result = xml.replacingOccurrences(of: ">[^<]*<", with: "><", options: .regularExpression)
        for attribute in ["action", "language", "xml:lang"] {
            result = result.replacingOccurrences(of: " \(attribute)=\"[^\"]*\"", with: "", options: .regularExpression)
        }
        return result
    }

    // MARK: The lexicon as a document

    @Test func theLexiconValidatesAndAUserLexiconExtendsIt() throws {
        let shipped = TestSupport.packageRoot.appendingPathComponent("catalogues/lexicon/concepts.xml").path
        let validation = try TestSupport.run(["validate", shipped])
        #expect(validation.status == 0, "\(validation.standardError)")
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let extra = try TestSupport.write(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <lexicon xmlns="urn:fundingplanner:lexicon:1" id="local" version="1">
              <concept id="bike-repair" kind="activity" broader="repairing">
                <label xml:lang="nl">fietsherstel</label>
                <label xml:lang="en">bike repair</label>
                <term xml:lang="nl">fietsatelier</term>
                <term xml:lang="en">bike workshop</term>
              </concept>
            </lexicon>
            """, named: "local.xml", in: folder)
        var network = Examples.network("social-restaurant")
        network.purpose = LocalizedText([("nl", "Nieuwkomers leren in ons fietsatelier een vak en vinden werk.")])
        let profile = try TestSupport.write(NetworkXMLWriter.document(network), named: "network.xml", in: folder)
        let run = try TestSupport.run(["check", profile, "--lexicon", extra, "--format", "xml"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(
            run.standardOutput.contains(
                "<purposeConcept ref=\"bike-repair\" kind=\"activity\">fietsherstel</purposeConcept>"))
        let without = try TestSupport.run(["check", profile, "--format", "xml"])
        #expect(!without.standardOutput.contains("bike-repair"))
        let planFolder = folder.appendingPathComponent("plan")
        let plan = try TestSupport.run(["plan", profile, "--lexicon", extra, "-o", planFolder.path, "--runs", "200"])
        #expect(plan.status == 0, "\(plan.standardError)")
        let planXML = try String(contentsOf: planFolder.appendingPathComponent("plan.xml"), encoding: .utf8)
        #expect(planXML.contains("role=\"lexicon\" file=\"\(extra)\""), "the plan records the lexicon it was made with")
    }

    @Test func validateWarnsAboutAnUnknownBroaderConcept() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try TestSupport.write(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <lexicon xmlns="urn:fundingplanner:lexicon:1" id="local" version="1">
              <concept id="bike-repair" kind="activity" broader="repairing no-such-concept">
                <label xml:lang="nl">fietsherstel</label>
                <term xml:lang="nl">fietsatelier</term>
              </concept>
            </lexicon>
            """, named: "local.xml", in: folder)
        let run = try TestSupport.run(["validate", file])
        #expect(run.status == 0)
        #expect(
            run.standardError.contains(
                "local.xml:3: warning: concept bike-repair names unknown broader concept(s) no-such-concept"),
            "\(run.standardError)")
    }

    @Test func moreConceptsThanTheLimitAreRefused() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var text =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<lexicon xmlns=\"urn:fundingplanner:lexicon:1\" id=\"many\" version=\"1\">\n"
        for index in 0...DocumentLimits.maximumConcepts {
            text += "<concept id=\"c\(index)\" kind=\"place\"><label xml:lang=\"nl\">c</label></concept>\n"
        }
        text += "</lexicon>\n"
        let file = try TestSupport.write(text, named: "many.xml", in: folder)
        let run = try TestSupport.run(["check", Examples.path("social-restaurant"), "--lexicon", file])
        #expect(run.status == 1)
        #expect(
            run.standardError.contains("more than \(DocumentLimits.maximumConcepts) concepts"),
            "\(run.standardError.prefix(300))")
    }

    @Test func aHostileLexiconIsRefusedWithAPosition() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = try TestSupport.write(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <lexicon xmlns="urn:fundingplanner:lexicon:1" id="bad" version="1">
              <concept id="long" kind="activity">
                <label xml:lang="nl">lang</label>
                <term xml:lang="nl">een twee drie vier vijf zes zeven</term>
              </concept>
            </lexicon>
            """, named: "bad.xml", in: folder)
        let run = try TestSupport.run(["check", Examples.path("social-restaurant"), "--lexicon", bad])
        #expect(run.status == 1)
        #expect(run.standardError.contains("bad.xml:5:"), "\(run.standardError)")
    }
}
