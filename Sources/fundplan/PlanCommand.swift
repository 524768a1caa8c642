public import ArgumentParser
import Foundation
public import FundingPlanner

/// `fundplan plan NETWORK.xml -o DIR`: the optimal multi-year funding plan.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Make a multi-year funding plan: which sources, from when, for how much, and how sure.",
        discussion: """
            Chooses the sources with CBC (an exact mixed-integer solver) under the network's limits, \
            simulates the uncertainty (Monte Carlo), computes indicators, milestones and the added \
            value per funder, and writes into DIR: plan.xml, plan.html (the network's own report), \
            plan-funder.html (the funder's version, for a grant application), budget.csv (for \
            spreadsheets) and milestones.ics (for calendars).
            With --scenario ID the plan is made with one what-if of a scenario file (scenario-1.xsd; \
            by default the profile's name with .scenarios.xml, beside it): pins, exclusions, yields, \
            caps per model and partners' ask ceilings; --pin, --exclude, --coverage and \
            --reserve-months given on the command line win over the scenario's.
            Example: fundplan plan catalogues/examples/social-restaurant.xml -o plan-output --lang en
            """
    )

    @OptionGroup var catalogueOptions: CatalogueOptions
    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp("The network profile (XML).", valueName: "network"))
    var network: String

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp("The folder to write plan.xml into (created if needed).", valueName: "folder"))
    var output: String = "plan-output"

    @Option(help: "Plan length in years, 1 to 6 (default: the profile's horizon).")
    var years: Int?

    @Option(help: "Seed of the simulation: the same seed gives the same plan.")
    var seed: UInt64 = 42

    @Option(help: "Number of simulation runs.")
    var runs: Int = 10_000

    @Option(
        name: .customLong("pin"), help: ArgumentHelp("A model that must be in the plan (repeatable).", valueName: "id"))
    var pinned: [String] = []

    @Option(name: .customLong("exclude"), help: ArgumentHelp("A model to leave out (repeatable).", valueName: "id"))
    var excluded: [String] = []

    @Option(name: .customLong("max-new-per-year"), help: "At most this many new revenue models started in one year.")
    var maximumNewPerYear: Int = 2

    @Option(
        help: ArgumentHelp(
            "Make the plan for this funding call: its rules apply while planning (call-1.xsd).", valueName: "file"))
    var call: String?

    @Option(
        help: ArgumentHelp(
            "Make the plan with this what-if from the scenario file (its <scenario id>).", valueName: "id"))
    var scenario: String?

    @Option(
        name: .customLong("scenario-file"),
        help: ArgumentHelp(
            "The scenario file (scenario-1.xsd); default: beside the profile, its name with .scenarios.xml for .xml. --pin, --exclude, --coverage and --reserve-months win over the scenario's.",
            valueName: "file"))
    var scenarioFile: String?

    @Option(
        name: .customLong("reserve-months"),
        help: "The reserve to reach by the last year, in months of that year's costs (0 to 24; default 3).")
    var reserveMonths: Int?

    @Option(help: "The chance of covering every year to aim for, in percent (50 to 99; default 80).")
    var coverage: Int?

    @Option(
        name: .customLong("export-model"),
        help: ArgumentHelp("Also write the exact optimisation model to this .lp or .mps file.", valueName: "file"))
    var exportModel: String?

    @Flag(help: "Replace the output files if the folder already has them.")
    var force = false

    @Option(
        name: .customLong("csv-locale"),
        help: "budget.csv for international (comma, decimal point) or nl spreadsheets (semicolon, decimal comma).")
    var csvLocale: BudgetCSV.Locale = .international

    @Flag(help: "Also print plan.html and plan-funder.html to PDF (A4) with a headless Chromium.")
    var pdf = false

    @Flag(
        name: .customLong("no-bom"), help: "Write budget.csv without the byte-order mark Excel needs to read accents.")
    var withoutByteOrderMark = false

    func validate() throws {
        if let years, !(1...6).contains(years) { throw ValidationError("--years must be 1 to 6") }
        if runs < 100 || runs > 1_000_000 { throw ValidationError("--runs must be between 100 and 1000000") }
        if maximumNewPerYear < 1 { throw ValidationError("--max-new-per-year must be at least 1") }
        if let reserveMonths, !(0...24).contains(reserveMonths) {
            throw ValidationError("--reserve-months must be 0 to 24")
        }
        if let coverage, !(50...99).contains(coverage) {
            throw ValidationError("--coverage must be a percentage from 50 to 99")
        }
        if scenarioFile != nil && scenario == nil {
            throw ValidationError("--scenario-file needs --scenario ID to say which scenario of the file to use")
        }
        if let exportModel, ModelFileFormat(fileName: exportModel) == nil {
            throw ValidationError("--export-model needs a file name ending in .lp or .mps")
        }
        let planFile = (output as NSString).appendingPathComponent("plan.xml")
        for name in PlanFolder.fileNames
        where FileManager.default.fileExists(atPath: (output as NSString).appendingPathComponent(name)) && !force {
            throw ValidationError(
                "\((output as NSString).appendingPathComponent(name)) exists already; add --force to replace the plan's files, or choose another folder with -o"
            )
        }
        if [network, exportModel, call, scenarioFile].contains(planFile) {
            throw ValidationError("an output would overwrite an input; choose another folder")
        }
    }

    func run() throws {
        let (catalogue, lexiconFiles) = try catalogueOptions.loadWithLexiconFiles(recordsDigests: true)
        let network = try loadNetworkFile(self.network, catalogue: catalogue.catalogue)
        var inputs = Planner.Inputs(network: network.profile, networkSource: network.source, catalogue: catalogue)
        inputs.files += lexiconFiles.map { PlanInput(role: .lexicon, source: $0) }
        var settings = self.settings
        do {
            if let call {
                let rules = try CallRules.load(path: call)
                if let problem = rules.unknownGrantModel(in: catalogue.catalogue, path: call) {
                    throw DiagnosticsError([problem])
                }
                let unanswerable = PlanOutputIndicators.unknownCallIndicators(network.profile, call: rules)
                guard unanswerable.isEmpty else { throw DiagnosticsError(unanswerable) }
                settings.call = rules
                inputs.files.append(PlanInput(role: .call, source: rules.source))
            }
            if let scenario {
                let path = scenarioFile ?? ScenarioFile.defaultPath(forProfile: self.network)
                let file = try ScenarioFile.load(path: path, catalogue: catalogue.catalogue, network: network.profile)
                settings.apply(try file.scenario(id: scenario))
                // The command line wins over the scenario.
                if let coverage { settings.coverage = BasisPoints(coverage * 100) }
                if let reserveMonths { settings.reserveMonths = reserveMonths }
                inputs.files.append(PlanInput(role: .scenario, source: file.source))
            }
            let prepared = try Planner.prepare(inputs, settings: settings)
            // The model the plan was made with: the last risk buffer tried (see the README).
            let (plan, solved) = try prepared.solveWithModel()
            if let exportModel, let format = ModelFileFormat(fileName: exportModel) {
                try OutputDestination.write(solved.model(format), to: exportModel)
            }
            let written = try PlanFolder.write(
                plan, to: output,
                options: .init(
                    language: language.lang, csvLocale: csvLocale, printsPDF: pdf,
                    csvByteOrderMark: !withoutByteOrderMark))
            StandardOutput.write(
                PlanSummary.text(plan) + (language.lang == .nl ? "Geschreven: " : "Written: ")
                    + written.joined(separator: ", ") + "\n")
        } catch let error as DiagnosticsError {
            throw Terminal.fail(error)
        } catch let error as PlanningError {
            Terminal.writeError(
                self.network + ": error: " + (language.lang == .nl ? "geen plan mogelijk" : "no plan possible"))
            for explanation in error.explanations(in: language.lang) { Terminal.writeError("  - " + explanation) }
            throw ExitStatus.invalidInput.exitCode
        }
    }

    private var settings: PlanSettings {
        var settings = PlanSettings.standard
        settings.years = years
        settings.seed = seed
        settings.runs = runs
        settings.pinned = pinned
        settings.excluded = excluded
        settings.maximumNewModelsPerYear = maximumNewPerYear
        settings.reserveMonths = reserveMonths ?? PlanSettings.standard.reserveMonths
        settings.coverage = coverage.map { BasisPoints($0 * 100) } ?? PlanSettings.standard.coverage
        settings.language = language.lang
        return settings
    }
}

extension BudgetCSV.Locale: ExpressibleByArgument {}
