import ArgumentParser
import FundingPlanner

/// Reads a network profile with the catalogue, printing warnings; throws the exit code on errors.
func loadNetwork(_ path: String, catalogue: Catalogue) throws(ExitCode) -> NetworkProfile {
    try loadNetworkFile(path, catalogue: catalogue).profile
}

/// Reads a network profile and the file it came from (with its digest), printing warnings.
func loadNetworkFile(_ path: String, catalogue: Catalogue) throws(ExitCode) -> (
    profile: NetworkProfile, source: SourceFile
) {
    do {
        let loaded = try NetworkProfile.load(path: path, catalogue: catalogue)
        Terminal.report(loaded.warnings)
        return (loaded.profile, loaded.source)
    } catch {
        throw Terminal.fail(error)
    }
}
