internal import FundingPlannerXML

/// What a review needs from one plan file, read and validated in one streaming pass and decoded
/// into the library's own types (the same enums the planner wrote), so the compiler checks the
/// review against the planner.
struct PlanFacts: Sendable {
    /// One chosen source of the plan.
    struct Source: Sendable {
        var modelID: String
        var name: String
        var resourceType: ResourceType
        var funderType: FunderType
        var alignment: Int
        /// Chance of success, basis points.
        var probability: Int
        var income: [Int64]
        /// Whether the money depends on winning an application.
        var isCompetitive = false
        /// The amounts to ask for per year (competitive sources; `nil` in plans written before
        /// the plan recorded them).
        var requested: [Int64]?
    }

    /// A grant that ends: the share of income lost in the year after its last income.
    struct Cliff: Sendable {
        var year: Int
        var model: String
        var share: Int
    }

    /// One readiness finding carried into the plan.
    struct Finding: Sendable {
        var check: ReadinessCheck
        var severity: FindingSeverity
        var code: String
    }

    /// An application deadline of the plan's milestones.
    struct Deadline: Sendable {
        var model: String
        var date: CalendarDate
    }

    var networkID = ""
    var networkName = ""
    /// The network's region, municipalities (NIS codes) and partner types; `nil` in plans written
    /// before these were added, so a call's region and applicant rules cannot be checked.
    var region: String?
    var municipalities: [String]?
    var partnerTypes: [PartnerType]?
    /// The hourly rate used for effort.
    var hourlyRate: Money?
    /// Partners' declared cash, per year.
    var partnerCash: [Int64] = []
    /// Each partner's name by its id (a source `partner:ID` is that partner's new money).
    var partnerNames: [String: String] = [:]
    var quickWins: [String] = []
    var cliffs: [Cliff] = []
    /// The theme score (0–100) of each matched model.
    var themeScores: [String: Int] = [:]
    var years: [Int] = []
    var costs: [Int64] = []
    /// The cost of assets acquired, per year.
    var acquisitions: [Int64] = []
    /// The own-income share of each year, basis points.
    var ownShares: [Int] = []
    /// Costs by category, per year.
    var costLines: [[CostCategory: Int64]] = []
    var sources: [Source] = []
    var topShares: [(source: String, share: Int)] = []
    var earnedShareFirstYear = 0
    var ownShareTrend = OwnIncomeTrend.flat
    var allYearsCovered = 0
    var stage = MaturityStage.forming
    var consensus: Int?
    var findings: [Finding] = []
    var addedValueFunders: Set<FunderType> = []
    var deadlines: [Deadline] = []
    /// The plan's reserve target and expected reserve at the end (`<target>`), and the chance it
    /// aimed for; `nil` in plans written before these were recorded.
    var reserveTarget: Int64?
    var expectedReserve: Int64?
    var coverageTarget: Int?
    /// The name of the scenario the plan was made with (`<options><scenario>`), if any.
    var scenario: String?
    /// The call's co-financing table (`<cofinancing>`); `nil` when the plan was not made for a call.
    var cofinancing: Cofinancing?
    /// The call's indicators the plan lists (`<outputIndicators><callIndicator>`): each id with
    /// whether one of the network's targets answers it.
    var callIndicators: [(id: String, answered: Bool)] = []

    /// What the plan's co-financing table says, for the call it was made for.
    struct Cofinancing: Sendable {
        var call: String
        var met: Bool
        /// The co-financing in the project (before `available` was recorded: what was available).
        var counted: Int64
        /// The co-financing available; `nil` in plans written before it was recorded.
        var available: Int64?
        var required: Int64
        /// The contribution kinds that count, with their totals over the project years.
        var countedKinds: [(kind: ContributionKind, amount: Int64)]
        /// The plan's own income and its new partner money over the project years, available
        /// when the call accepts cash (zero in plans written before they were recorded).
        var ownMoney: [Int64]
    }

    /// Reads `path` against `plan-1.xsd`.
    ///
    /// - Returns: the facts and the file (with the digest of the bytes read) when the plan is
    ///   valid, and every diagnostic.
    static func read(path: String) -> (facts: PlanFacts?, source: SourceFile?, diagnostics: [Diagnostic]) {
        var facts = PlanFacts()
        var problems: [Diagnostic] = []
        let outcome = DocumentReader.stream(
            path: path, kind: .plan,
            onRecord: { element in
                do throws(DecodingProblem) {
                    try facts.take(element)
                } catch {
                    problems.append(Diagnostic(severity: .error, message: error.message, file: path, line: error.line))
                }
            })
        let diagnostics = outcome.diagnostics + problems
        return diagnostics.containsErrors ? (nil, nil, diagnostics) : (facts, outcome.source, diagnostics)
    }

    private mutating func take(_ element: XMLElement) throws(DecodingProblem) {
        switch element.name {
        case "network":
            networkID = try element.required("id")
            networkName = element.text.trimmingWhitespace()
            region = element.attribute("region")
            municipalities = element.attribute("municipalities").map { $0.split(separator: " ").map(String.init) }
            partnerTypes = try element.attribute("partnerTypes").map { list throws(DecodingProblem) in
                try list.split(separator: " ").map { token throws(DecodingProblem) in
                    try PartnerType(rawValue: String(token)).orThrow(
                        DecodingProblem(
                            message: "unknown partner type '\(token)'", element: element.name, line: element.line))
                }
            }
        case "partners":
            for partner in element.children(named: "partner") {
                guard let id = partner.attribute("id"), let name = partner.child(named: "name")?.text else { continue }
                partnerNames[id] = name.trimmingWhitespace()
            }
        case "limits":
            hourlyRate = try element.required("hourlyRate") { Money(euros: $0) }
        case "matches":
            for model in element.children(named: "model") {
                if let components = model.child(named: "components") {
                    themeScores[try model.required("id")] = try components.required("themes") { Int($0) }
                }
            }
        case "sources":
            sources = try element.children(named: "source").map { source throws(DecodingProblem) in
                Source(
                    modelID: try source.required("model"), name: source.child(named: "name")?.text ?? "",
                    resourceType: try source.required("resourceType", token: ResourceType.self),
                    funderType: try source.required("funderType", token: FunderType.self),
                    alignment: try source.required("alignment") { Int($0) },
                    probability: try source.required("probability") { Int($0) },
                    income: try source.children(named: "year").map { year throws(DecodingProblem) in
                        try year.cents("income")
                    },
                    isCompetitive: source.flag("competitive"),
                    requested: try source.children(named: "year").contains { $0.attribute("requested") != nil }
                        ? source.children(named: "year").map { year throws(DecodingProblem) in
                            try year.cents("requested")
                        } : nil)
            }
        case "years":
            for year in element.children(named: "year") {
                years.append(try year.required("value") { Int($0) })
                costs.append(try year.cents("costs"))
                acquisitions.append(try year.cents("acquisitions"))
                partnerCash.append(try year.cents("partnerCash"))
                var lines: [CostCategory: Int64] = [:]
                for cost in year.children(named: "cost") {
                    lines[try cost.required("category", token: CostCategory.self), default: 0] += try cost.cents(
                        "amount")
                }
                costLines.append(lines)
            }
        case "indicators":
            let years = element.children(named: "year")
            ownShares = try years.map { year throws(DecodingProblem) in try year.required("ownShare") { Int($0) } }
            topShares = try years.map { year throws(DecodingProblem) in
                (try year.required("topSource"), try year.required("topShare") { Int($0) })
            }
            quickWins = try element.children(named: "quickWin").map { win throws(DecodingProblem) in
                try win.required("ref")
            }
            cliffs = try element.children(named: "cliff").map { cliff throws(DecodingProblem) in
                Cliff(
                    year: try cliff.required("year") { Int($0) }, model: try cliff.required("model"),
                    share: try cliff.required("share") { Int($0) })
            }
            earnedShareFirstYear =
                try years.first.map { year throws(DecodingProblem) in try year.required("earnedShare") { Int($0) } }
                ?? 0
            let trend = try element.requiredChild("ownShareTrend")
            ownShareTrend = try OwnIncomeTrend(rawValue: trend.text.trimmingWhitespace()).orThrow(
                DecodingProblem(
                    message: "<ownShareTrend> must be rising, flat or falling", element: trend.name, line: trend.line))
        case "options":
            scenario = element.child(named: "scenario").map { $0.text.trimmingWhitespace() }
        case "target":
            reserveTarget = try element.cents("reserve")
            expectedReserve = try element.required("expectedReserve") { Money(euros: $0)?.cents }
            coverageTarget = try element.required("coverage") { Int($0) }
        case "cofinancing":
            let total = try element.requiredChild("total")
            cofinancing = Cofinancing(
                call: try element.required("call"), met: element.flag("met"), counted: try total.cents("counted"),
                available: total.attribute("available") == nil ? nil : try total.cents("available"),
                required: try total.cents("required"),
                countedKinds: try element.children(named: "kind").filter { $0.flag("accepted") }.map {
                    kind throws(DecodingProblem) in
                    (
                        try kind.required("kind", token: ContributionKind.self),
                        try kind.children(named: "year").map { year throws(DecodingProblem) in
                            try year.cents("amount")
                        }.reduce(0, +)
                    )
                },
                ownMoney: try ["ownIncome", "newPartnerMoney"].map { name throws(DecodingProblem) in
                    try element.children(named: name).flatMap { $0.children(named: "year") }.map {
                        year throws(DecodingProblem) in try year.cents("amount")
                    }.reduce(0, +)
                })
        case "outputIndicators":
            callIndicators = try element.children(named: "callIndicator").map { indicator throws(DecodingProblem) in
                (try indicator.required("id"), indicator.attribute("answeredBy") != nil)
            }
        case "simulation":
            allYearsCovered = try element.required("allYearsCovered") { Int($0) }
        case "milestones":
            deadlines = try element.children(named: "step").filter { $0.flag("deadline") }.map {
                step throws(DecodingProblem) in
                Deadline(model: try step.required("model"), date: try step.required("date") { CalendarDate($0) })
            }
        case "addedValue":
            addedValueFunders = Set(
                try element.children(named: "funder").map { funder throws(DecodingProblem) in
                    try funder.required("type", token: FunderType.self)
                })
        case "readiness":
            stage = try element.requiredChild("maturity").required("stage", token: MaturityStage.self)
            consensus = try element.child(named: "consensus").map { consensus throws(DecodingProblem) in
                try consensus.required("score") { Int($0) }
            }
            findings = try element.children(named: "finding").map { finding throws(DecodingProblem) in
                Finding(
                    check: try finding.required("check", token: ReadinessCheck.self),
                    severity: try finding.required("severity", token: FindingSeverity.self),
                    code: try finding.required("code"))
            }
        default:
            break
        }
    }
}

extension XMLElement {
    /// A required amount in euros (`xs:decimal` with at most two decimals), as cents.
    fileprivate func cents(_ attributeName: String) throws(DecodingProblem) -> Int64 {
        try required(attributeName) { Money(euros: $0)?.cents }
    }
}
