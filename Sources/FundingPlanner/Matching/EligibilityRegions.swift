/// The region rule of ``EligibilityCheck``: the network's municipalities against the model's regions.
extension EligibilityCheck {
    /// Inside a region, outside every region (with the reason), or not decidable (with what to check).
    enum RegionAnswer {
        case inside
        case outside(String)
        case unknown(String)
    }

    /// The NIS code of each Flemish province, by its ISO 3166-2 code.
    static let provinceNIS: [String: String] = [
        "BE-VAN": "10000", "BE-VBR": "20001", "BE-VWV": "30000", "BE-VOV": "40000", "BE-VLI": "70000",
    ]

    /// The NIS code of the Flemish Region.
    static let flemishRegionNIS = "02000"

    static func region(
        _ codes: [RegionCode], network: NetworkProfile, regions: RegionList, language: Language
    ) -> RegionAnswer {
        let wording = Wording(language: language)
        let place =
            network.municipalities.isEmpty
            ? network.region.name
            : list(network.municipalities.map(\.name), and: wording("en", "and"))
        // Each place the network works in, as the NIS codes that contain it (most precise first).
        let places: [[String]] =
            network.municipalities.isEmpty
            ? [provinceNIS[network.region.code].map { [$0, flemishRegionNIS] } ?? []]
            : network.municipalities.map { municipality in
                let province = provinceNIS[municipality.provinceCode]
                return [municipality.nisCode, String(municipality.nisCode.prefix(2)) + "000"]
                    + (province.map { [$0, flemishRegionNIS] } ?? [])
            }
        let several = network.municipalities.count > 1
        let lies = wording(several ? "liggen" : "ligt", several ? "lie" : "lies")
        let isNot = wording(several ? "liggen niet" : "ligt niet", several ? "are not" : "is not")
        var unknown: [RegionList.Region] = []
        var known: [RegionList.Region] = []
        for code in codes {
            guard let region = regions.region(id: code.rawValue), region.membership != .unverified,
                !region.parts.isEmpty
            else {
                if let region = regions.region(id: code.rawValue) { unknown.append(region) }
                continue
            }
            let parts = Set(region.parts)
            if places.contains(where: { $0.contains(where: parts.contains) }) { return .inside }
            // A profile without municipalities names only its province (or all of Flanders, or
            // Belgium): a region made of smaller parts in that area cannot be decided.
            if network.municipalities.isEmpty,
                places.first?.first.map({ province in
                    region.parts.contains { provinceOf($0) == province && $0 != province }
                }) ?? true
            {
                unknown.append(region)
            } else {
                known.append(region)
            }
        }
        let leaderOnly = codes.allSatisfy { regions.region(id: $0.rawValue)?.kind == "leader-area" }
        if !unknown.isEmpty || codes.count > known.count {
            let names = (unknown.isEmpty ? known : unknown).map { $0.name.text(in: language) }
            return .unknown(
                leaderOnly
                    ? wording(
                        "of \(place) in een LEADER-gebied \(lies), kan FundingPlanner niet nagaan: de gemeenten van de LEADER-gebieden 2023-2027 staan niet nagekeken in de regiolijst; vraag het na bij het plattelandsloket van de VLM of uw provincie",
                        "whether \(place) \(lies) in a LEADER area cannot be checked: the region list does not hold verified municipalities for the LEADER areas 2023-2027; ask the VLM's rural desk (plattelandsloket) or your province"
                    )
                    : wording(
                        "of \(place) in \(list(names, and: "of")) \(lies), staat niet vast in de regiolijst; ga het na bij de financier",
                        "whether \(place) \(lies) in \(list(names, and: "or")) is not settled by the region list; check with the funder"
                    ))
        }
        let names = known.map { $0.name.text(in: language) }
        return .outside(
            leaderOnly
                ? wording("\(place) \(isNot) in een LEADER-gebied", "\(place) \(isNot) in a LEADER area")
                : wording(
                    "\(place) \(isNot) in \(list(names, and: "of"))", "\(place) \(isNot) in \(list(names, and: "or"))"))
    }

    /// The province NIS code a part lies in, from its first two digits (an arrondissement or
    /// municipality), or `nil` for the region itself.
    static func provinceOf(_ nis: String) -> String? {
        let municipality = NetworkProfile.Municipality(nisCode: nis, name: "")
        return provinceNIS[municipality.provinceCode]
    }

    /// "a, b and c".
    static func list(_ items: [String], and conjunction: String) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + (items.last ?? "")
    }
}
