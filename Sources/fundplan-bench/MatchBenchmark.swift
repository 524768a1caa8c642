import Foundation
import FundingPlanner

/// In-process timings of matching and readiness, for the benchmark's report.
enum MatchBenchmark {
    /// Loads `cataloguePath`, then matches the example network against it; prints both times.
    static func run(cataloguePath: String, networkPath: String) throws {
        let clock = ContinuousClock()
        var catalogue = Catalogue()
        let load = try clock.measure {
            catalogue = try CatalogueLoader(additionalPaths: [cataloguePath], includesDefault: false).load().catalogue
        }
        let builtIn = try CatalogueLoader().load().catalogue
        let network = try NetworkProfile.load(path: networkPath, catalogue: builtIn).profile
        var matched = 0
        let match = clock.measure {
            matched = Matcher.match(network, catalogue: catalogue, language: .nl).matches.count
        }
        print("catalogue load \(seconds(load)) s; matching \(matched) models \(seconds(match)) s")
    }

    /// Times the readiness checks on a network grown to `partners` partners.
    static func readiness(networkPath: String, partners: Int) throws -> (partners: Int, seconds: String) {
        let builtIn = try CatalogueLoader().load().catalogue
        var network = try NetworkProfile.load(path: networkPath, catalogue: builtIn).profile
        let originals = network.partners
        let phrases = ["met de buurt", "voor werkzoekenden", "in de regio", "met bedrijven", "voor jongeren", "samen leren"]
        network.partners = (0..<partners).map { index in
            var partner = originals[index % originals.count]
            partner.id = "partner-\(index)"
            partner.votes = 1 + index % 3
            let statement = partner.statement.entries.first.map { "\($0.text) \(phrases[index % phrases.count]) \(index)" } ?? "partner \(index)"
            partner.statement = LocalizedText([("nl", statement)])
            return partner
        }
        let clock = ContinuousClock()
        let duration = clock.measure { _ = ReadinessReport.assess(network, language: .nl) }
        return (network.partners.count, seconds(duration))
    }

    static func seconds(_ duration: Duration) -> String {
        let components = duration.components
        let milliseconds = components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000
        return "\(milliseconds / 1000).\(String(format: "%03d", Int(milliseconds % 1000)))"
    }
}
