import Foundation

extension CallRules {
    /// The calls FundingPlanner ships (`catalogues/calls/*.xml`), as full paths in name order;
    /// empty when the resources are missing.
    public static func builtInFiles() -> [String] {
        guard let folder = try? BuiltInResources.path("catalogues/calls") else { return [] }
        return BuiltInResources.files(in: folder, endingIn: ".xml")
    }
}

extension Rubric {
    /// The rubrics FundingPlanner ships (`catalogues/rubrics/*.xml`), as full paths in name order;
    /// empty when the resources are missing.
    public static func builtInFiles() -> [String] {
        guard let folder = try? BuiltInResources.path("catalogues/rubrics") else { return [] }
        return BuiltInResources.files(in: folder, endingIn: ".xml")
    }
}
