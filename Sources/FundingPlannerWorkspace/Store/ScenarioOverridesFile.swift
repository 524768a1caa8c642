import Foundation
import FundingPlanner

/// The variants' overrides of the plan's inputs (a model's yield, a cap per year), kept in
/// `scenarios.xml` at the workspace's top: a scenario file (`scenario-1.xsd`) with one
/// `<scenario id="s1">` per variant, so that
/// `fundplan plan scenarios/s1.xml --scenario s1 --scenario-file scenarios.xml` makes the plan
/// the workspace shows for the variant.
extension WorkspaceStore {
    /// The scenario file's name in the workspace folder.
    static let overridesFile = "scenarios.xml"

    /// The scenario file, read as `fundplan plan --scenario-file` reads it.
    ///
    /// - Parameters:
    ///   - catalogue: The catalogue the models are checked against.
    ///   - network: The profile the partners and the root's `network` are checked against; `nil`
    ///     checks only the models.
    /// - Returns: The file, or `nil` when the workspace has none yet.
    /// - Throws: ``StoreError/io(_:)`` with the file's problems.
    func overridesFile(catalogue: Catalogue, network: NetworkProfile?) throws(StoreError) -> ScenarioFile? {
        let file = path(Self.overridesFile)
        guard FileManager.default.fileExists(atPath: file) else { return nil }
        do {
            return try ScenarioFile.load(path: file, catalogue: catalogue, network: network)
        } catch {
            throw .io(error)
        }
    }

    /// Writes `overrides` as the `<scenario>` of its id (replacing the one there, or added at the
    /// end), atomically, with the root's `network` set to `networkID`.
    func writeOverrides(_ overrides: ScenarioOverrides, networkID: String, catalogue: Catalogue)
        throws(StoreError)
    {
        var scenarios = try overridesFile(catalogue: catalogue, network: nil)?.scenarios ?? []
        var written = overrides
        written.source = nil
        if let index = scenarios.firstIndex(where: { $0.id == overrides.id }) {
            scenarios[index] = written
        } else {
            scenarios.append(written)
        }
        do {
            try AtomicFile.write(
                ScenarioFile.document(networkID: networkID, scenarios: scenarios), to: path(Self.overridesFile))
        } catch {
            throw .io(error)
        }
    }
}
