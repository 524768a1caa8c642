import Foundation
internal import FundingPlannerXML

/// A plan's dossier: one ZIP file with everything an auditor or a reviewer needs to check a plan
/// and make it again (`fundplan dossier`, `fundplan verify`).
///
/// It holds `plan.xml`, the reports in both audiences (`plan.html`, `plan-funder.html`,
/// `plan-funder.docx`), `budget.csv`, `milestones.ics`, the input files the plan records (the
/// network profile, the user's catalogue and lexicon files, under `inputs/`; the built-in
/// catalogue and lexicon are named with their SHA-256 and the fundplan version that ships them),
/// `dossier.txt` (what each file is) and `manifest.sha256` (every other file's SHA-256, in the
/// format `sha256sum -c` reads). A dossier is made only for a plan that the same inputs and
/// settings reproduce byte for byte, and every output in it is written from that reproduction.
public enum Dossier {
    /// The dossier's fixed files, in the archive's order (inputs follow, then the two listings).
    static let outputNames = [
        "plan.xml", "plan.html", "plan-funder.html", "plan-funder.docx", "budget.csv", "milestones.ics",
    ]

    /// The dossier of the plan at `planPath` as ZIP bytes.
    ///
    /// - Parameters:
    ///   - planPath: The `plan.xml` to bundle.
    ///   - inputFiles: Files to look in for the plan's recorded inputs (matched by SHA-256),
    ///     besides each input's recorded path and that path's name beside the plan.
    /// - Returns: The ZIP archive's bytes; the same plan and inputs give the same bytes.
    /// - Throws: ``DiagnosticsError`` when the plan is invalid, an input cannot be found with its
    ///   recorded digest, or the inputs do not reproduce the plan byte for byte.
    public static func make(planPath: String, inputFiles: [String] = []) throws(DiagnosticsError) -> [UInt8] {
        let original = try readFile(planPath)
        let recipe = try PlanRecipe.read(path: planPath, displayName: planPath)
        let folder = (planPath as NSString).deletingLastPathComponent
        var found: [String: String] = [:]
        for file in inputFiles { if let bytes = try? readFile(file) { found[SHA256.hex(bytes)] = file } }
        let located = try locate(recipe.inputs, name: planPath) { input in
            if let path = found[input.sha256] { return path }
            let candidates = [
                input.file, (folder as NSString).appendingPathComponent(input.file),
                (folder as NSString).appendingPathComponent((input.file as NSString).lastPathComponent),
            ]
            return candidates.first { path in (try? readFile(path)).map(SHA256.hex) == input.sha256 }
        }
        let plan = try reproduce(recipe, located: located, name: planPath)
        let outputs = try self.outputs(plan, name: planPath)
        guard outputs[0].bytes == original else {
            throw DiagnosticsError([
                Diagnostic(
                    severity: .error,
                    message:
                        "the recorded inputs and settings do not make this plan again (\(firstDifference(original, outputs[0].bytes))); a dossier needs a plan that can be reproduced: run fundplan plan again and make the dossier of the new plan",
                    file: planPath)
            ])
        }
        var entries = outputs
        for (index, input) in recipe.inputs.enumerated() where !input.isBuiltIn {
            guard let path = located[index] else { continue }
            entries.append(
                ZipPackage.Entry(path: inputPath(index, input), bytes: try readFile(path)))
        }
        entries.append(ZipPackage.Entry(path: "dossier.txt", bytes: Array(description(recipe).utf8)))
        let manifest = entries.map { "\(SHA256.hex($0.bytes))  \($0.path)\n" }.joined()
        entries.append(ZipPackage.Entry(path: "manifest.sha256", bytes: Array(manifest.utf8)))
        return try ZipPackage.archive(entries, name: planPath)
    }

    /// The path of input `index` inside the dossier.
    static func inputPath(_ index: Int, _ input: PlanInput) -> String {
        let name = (input.file as NSString).lastPathComponent.map {
            $0.isLetter || $0.isNumber || "._-".contains($0) ? $0 : "_"
        }
        return "inputs/\(input.role.rawValue)/\(index + 1)-\(String(name))"
    }

    /// The path of each recorded input (by index), or a diagnostic naming every one not found.
    static func locate(_ inputs: [PlanInput], name: String, find: (PlanInput) -> String?) throws(DiagnosticsError)
        -> [Int: String]
    {
        var located: [Int: String] = [:]
        var missing: [Diagnostic] = []
        for (index, input) in inputs.enumerated() {
            if input.isBuiltIn {
                let path = try? BuiltInResources.path(String(input.file.dropFirst(PlanInput.builtInPrefix.count)))
                if let path, (try? readFile(path)).map(SHA256.hex) == input.sha256 {
                    located[index] = path
                } else {
                    missing.append(
                        Diagnostic(
                            severity: .error,
                            message:
                                "\(input.file) (SHA-256 \(input.sha256)) differs in this fundplan (\(FundingPlanner.generator)); use the fundplan version the plan names in its generator attribute",
                            file: name))
                }
            } else if let path = find(input) {
                located[index] = path
            } else {
                missing.append(
                    Diagnostic(
                        severity: .error,
                        message:
                            "the \(input.role.rawValue) file \(input.file) (SHA-256 \(input.sha256)) is not found with that content; give it with --input FILE",
                        file: name))
            }
        }
        if !missing.isEmpty { throw DiagnosticsError(missing) }
        return located
    }

    /// Makes the plan again from the located inputs and the recipe's settings.
    static func reproduce(_ recipe: PlanRecipe, located: [Int: String], name: String) throws(DiagnosticsError)
        -> FundingPlan
    {
        let indices = recipe.inputs.indices
        let catalogues = indices.filter { recipe.inputs[$0].role == .catalogue }
        let lexicons = indices.filter { recipe.inputs[$0].role == .lexicon }
        guard let networkIndex = indices.first(where: { recipe.inputs[$0].role == .network }),
            let networkPath = located[networkIndex]
        else {
            throw DiagnosticsError([
                Diagnostic(
                    severity: .error, message: "the plan records no network profile among its inputs", file: name)
            ])
        }
        var loader = CatalogueLoader(
            additionalPaths: catalogues.filter { !recipe.inputs[$0].isBuiltIn }.compactMap { located[$0] },
            includesDefault: catalogues.contains { recipe.inputs[$0].isBuiltIn })
        loader.recordsDigests = true
        var catalogue = try loader.load()
        if !lexicons.isEmpty {
            catalogue.catalogue.lexicon = try LexiconLoader(additionalPaths: lexicons.compactMap { located[$0] }).load()
                .lexicon
        }
        let network = try NetworkProfile.load(path: networkPath, catalogue: catalogue.catalogue)
        var inputs = Planner.Inputs(network: network.profile, networkSource: network.source, catalogue: catalogue)
        inputs.files += lexicons.map { recipe.inputs[$0] }
        var settings = recipe.settings
        // The call and the scenario, read again from their files, in the order fundplan plan records them.
        if let index = indices.first(where: { recipe.inputs[$0].role == .call }), let path = located[index] {
            settings.call = try CallRules.load(path: path)
            inputs.files.append(recipe.inputs[index])
        }
        if let index = indices.first(where: { recipe.inputs[$0].role == .scenario }), let path = located[index] {
            let file = try ScenarioFile.load(path: path, catalogue: catalogue.catalogue, network: network.profile)
            // The recorded target already holds the coverage and reserve the scenario gave.
            settings.scenario = try file.scenario(id: recipe.scenarioID ?? "")
            inputs.files.append(recipe.inputs[index])
        }
        // The same bytes under the names the plan recorded (paths differ from machine to machine).
        guard inputs.files.map(\.sha256) == recipe.inputs.map(\.sha256) else {
            throw DiagnosticsError([
                Diagnostic(
                    severity: .error,
                    message: "the inputs found are not the plan's inputs (their files or order differ from <inputs>)",
                    file: name)
            ])
        }
        inputs.files = recipe.inputs
        do {
            return try Planner.prepare(inputs, settings: settings).solve()
        } catch {
            throw DiagnosticsError([
                Diagnostic(
                    severity: .error,
                    message: "the plan cannot be made again: "
                        + error.explanations(in: .en).joined(separator: "; "), file: name)
            ])
        }
    }

    /// The plan's outputs, in ``outputNames`` order, in the plan's language.
    static func outputs(_ plan: FundingPlan, name: String) throws(DiagnosticsError) -> [ZipPackage.Entry] {
        let document = PlanXMLWriter.document(plan)
        let language = plan.language
        let bytes: [[UInt8]] = [
            Array(document.utf8),
            Array(try ReportRenderer.html(planXML: document, displayName: name, language: language).utf8),
            Array(
                try ReportRenderer.html(planXML: document, displayName: name, language: language, audience: .funder)
                    .utf8),
            try WordDocument.data(planXML: document, displayName: name, language: language),
            Array((CSVWriter.byteOrderMark + BudgetCSV.text(plan)).utf8),
            Array(MilestoneCalendar.text(plan).utf8),
        ]
        return zip(outputNames, bytes).map { ZipPackage.Entry(path: $0.0, bytes: $0.1) }
    }

    /// `dossier.txt`: what the dossier holds and where the built-in inputs come from.
    static func description(_ recipe: PlanRecipe) -> String {
        var lines = [
            "FundingPlanner dossier (\(FundingPlanner.generator))",
            "",
            "plan.xml            the plan; fundplan verify THIS.zip makes it again and compares it byte for byte",
            "plan.html           the network's own report (fundplan report --audience team)",
            "plan-funder.html    the funder's version (fundplan report --audience funder)",
            "plan-funder.docx    the funder's version as a Word document (fundplan report --docx)",
            "budget.csv          the budget, with the costs per category",
            "milestones.ics      the actions and deadlines",
            "manifest.sha256     the SHA-256 of every other file (sha256sum -c manifest.sha256)",
            "",
            "Inputs the plan records:",
        ]
        for (index, input) in recipe.inputs.enumerated() {
            let place =
                input.isBuiltIn
                ? "built into fundplan (the plan's generator attribute names the version)" : inputPath(index, input)
            lines.append("  \(input.role.rawValue): \(input.file)")
            lines.append("    SHA-256 \(input.sha256); \(place)")
        }
        lines.append("")
        lines.append(
            "Settings: seed \(recipe.settings.seed), \(recipe.settings.runs) simulation runs, \(recipe.settings.years ?? 0) years, at most \(recipe.settings.maximumNewModelsPerYear) new models a year"
                + (recipe.settings.pinned.isEmpty ? "" : ", pinned: " + recipe.settings.pinned.joined(separator: " "))
                + (recipe.settings.excluded.isEmpty
                    ? "" : ", excluded: " + recipe.settings.excluded.joined(separator: " ")))
        let call = recipe.inputs.first { $0.role == .call }
        lines.append(
            call.map { "The plan was made for the call \($0.file) (fundplan plan --call)." }
                ?? "The plan was not made for a call.")
        if let scenario = recipe.scenarioID {
            lines.append(
                "The plan was made with the scenario '\(scenario)' of the scenario file among the inputs (fundplan plan --scenario)."
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func readFile(_ path: String) throws(DiagnosticsError) -> [UInt8] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
            let data = FileManager.default.contents(atPath: path)
        else {
            throw DiagnosticsError([
                Diagnostic(
                    severity: .error, message: "no such file, or it cannot be read; check the path", file: path,
                    isInputOutput: true)
            ])
        }
        return Array(data)
    }

    /// Where two texts first differ: the line number and both lines, shortened.
    static func firstDifference(_ expected: [UInt8], _ actual: [UInt8]) -> String {
        let old = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let new = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(old.count, new.count) {
            let was = index < old.count ? String(old[index]) : ""
            let now = index < new.count ? String(new[index]) : ""
            if was != now {
                return
                    "line \(index + 1): was \(was.trimmingWhitespace().prefix(100)), now \(now.trimmingWhitespace().prefix(100))"
            }
        }
        return "same lines"
    }
}

extension PlanInput {
    /// How a plan names a file shipped with fundplan.
    static let builtInPrefix = "(built-in) "

    /// Whether the input is a file shipped with fundplan.
    var isBuiltIn: Bool { file.hasPrefix(Self.builtInPrefix) }
}
