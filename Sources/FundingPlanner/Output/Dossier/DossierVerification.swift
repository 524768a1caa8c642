import Foundation
internal import FundingPlannerXML

extension Dossier {
    /// What `fundplan verify` found in a dossier.
    public struct Verification: Sendable {
        /// Files whose content differs from the manifest's SHA-256, by path in the archive.
        public var changed: [String] = []
        /// Files the manifest lists that the archive lacks.
        public var missing: [String] = []
        /// Files in the archive that the manifest does not list.
        public var unlisted: [String] = []
        /// Outputs that making the plan again gives differently (`plan.xml` first), each with
        /// where it first differs; empty when every output is reproduced byte for byte.
        public var notReproduced: [(file: String, difference: String)] = []

        /// Whether the dossier is intact and the plan and its outputs are reproduced byte for byte.
        public var isVerified: Bool {
            changed.isEmpty && missing.isEmpty && unlisted.isEmpty && notReproduced.isEmpty
        }
    }

    /// Checks the dossier `bytes` (named `name` in messages): every file against the manifest,
    /// then makes the plan again from the inputs in the dossier (and the built-in catalogue and
    /// lexicon when the plan used them) and compares every output byte for byte.
    ///
    /// - Returns: What was found: files changed, missing or not listed, and outputs not reproduced.
    /// - Throws: ``DiagnosticsError`` when the archive is not a dossier (damaged, hostile, over
    ///   the size limits, without manifest or plan) or the plan cannot be made again at all.
    public static func verify(_ bytes: [UInt8], name: String) throws(DiagnosticsError) -> Verification {
        let entries = try ZipPackage.entries(of: bytes, name: name)
        let files = Dictionary(entries.map { ($0.path, $0.bytes) }, uniquingKeysWith: { first, _ in first })
        guard let manifest = files["manifest.sha256"] else {
            throw refusal("the archive has no manifest.sha256; it is not a dossier of fundplan dossier", name)
        }
        var verification = Verification()
        var listed: Set<String> = ["manifest.sha256"]
        for line in String(decoding: manifest, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, parts[0].count == 64, parts[1].hasPrefix(" ") else {
                throw refusal("manifest.sha256: a line is not 'SHA-256  path': \(line.prefix(80))", name)
            }
            let path = String(parts[1].dropFirst())
            listed.insert(path)
            guard let content = files[path] else {
                verification.missing.append(path)
                continue
            }
            if SHA256.hex(content) != parts[0] { verification.changed.append(path) }
        }
        verification.unlisted = entries.map(\.path).filter { !listed.contains($0) }
        guard let original = files["plan.xml"] else { throw refusal("the dossier has no plan.xml", name) }

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fundplan-verify-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let planPath = folder.appendingPathComponent("plan.xml").path
        var byDigest: [String: String] = [:]
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(original).write(to: URL(fileURLWithPath: planPath))
            // Inputs keep their archive names, flattened into one folder (the names are unique).
            for entry in entries where entry.path.hasPrefix("inputs/") {
                let path = folder.appendingPathComponent(entry.path.replacingOccurrences(of: "/", with: "_")).path
                try Data(entry.bytes).write(to: URL(fileURLWithPath: path))
                byDigest[SHA256.hex(entry.bytes)] = path
            }
        } catch {
            throw DiagnosticsError([
                Diagnostic(
                    severity: .error, message: "cannot unpack the dossier into a temporary folder (\(error))",
                    file: name, isInputOutput: true)
            ])
        }
        let recipe = try PlanRecipe.read(path: planPath, displayName: "\(name):plan.xml")
        let plan: FundingPlan
        do {
            let located = try locate(recipe.inputs, name: name) { byDigest[$0.sha256] }
            plan = try reproduce(recipe, located: located, name: name)
        } catch {
            // An input changed or missing: the plan cannot be made again from this dossier.
            let reasons = error.diagnostics.map { $0.message(in: .en) }.joined(separator: "; ")
            verification.notReproduced.append(("plan.xml", reasons))
            return verification
        }
        for output in try outputs(plan, name: "\(name):plan.xml") {
            let kept = files[output.path] ?? []
            if kept != output.bytes {
                verification.notReproduced.append((output.path, firstDifference(kept, output.bytes)))
            }
        }
        return verification
    }

    private static func refusal(_ message: String, _ name: String) -> DiagnosticsError {
        DiagnosticsError([Diagnostic(severity: .error, message: message, file: name)])
    }
}
