/// The package's identity in its outputs.
public enum FundingPlanner {
    /// The version of FundingPlanner and `fundplan` (semantic versioning).
    public static let version = "0.1.0"

    /// The `generator` attribute of every XML document FundingPlanner writes.
    public static let generator = "fundplan-\(version)"
}
