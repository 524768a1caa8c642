/// How the network's own rooms scale what a renting model yields and how well its space serves
/// the neighbourhood.
///
/// The rule, in integer arithmetic (basis points and cents):
/// - a room's **weight** is its capacity ÷ 30 people, kept between 0.5 and 2 (a room for 60
///   counts twice, one for 10 half; unknown capacity counts once);
/// - its **room hours** are its free hours a week × its weight; rooms whose free hours the
///   profile does not give are left out;
/// - a renting model whose yield grows with room hours (venue hire) yields its likely figure ×
///   the network's room hours ÷ 10, rounded half up, kept between its minimum and maximum: the
///   catalogue's worked example is 10 free hours a week (a room for 30 people is our assumption);
/// - the space opens to the neighbourhood fully from 20 room hours, 0.8 from 10 or with a
///   neutral place (`neutral="true"`), 0.6 with any other room.
enum AssetMeans {
    /// The room hours of the catalogue's worked example.
    static let referenceHours: Int64 = 10
    /// The capacity that counts once, in people.
    static let referenceCapacity: Int64 = 30

    /// A model's likely yield for this network, with the reason when the network's rooms changed it.
    struct Yield {
        /// The likely yield to use.
        var likely: Money
        /// The network's room hours (in basis points of an hour) when they scaled the yield.
        var roomHours: Int64?
        /// The catalogue's likely yield.
        var catalogue: Money

        /// The sentence for the rationale, or `nil` when the catalogue's figure stands.
        func note(_ language: Language) -> String? {
            guard let roomHours else { return nil }
            let tenths = (roomHours + 500) / 1_000
            let hours = "\(tenths / 10)" + (tenths % 10 == 0 ? "" : (language == .nl ? "," : ".") + "\(tenths % 10)")
            return language == .nl
                ? "opbrengst naar de eigen zalen: \(hours) gewogen vrije zaaluren per week tegenover 10 in het rekenvoorbeeld, dus \(likely.formatted(.nl)) in plaats van \(catalogue.formatted(.nl))"
                : "yield scaled to the network's rooms: \(hours) weighted free room hours a week against 10 in the worked example, so \(likely.formatted(.en)) instead of \(catalogue.formatted(.en))"
        }
    }

    /// The weighted free room hours a week, in basis points of an hour; `nil` when no room states
    /// its free hours.
    static func roomHours(_ network: NetworkProfile) -> Int64? {
        var total: Int64 = 0
        var known = false
        for asset in network.assets where asset.type == .room {
            guard let free = asset.freeHoursPerWeek else { continue }
            known = true
            let weight =
                asset.capacity.map { min(20_000, max(5_000, Int64($0) * 10_000 / referenceCapacity)) } ?? 10_000
            total += Int64(free) * weight
        }
        return known ? total : nil
    }

    /// The likely yield of `model` for `network`.
    static func yield(of model: RevenueModel, network: NetworkProfile) -> Yield {
        let catalogue = model.yield.likely
        guard model.yield.driver == .roomHours, model.taxonomy.revenueMechanism == .renting,
            let hours = roomHours(network)
        else { return Yield(likely: catalogue, roomHours: nil, catalogue: catalogue) }
        let divisor = referenceHours * 10_000
        let scaled = (catalogue.cents * hours + divisor / 2) / divisor
        let likely = Money(cents: min(model.yield.maximum.cents, max(model.yield.minimum.cents, scaled)))
        return Yield(likely: likely, roomHours: hours, catalogue: catalogue)
    }

    /// How well the network's space opens to the neighbourhood, 0.3–1.0, from its rooms alone.
    static func spaceFit(_ network: NetworkProfile) -> Double {
        let hours = roomHours(network) ?? 0
        if hours >= 2 * referenceHours * 10_000 { return 1.0 }
        if hours >= referenceHours * 10_000 || network.assets.contains(where: \.isNeutral) { return 0.8 }
        return network.has(.room) ? 0.6 : 0.3
    }
}
