/// One what-if for a plan: a few of the plan's inputs changed without editing the profile or the
/// catalogue (`plan --scenario ID`, a `<scenario>` of a `scenario-1.xsd` file).
///
/// Give it to ``PlanSettings/apply(_:)`` and plan as usual: ``Planner/prepare(_:settings:)``
/// applies the yields and the ask ceilings to its copy of the inputs, the planner pins, leaves
/// out and caps the models, and the plan records the scenario's id and name (and, when it was
/// read from a file, that file as an input with role `scenario`).
///
/// Precedence: the settings' own pins and exclusions (the command line) win over the
/// scenario's, and the scenario's win over the profile's preferences.
public struct ScenarioOverrides: Sendable, Hashable {
    /// Another yearly yield for one model; a figure left `nil` stays the catalogue's.
    public struct Yield: Sendable, Hashable {
        /// The model's id in the catalogue.
        public var model: String
        /// The most likely yield a year (the catalogue's `likely`).
        public var typical: Money?
        /// The lowest yield a year to expect.
        public var minimum: Money?
        /// The highest yield a year to expect.
        public var maximum: Money?

        /// A yield override for `model`.
        public init(model: String, typical: Money? = nil, minimum: Money? = nil, maximum: Money? = nil) {
            self.model = model
            self.typical = typical
            self.minimum = minimum
            self.maximum = maximum
        }

        /// The catalogue's yield with this override's figures in place.
        func merged(into yield: RevenueModel.Yield) -> RevenueModel.Yield {
            var result = yield
            if let typical { result.likely = typical }
            if let minimum { result.minimum = minimum }
            if let maximum { result.maximum = maximum }
            return result
        }
    }

    /// The most the plan may expect from one model a year.
    public struct Cap: Sendable, Hashable {
        /// The model's id in the catalogue.
        public var model: String
        /// The most a year.
        public var perYear: Money

        /// A cap of `perYear` on `model`.
        public init(model: String, perYear: Money) {
            self.model = model
            self.perYear = perYear
        }
    }

    /// A partner's ceiling for new money that replaces the profile's `askCeiling`.
    public struct Ask: Sendable, Hashable {
        /// The partner's id in the network profile.
        public var partner: String
        /// The most the plan may ask the partner a year; zero asks nothing.
        public var ceiling: Money

        /// A ceiling of `ceiling` for `partner`.
        public init(partner: String, ceiling: Money) {
            self.partner = partner
            self.ceiling = ceiling
        }
    }

    /// The scenario's identifier (`--scenario ID`).
    public var id: String
    /// The scenario's name, in Dutch and/or English.
    public var name: LocalizedText
    /// Models the plan must include.
    public var pinned: [String] = []
    /// Models the plan leaves out.
    public var excluded: [String] = []
    /// Models with another yearly yield.
    public var yields: [Yield] = []
    /// Models the plan takes at most a given amount from a year.
    public var caps: [Cap] = []
    /// Partners with another ceiling for new money; a partner not in the profile is ignored
    /// (``ScenarioFile/load(path:catalogue:network:)`` refuses one).
    public var asks: [Ask] = []
    /// The chance of covering every year to aim for, if the scenario sets it.
    public var coverage: BasisPoints?
    /// The reserve to reach by the last year in months of costs, if the scenario sets it.
    public var reserveMonths: Int?
    /// The file the scenario was read from, with its digest; `nil` for one made in memory.
    public var source: SourceFile?

    /// A scenario called `name` that changes nothing yet.
    public init(id: String, name: LocalizedText) {
        self.id = id
        self.name = name
    }

    /// The model ids the scenario names, in the order it names them.
    var modelIDs: [String] {
        pinned + excluded + yields.map(\.model) + caps.map(\.model)
    }

    /// The inputs with this scenario's yields in the catalogue and its ceilings on the partners.
    func applied(to inputs: Planner.Inputs) -> Planner.Inputs {
        var result = inputs
        for override in yields {
            guard let model = result.catalogue.model(id: override.model) else { continue }
            result.catalogue.replaceYield(override.merged(into: model.yield), ofModel: override.model)
        }
        for ask in asks {
            guard let index = result.network.partners.firstIndex(where: { $0.id == ask.partner }) else { continue }
            result.network.partners[index].askCeiling = ask.ceiling
        }
        return result
    }

    /// The models to pin and to leave out: the profile's, then the scenario's (which win), then
    /// `settings`' own (which win over the scenario's).
    static func combine(
        profilePinned: [String], profileExcluded: [String], scenario: ScenarioOverrides?, settings: PlanSettings
    ) -> (pinned: Set<String>, excluded: Set<String>) {
        var pinned = Set(profilePinned)
        var excluded = Set(profileExcluded)
        if let scenario {
            let scenarioPins = Set(scenario.pinned).subtracting(settings.excluded)
            let scenarioExclusions = Set(scenario.excluded).subtracting(settings.pinned)
            pinned.subtract(scenarioExclusions)
            excluded.subtract(scenarioPins)
            pinned.formUnion(scenarioPins)
            excluded.formUnion(scenarioExclusions)
        }
        return (pinned.union(settings.pinned), excluded.union(settings.excluded))
    }
}

extension PlanSettings {
    /// Plans with `scenario`: its overrides, and its coverage and reserve when it sets them.
    ///
    /// Set ``coverage`` or ``reserveMonths`` afterwards to let a command-line value win.
    public mutating func apply(_ scenario: ScenarioOverrides) {
        self.scenario = scenario
        if let coverage = scenario.coverage { self.coverage = coverage }
        if let months = scenario.reserveMonths { reserveMonths = months }
    }
}

extension Catalogue {
    /// Replaces the yield of the model `id` (a scenario's what-if); nothing when it is unknown.
    mutating func replaceYield(_ yield: RevenueModel.Yield, ofModel id: String) {
        guard var model = model(id: id) else { return }
        model.yield = yield
        replaceModel(model)
    }
}
