import Foundation
internal import FundingPlannerXML

/// The regions where revenue models apply (`catalogues/regions/flanders-regions.xml`,
/// `regions-1.xsd`): each with its parts by NIS code and how far its membership was verified.
///
/// A model's `<eligibility><region ref>` names regions of this list; ``EligibilityCheck`` reads
/// them against the network's municipalities.
public struct RegionList: Sendable {
    /// How far a region's parts were checked against its source.
    public enum Membership: String, Sendable, Hashable, CaseIterable {
        /// Every part was checked against the cited source.
        case verified
        /// The extent was checked, the NIS codes (some of them) not.
        case partial
        /// The region exists according to the source, but its parts are not listed.
        case unverified
    }

    /// One region of the list.
    public struct Region: Sendable, Hashable, Identifiable {
        /// The region's code (`id`), as models refer to it.
        public var id: String
        /// The kind of region: region, province, city, programme-area or leader-area (`kind`).
        public var kind: String
        /// How far its parts were checked (`membership`).
        public var membership: Membership
        /// The region's name in Dutch and English.
        public var name: LocalizedText
        /// The NIS codes of its parts: the Flemish Region, provinces, arrondissements or municipalities.
        public var parts: [String]
        /// The web addresses of its sources.
        public var sources: [String]
    }

    /// Every region, in file order.
    public private(set) var regions: [Region]
    private var index: [String: Int] = [:]

    /// A list of `regions`.
    public init(regions: [Region]) {
        self.regions = regions
        for (position, region) in regions.enumerated() where index[region.id] == nil { index[region.id] = position }
    }

    /// The region with this code.
    public func region(id: String) -> Region? {
        index[id].map { regions[$0] }
    }

    /// The shipped region list; empty when it cannot be read (a test checks that it can).
    public static let builtIn: RegionList = (try? load()) ?? RegionList(regions: [])

    /// Reads the region files in `catalogues/regions`, validated against `regions-1.xsd`.
    ///
    /// - Throws: ``DiagnosticsError`` with the problems of a file that does not validate.
    public static func load() throws(DiagnosticsError) -> RegionList {
        let folder = try BuiltInResources.path("catalogues/regions")
        var regions: [Region] = []
        var problems: [Diagnostic] = []
        for path in BuiltInResources.files(in: folder, endingIn: ".xml") {
            let outcome = DocumentReader.stream(
                path: path, displayName: BuiltInResources.label(path), kind: .regions, fingerprint: false,
                onRecord: { element in
                    guard element.name == "region", let id = element.attribute("id") else { return }
                    regions.append(
                        Region(
                            id: id.trimmingWhitespace(), kind: element.attribute("kind") ?? "",
                            membership: element.attribute("membership").flatMap(Membership.init(rawValue:))
                                ?? .unverified,
                            name: element.localized("name"),
                            parts: element.children(named: "part").compactMap { $0.attribute("nis") },
                            sources: element.children(named: "source").compactMap { $0.attribute("url") }))
                })
            problems += outcome.diagnostics.filter { $0.severity == .error }
        }
        guard problems.isEmpty else { throw DiagnosticsError(problems) }
        return RegionList(regions: regions)
    }
}
