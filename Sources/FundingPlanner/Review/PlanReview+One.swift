extension PlanReview {
    /// Reviews the one plan at `path` as `fundplan review` reviews each plan of a batch.
    ///
    /// The scores, their evidence and the gates with their reasons are those `review.xml` records
    /// for the plan (without reviewers' sheets).
    /// - Throws: ``DiagnosticsError`` when the plan cannot be read or is not a valid plan.
    public static func review(path: String, rubric: Rubric, call: CallRules?, language: Language)
        throws(DiagnosticsError) -> PlanReview
    {
        let read = PlanFacts.read(path: path)
        guard let facts = read.facts, let source = read.source, !read.diagnostics.containsErrors else {
            throw DiagnosticsError(read.diagnostics.filter { $0.severity == .error })
        }
        return ReviewScorer(rubric: rubric, call: call, language: language).review(
            facts, file: path, sha256: source.sha256)
    }
}
