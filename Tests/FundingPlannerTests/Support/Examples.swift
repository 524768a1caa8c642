import Foundation

@testable import FundingPlanner
@testable import FundingPlannerXML

/// The shipped example networks, loaded once with the built-in catalogue.
enum Examples {
    static let catalogue = try! CatalogueLoader().load().catalogue

    static let names = [
        "digital-skills-libraries", "neighbourhood-third-place", "social-restaurant", "technical-companies",
        "young-network-dominant-funder", "rural-social-economy-kitchen",
    ]

    static func path(_ name: String) -> String {
        TestSupport.packageRoot.appendingPathComponent("catalogues/examples/\(name).xml").path
    }

    static func network(_ name: String) -> NetworkProfile {
        try! NetworkProfile.load(path: path(name), catalogue: catalogue).profile
    }

    /// A plan input named `label` whose digest is that of the file at `path`, or 64 zeros when
    /// there is no such file (tests that plan an edited profile held in memory).
    static func input(_ path: String, label: String? = nil, role: InputRole = .network) -> PlanInput {
        let digest =
            FileManager.default.contents(atPath: path).map { SHA256.hex(Array($0)) }
            ?? String(repeating: "0", count: 64)
        return PlanInput(role: role, source: SourceFile(path: path, label: label ?? path, sha256: digest))
    }
}
