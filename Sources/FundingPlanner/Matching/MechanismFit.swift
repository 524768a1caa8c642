/// How well one alignment mechanism of a model serves this network's purpose and target groups.
///
/// The rules, each giving 0.3 (weak), 0.5–0.7 (partial) or 1.0 (strong):
/// - participants-practise-skills: strong when running the model is what the participants
///   already do for the purpose: an activity concept of the purpose or the partners' statements
///   (cooking, serving, repairing, selling…) is an activity of the model, or shares its direct
///   broader activity (the waffle bake for a network whose participants learn to cook); partial
///   (0.6) when the target groups are learners without such an overlap; weak otherwise;
/// - learners-become-ambassadors: strong when the target groups are learners (job seekers,
///   adults with low literacy, newcomers, young people, pupils, employees, people with
///   disabilities);
/// - space-opens-to-neighbourhood: strong for the neighbourhood theme or residents and seniors,
///   otherwise from the network's rooms (``AssetMeans``): strong from 20 weighted free room hours a
///   week, 0.8 from 10 or with a neutral place, 0.6 with any other room;
/// - employers-get-involved: strong for work, technical skills or entrepreneurship, or job
///   seekers and employees; partial with a company partner;
/// - policy-impact-visible: strong with a local-government partner, partial otherwise;
/// - knowledge-is-shared: strong for lifelong learning or an expert partner, partial otherwise;
/// - partners-commit-resources: strong with three or more partners;
/// - network-gains-visibility: partial (it serves every network a little); for a model run in the
///   network's own room (one that needs a room) as strong as that room opens the space: every
///   hire or visit brings outsiders through the network's door;
/// - a mechanism the network's catalogue defines without a rule: partial.
enum MechanismFit {
    static let learners: Set<TargetGroup> = [
        .jobSeekers, .lowLiterateAdults, .newcomers, .youngPeople, .pupils, .employees, .peopleWithDisabilities,
    ]

    /// The fit of `mechanism`; `practisesPurpose` tells whether the model's activities are the
    /// network's participants' own activities.
    static func fit(
        _ mechanism: String, network: NetworkProfile, practisesPurpose: Bool = false, needsRoom: Bool = false
    ) -> Double {
        let groups = Set(network.targetGroups)
        let themes = Set(network.themes)
        let types = Set(network.partners.map(\.type))
        switch mechanism {
        case "participants-practise-skills":
            if practisesPurpose { return 1.0 }
            return groups.isDisjoint(with: learners) ? 0.3 : 0.6
        case "learners-become-ambassadors":
            return groups.isDisjoint(with: learners) ? 0.3 : 1.0
        case "space-opens-to-neighbourhood":
            if themes.contains("community-and-neighbourhood") || groups.contains(.residents)
                || groups.contains(.seniors)
            {
                return 1.0
            }
            return AssetMeans.spaceFit(network)
        case "employers-get-involved":
            if !themes.isDisjoint(with: ["work-and-employment", "technical-skills", "entrepreneurship"])
                || groups.contains(.jobSeekers) || groups.contains(.employees)
            {
                return 1.0
            }
            return types.contains(.company) ? 0.6 : 0.3
        case "policy-impact-visible":
            return types.contains(.localGovernment) ? 1.0 : 0.5
        case "knowledge-is-shared":
            return themes.contains("lifelong-learning") || network.partners.contains { $0.roles.contains(.expert) }
                ? 1.0 : 0.5
        case "partners-commit-resources":
            return network.partners.count >= 3 ? 1.0 : 0.5
        case "network-gains-visibility":
            return needsRoom ? max(0.6, AssetMeans.spaceFit(network)) : 0.6
        default:
            return 0.5
        }
    }

    /// The mean fit of the model's mechanisms; 0 when it names none.
    static func component(_ model: RevenueModel, network: NetworkProfile, practisesPurpose: Bool = false) -> Double {
        let mechanisms = model.alignment.mechanisms
        guard !mechanisms.isEmpty else { return 0 }
        let room = needsRoom(model)
        return mechanisms.map { fit($0, network: network, practisesPurpose: practisesPurpose, needsRoom: room) }
            .reduce(0, +) / Double(mechanisms.count)
    }

    /// Whether the model runs in a room of the network (a room among its prerequisites).
    static func needsRoom(_ model: RevenueModel) -> Bool {
        model.prerequisites.contains(.asset(.room))
    }
}
