import ArgumentParser
import FundingPlanner

/// `fundplan check NETWORK.xml`: tells whether the network is ready to become sustainable.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a network: clear and shared purpose, composition, money and power, maturity.",
        discussion: """
            Each finding has a severity (ok, advice, warning, problem), the evidence behind it and a \
            suggested action. Exit code 0 whatever the findings; 1 when the profile itself is invalid.
            Example: fundplan check catalogues/examples/social-restaurant.xml --lang en
            """
    )

    @OptionGroup var catalogueOptions: CatalogueOptions
    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp("The network profile (XML).", valueName: "network"))
    var network: String

    @Option(help: "Output format: text or xml (a match document without models).")
    var format: DocumentFormat = .text

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp("Write to this file instead of the terminal.", valueName: "file"))
    var output: String?

    func validate() throws {
        if output == network {
            throw ValidationError("the output file is the network profile itself; choose another path")
        }
    }

    func run() throws {
        let catalogue = try catalogueOptions.load()
        let profile = try loadNetwork(network, catalogue: catalogue)
        let report = ReadinessReport.assess(profile, language: language.lang, lexicon: catalogue.lexicon)
        let text =
            format == .xml
            ? MatchXMLWriter.readinessDocument(report, network: profile)
            : ReadinessText.text(report, network: profile)
        try OutputDestination.write(text, to: output)
    }
}

/// `fundplan match NETWORK.xml`: which revenue models fit this network, and why.
struct MatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract:
            "Score every revenue model for a network: alignment with its purpose, net contribution, Matrix Map quadrant.",
        discussion: """
            Alignment (0–100) = weighted parts: purpose text (BM25 on stems), themes, mechanisms (does \
            running the activity serve the purpose and target groups) and feasibility (prerequisites \
            met). Net contribution per year = likely yield × odds − direct costs − effort × hourly rate.
            Example: fundplan match catalogues/examples/social-restaurant.xml --top 5 --lang en
            """
    )

    @OptionGroup var catalogueOptions: CatalogueOptions
    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp("The network profile (XML).", valueName: "network"))
    var network: String

    @Option(help: "How many models to show (all with --top 0).")
    var top: Int = 10

    @Option(help: "Output format: text or xml (a match document).")
    var format: DocumentFormat = .text

    @Option(
        name: .customLong("weights"),
        help: ArgumentHelp(
            "Weights of text,themes,mechanisms,feasibility, e.g. 30,25,25,20 (the default).", valueName: "t,t,m,f"))
    var weights: String?

    @Option(
        name: .customLong("hourly-rate"),
        help: ArgumentHelp(
            "Value of one hour of effort in euros (default: the network's own hourlyRate).", valueName: "euros"))
    var hourlyRate: String?

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp("Write to this file instead of the terminal.", valueName: "file"))
    var output: String?

    func validate() throws {
        if top < 0 { throw ValidationError("--top must be 0 (all) or more") }
        _ = try settings()
        if output == network {
            throw ValidationError("the output file is the network profile itself; choose another path")
        }
    }

    func settings() throws -> MatchSettings {
        var settings = MatchSettings.standard
        if let weights {
            let parts = weights.split(separator: ",").map { Int($0.filter { $0 != " " }) }
            guard parts.count == 4, let values = parts as? [Int], values.allSatisfy({ $0 >= 0 }),
                values.reduce(0, +) > 0
            else {
                throw ValidationError("--weights needs four whole numbers ≥ 0, not all zero, e.g. 30,25,25,20")
            }
            settings.textWeight = values[0]
            settings.themeWeight = values[1]
            settings.mechanismWeight = values[2]
            settings.feasibilityWeight = values[3]
        }
        if let hourlyRate {
            guard let rate = Money(euros: hourlyRate), rate >= .zero else {
                throw ValidationError("--hourly-rate needs an amount in euros with a dot, e.g. 35 or 27.50")
            }
            settings.hourlyRate = rate
        }
        return settings
    }

    func run() throws {
        let catalogue = try catalogueOptions.load()
        let profile = try loadNetwork(network, catalogue: catalogue)
        let result = Matcher.match(profile, catalogue: catalogue, settings: try settings(), language: language.lang)
        let count = top == 0 ? result.matches.count : top
        let text =
            format == .xml ? MatchXMLWriter.matchDocument(result, top: count) : MatchText.text(result, top: count)
        try OutputDestination.write(text, to: output)
    }
}

/// The formats `check`, `match` and `catalogue show` write: text for people, XML for programs.
enum DocumentFormat: String, ExpressibleByArgument, CaseIterable {
    case text, xml
}
