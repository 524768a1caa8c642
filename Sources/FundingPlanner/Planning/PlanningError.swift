/// Why no plan can be made for what was asked, explained for the coordinator.
public struct PlanningError: Error, Sendable, CustomStringConvertible {
    /// One sentence per cause, each naming the constraint that blocks and what to change.
    public var explanations: [String]

    public var description: String {
        explanations.joined(separator: "\n")
    }
}
