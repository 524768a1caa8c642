import Foundation
import Testing

@testable import FundingPlanner

/// `ScenarioFile.document(networkID:scenarios:)`: what it writes is schema-valid and reads back as
/// the scenarios it was given.
struct ScenarioFileWritingTests {
    @Test func theShippedScenariosRoundTripThroughTheWriter() throws {
        let network = Examples.network("social-restaurant")
        let shipped = try ScenarioFile.load(
            path: ScenarioTests.examplePath, catalogue: Examples.catalogue, network: network)
        var extra = ScenarioOverrides(id: "alles", name: LocalizedText([("nl", "Alles & meer <samen>")]))
        extra.pinned = ["venue-hire"]
        extra.excluded = ["crowdfunding"]
        extra.yields = [.init(model: "event-catering", maximum: Money(cents: 4_000_050))]
        extra.caps = [.init(model: "venue-hire", perYear: Money(cents: 500_000))]
        extra.asks = [.init(partner: network.partners[0].id, ceiling: .zero)]
        extra.coverage = BasisPoints(9_000)
        extra.reserveMonths = 6
        let scenarios = shipped.scenarios + [extra]
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("written.scenarios.xml").path
        let text = ScenarioFile.document(networkID: network.id, scenarios: scenarios)
        try AtomicFile.write(text, to: path)
        let read = try ScenarioFile.load(path: path, catalogue: Examples.catalogue, network: network)
        func withoutSource(_ list: [ScenarioOverrides]) -> [ScenarioOverrides] {
            list.map {
                var copy = $0
                copy.source = nil
                return copy
            }
        }
        #expect(withoutSource(read.scenarios) == withoutSource(scenarios))
        #expect(ScenarioFile.document(networkID: network.id, scenarios: read.scenarios) == text)
        #expect(text.contains("Alles &amp; meer &lt;samen&gt;"))
    }
}
