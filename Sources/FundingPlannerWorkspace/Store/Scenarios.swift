import Foundation
import FundingPlanner

/// What-if variants of the profile, kept beside it in `scenarios/`: `s1.xml` (a whole profile, the
/// same schema) and `s1.txt` (its name). Ids are `s` and a number, never a path.
extension WorkspaceStore {
    /// Every scenario, in the order made, with its name.
    public func scenarios() -> [(id: String, name: String)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path("scenarios"))) ?? []
        return names.filter { $0.hasSuffix(".xml") }.map { String($0.dropLast(4)) }.filter(Self.isScenarioID)
            .sorted { (Int($0.dropFirst()) ?? 0) < (Int($1.dropFirst()) ?? 0) }
            .map { id in (id, (try? String(contentsOfFile: path("scenarios/\(id).txt"), encoding: .utf8)) ?? id) }
    }

    /// Writes a scenario (a new one when `id` is `nil`) and returns its id.
    public func writeScenario(id: String?, name: String, xml: String) throws(StoreError) -> String {
        let existing = scenarios().map(\.id)
        let id = id ?? "s\((existing.compactMap { Int($0.dropFirst()) }.max() ?? 0) + 1)"
        guard Self.isScenarioID(id), existing.count < 20 || existing.contains(id) else { throw .noSuchVersion }
        do {
            try FileManager.default.createDirectory(atPath: path("scenarios"), withIntermediateDirectories: true)
            try AtomicFile.write(xml, to: path("scenarios/\(id).xml"))
            try AtomicFile.write(String(name.prefix(200)), to: path("scenarios/\(id).txt"))
        } catch let error as DiagnosticsError {
            throw .io(error)
        } catch {
            throw .noSuchVersion
        }
        return id
    }

    /// The bytes of a scenario's profile.
    public func scenarioBytes(_ id: String) throws(StoreError) -> [UInt8] {
        guard Self.isScenarioID(id), let data = FileManager.default.contents(atPath: path("scenarios/\(id).xml")) else {
            throw .noSuchVersion
        }
        return Array(data)
    }

    static func isScenarioID(_ id: String) -> Bool {
        id.wholeMatch(of: /s\d{1,4}/) != nil
    }
}
