internal import FundingPlannerXML

/// Turns the streamed elements of one catalogue file into values and checks the rules the
/// schema cannot: unique ids within the file, references to known themes, mechanisms and
/// sources (this file's or an earlier catalogue's), min ≤ likely ≤ max, a source for every
/// sourced figure, and consistent success odds.
struct CatalogueFileDecoder {
    private(set) var file: CatalogueFile
    private(set) var diagnostics: [Diagnostic] = []
    private let displayName: String
    private let columns: ElementColumnFinder
    private var knownThemes: Set<String>
    private var knownMechanisms: Set<String>
    private var knownSources: Set<String>
    private var firstLines: [String: [String: Int]] = [:]
    /// Models the earlier catalogue files hold, and the most all files may hold together.
    private let inheritedModelCount: Int
    /// Models read so far from this file (kept in ``file`` only when `keepsModels`).
    private var modelCount = 0
    /// Whether the decoded models are kept: `validate` checks each and lets it go, so its
    /// memory does not grow with the number of models.
    private let keepsModels: Bool
    private let maximumModels: Int
    private var isOverModelLimit = false

    init(
        path: String, displayName: String, inheriting catalogue: Catalogue,
        maximumModels: Int = DocumentLimits.maximumModels, keepsModels: Bool = true
    ) {
        self.keepsModels = keepsModels
        file = CatalogueFile(path: displayName, id: "", version: "", title: LocalizedText())
        self.displayName = displayName
        columns = ElementColumnFinder(path: path)
        knownThemes = Set(catalogue.themes.map(\.id))
        knownMechanisms = Set(catalogue.mechanisms.map(\.id))
        knownSources = Set(catalogue.sources.map(\.id))
        inheritedModelCount = catalogue.models.count
        self.maximumModels = maximumModels
    }

    mutating func decodeRoot(_ root: XMLElement) {
        file.id = root.attribute("id") ?? ""
        file.version = root.attribute("version") ?? ""
    }

    mutating func decodeRecord(_ element: XMLElement) {
        do {
            switch element.name {
            case "title":
                file.title.entries.append((element.language ?? "", element.text.trimmingWhitespace()))
            case "vocabulary":
                for term in element.children {
                    let decoded = try decodeTerm(term)
                    if term.name == "theme" {
                        guard claim(decoded.id, kind: "theme", element: term) else { continue }
                        knownThemes.insert(decoded.id)
                        file.themes.append(decoded)
                    } else {
                        guard claim(decoded.id, kind: "mechanism", element: term) else { continue }
                        knownMechanisms.insert(decoded.id)
                        file.mechanisms.append(decoded)
                    }
                }
            case "sources":
                for source in element.children(named: "source") {
                    let id = try source.required("id")
                    guard claim(id, kind: "source", element: source) else { continue }
                    knownSources.insert(id)
                    file.sources.append(
                        CatalogueSource(
                            id: id,
                            citation: try source.requiredChild("citation").text.trimmingWhitespace(),
                            url: source.child(named: "url")?.text.trimmingWhitespace()
                        ))
                }
            case "model":
                guard !isOverModelLimit else { return }
                guard inheritedModelCount + modelCount < maximumModels else {
                    isOverModelLimit = true
                    let earlier =
                        inheritedModelCount > 0 ? " (\(inheritedModelCount) of them from earlier catalogue files)" : ""
                    report(
                        "more than \(maximumModels) models in the catalogues together\(earlier); this model and the ones after it are not read: keep only the models your networks can use, or review them in smaller batches",
                        element: element)
                    return
                }
                let model = try RevenueModelDecoder.decode(element, file: displayName)
                guard claim(model.id, kind: "model", element: element) else { return }
                checkReferences(of: model, in: element)
                checkFigures(of: model, in: element)
                modelCount += 1
                if keepsModels { file.models.append(model) }
            default:
                report("unexpected element <\(element.name)> in a catalogue", element: element)
            }
        } catch {
            report(error.message, element: error.element, line: error.line)
        }
    }

    private func decodeTerm(_ element: XMLElement) throws(DecodingProblem) -> VocabularyTerm {
        VocabularyTerm(
            id: try element.required("id"),
            label: element.localized("label"),
            description: element.localized("description"),
            origin: SourcePosition(file: displayName, line: element.line)
        )
    }

    /// Records the first use of an id; reports a duplicate within this file.
    private mutating func claim(_ id: String, kind: String, element: XMLElement) -> Bool {
        if let first = firstLines[kind]?[id] {
            report(
                "duplicate \(kind) id '\(id)' (first defined on line \(first)); ids must be unique within one file: rename or remove one of them",
                element: element)
            return false
        }
        firstLines[kind, default: [:]][id] = element.line
        return true
    }

    private mutating func checkReferences(of model: RevenueModel, in element: XMLElement) {
        let alignment = element.child(named: "alignment")
        for reference in alignment?.children ?? [] {
            let id = reference.attribute("ref") ?? ""
            let known = reference.name == "theme" ? knownThemes : knownMechanisms
            guard !known.contains(id) else { continue }
            report(unknownMessage(kind: reference.name, id: id, known: known), element: reference)
        }
        for cite in element.child(named: "provenance")?.children(named: "cite") ?? [] {
            let id = cite.attribute("ref") ?? ""
            if !knownSources.contains(id) {
                report(unknownMessage(kind: "source", id: id, known: knownSources), element: cite)
            }
        }
        for figure in ["yield", "cost", "effort", "success"] {
            guard let child = element.child(named: figure) else { continue }
            let basis = child.attribute("basis")
            let source = child.attribute("source")
            if basis == "sourced" && source == nil {
                report(
                    "<\(figure)> says basis=\"sourced\" but names no source; add source=\"ID\" of an entry in <sources>, or mark the figure as an assumption",
                    element: child)
            } else if let source, !knownSources.contains(source) {
                report(unknownMessage(kind: "source", id: source, known: knownSources), element: child)
            }
        }
    }

    private mutating func checkFigures(of model: RevenueModel, in element: XMLElement) {
        let yield = model.yield
        if !(yield.minimum <= yield.likely && yield.likely <= yield.maximum), let child = element.child(named: "yield")
        {
            report(
                "yield of '\(model.id)' must have min ≤ likely ≤ max, found \(yield.minimum.decimalEuros) / \(yield.likely.decimalEuros) / \(yield.maximum.decimalEuros) euros; reorder the three figures",
                element: child)
        }
        let success = model.success
        if let child = element.child(named: "success") {
            if !success.isCompetitive && success.probability != .whole {
                report(
                    "'\(model.id)' is not competitive, so its probability must be 10000 (certain); set competitive=\"true\" if applications can fail",
                    element: child)
            } else if success.isCompetitive && success.probability == .whole {
                report(
                    "'\(model.id)' is competitive, so its probability must be below 10000; give the expected success rate in basis points (3000 = 30 %)",
                    element: child)
            }
        }
        for field in ["name", "description", "example"] {
            let text = element.localized(field)
            let missing = Language.allCases.filter { text.exactly($0) == nil }.map(\.rawValue)
            if !missing.isEmpty {
                warn(
                    "'\(model.id)' has no \(field) in \(missing.joined(separator: ", ")); add <\(field) xml:lang=\"\(missing[0])\">",
                    element: element)
            }
        }
    }

    private func unknownMessage(kind: String, id: String, known: Set<String>) -> String {
        var message = "unknown \(kind) '\(id)'"
        if let suggestion = Suggestion.closest(to: id, among: known) {
            message += "; did you mean '\(suggestion)'?"
        } else {
            message +=
                "; define it in this file's <\(kind == "source" ? "sources" : "vocabulary")> or use one of: \(known.sorted().prefix(8).joined(separator: ", "))"
        }
        return message
    }

    private mutating func report(_ message: String, element: XMLElement) {
        report(message, element: element.name, line: element.line)
    }

    private mutating func report(_ message: String, element: String, line: Int) {
        let column = columns.column(ofElement: element, line: line)
        diagnostics.append(
            Diagnostic(severity: .error, message: message, file: displayName, line: line, column: column))
    }

    private mutating func warn(_ message: String, element: XMLElement) {
        let column = columns.column(ofElement: element.name, line: element.line)
        diagnostics.append(
            Diagnostic(severity: .warning, message: message, file: displayName, line: element.line, column: column))
    }
}
