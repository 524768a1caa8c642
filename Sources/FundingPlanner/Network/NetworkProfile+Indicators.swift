extension NetworkProfile {
    /// One output indicator of the network: what it counts and how many it aims for each year
    /// (`<indicator>` in `<indicators>`).
    ///
    /// An application asks for these beside the money: participants reached, sessions held,
    /// hours of practice, certificates, placements. A call may define its own indicators; an
    /// indicator that answers one of them names it in ``callIndicator``.
    public struct OutputIndicator: Sendable, Hashable {
        /// The indicator's id, unique in the profile (`id`).
        public var id: String
        /// What is counted (`unit`).
        public var unit: IndicatorUnit
        /// What the indicator counts, in Dutch and/or English (`<name>`).
        public var name: LocalizedText
        /// The targets, one per plan year at most, in document order (`<target>`).
        public var targets: [Target]
        /// The id of the call's indicator this one answers (`callIndicator`), if any.
        public var callIndicator: String?
        /// Where the indicator is written, for messages.
        public var origin: SourcePosition

        /// An indicator `id` counting `unit`, named `name`, with `targets`.
        public init(
            id: String, unit: IndicatorUnit, name: LocalizedText, targets: [Target], callIndicator: String? = nil,
            origin: SourcePosition
        ) {
            self.id = id
            self.unit = unit
            self.name = name
            self.targets = targets
            self.callIndicator = callIndicator
            self.origin = origin
        }

        /// The target for `year`, if the indicator has one.
        public func target(year: Int) -> Int? {
            targets.first { $0.year == year }?.value
        }
    }

    /// How many an indicator aims for in one calendar year (`<target year value>`).
    public struct Target: Sendable, Hashable {
        /// The calendar year (`year`).
        public var year: Int
        /// The number aimed for, in the indicator's unit (`value`).
        public var value: Int

        /// A target of `value` in `year`.
        public init(year: Int, value: Int) {
            self.year = year
            self.value = value
        }
    }
}
