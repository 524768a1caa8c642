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
        let phrases = [
            "met de buurt", "voor werkzoekenden", "in de regio", "met bedrijven", "voor jongeren", "samen leren",
        ]
        network.partners = (0..<partners).map { index in
            var partner = originals[index % originals.count]
            partner.id = "partner-\(index)"
            partner.votes = 1 + index % 3
            let statement =
                partner.statement.entries.first.map { "\($0.text) \(phrases[index % phrases.count]) \(index)" }
                ?? "partner \(index)"
            partner.statement = LocalizedText([("nl", statement)])
            return partner
        }
        let clock = ContinuousClock()
        let duration = clock.measure { _ = ReadinessReport.assess(network, language: .nl) }
        return (network.partners.count, seconds(duration))
    }

    /// Times the readiness checks on `partners` partners whose Dutch statements are
    /// `characters` characters of pseudo-random lowercase words of 5 to 40 letters: no word
    /// repeats, so the consensus check's compound search meets its worst case.
    static func hostileReadiness(networkPath: String, partners: Int, characters: Int) throws -> (
        partners: Int, seconds: String
    ) {
        let builtIn = try CatalogueLoader().load().catalogue
        var network = try NetworkProfile.load(path: networkPath, catalogue: builtIn).profile
        let template = network.partners[0]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: UInt64) -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return (state >> 33) % bound
        }
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        network.partners = (0..<partners).map { index in
            var partner = template
            partner.id = "partner-\(index)"
            var text = ""
            while text.count < characters - 41 {
                text += String((0..<(5 + next(36))).map { _ in letters[Int(next(26))] }) + " "
            }
            partner.statement = LocalizedText([("nl", text)])
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
