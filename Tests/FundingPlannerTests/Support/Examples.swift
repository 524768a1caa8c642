import Foundation
@testable import FundingPlanner

/// The shipped example networks, loaded once with the built-in catalogue.
enum Examples {
    static let catalogue = try! CatalogueLoader().load().catalogue

    static let names = [
        "digital-skills-libraries", "neighbourhood-third-place", "social-restaurant", "technical-companies",
        "young-network-dominant-funder",
    ]

    static func path(_ name: String) -> String {
        TestSupport.packageRoot.appendingPathComponent("catalogues/examples/\(name).xml").path
    }

    static func network(_ name: String) -> NetworkProfile {
        try! NetworkProfile.load(path: path(name), catalogue: catalogue).profile
    }
}
