internal import FundingPlannerXML

/// How large a document of each kind may be, and how many partners and models a network or the
/// catalogues may hold.
///
/// Catalogues and plans are streamed record by record, but a network profile's `<partners>`
/// (like a rubric or a call) is one record held whole in memory, so documents other than
/// catalogues get a size limit far above any genuine one (the largest shipped example network is
/// 9 KB; a network of 1,000 partners with three years of contributions is about 0.8 MB) and far
/// below what would strain a reviewer's machine.
public enum DocumentLimits {
    /// The most partners one network profile may list.
    ///
    /// Networks the domain describes have tens; the readiness checks and the plan stay fast far
    /// beyond this.
    public static let maximumPartners = 1_000

    /// The most models the catalogue files may hold together.
    ///
    /// A model of a later file counts even when it replaces an earlier one. A 50,000-model
    /// catalogue loads in about 2 s and 150 MiB.
    public static let maximumModels = 100_000

    /// The most concepts the lexicon files may hold together.
    ///
    /// The built-in lexicon has about a hundred; a user's extension has tens or hundreds.
    public static let maximumConcepts = 20_000

    /// The largest file of `kind` that is read, in bytes.
    public static func maximumFileSize(_ kind: DocumentKind) -> Int {
        switch kind {
        case .catalogue, .match: 128 << 20
        case .network, .plan, .lexicon, .regions: 16 << 20
        case .rubric, .call, .scenarios: 4 << 20
        case .reviewerSheet: 64 << 20
        case .review: 1 << 30
        }
    }

    /// The reading limits for `kind`.
    static func xml(_ kind: DocumentKind) -> XMLLimits {
        let advice =
            switch kind {
            case .catalogue: "split it into several catalogue files and pass each with --catalogue"
            case .reviewerSheet: "split the scores over several sheets (one per reviewer or per batch of plans)"
            case .review: "review fewer plans at once"
            default: "a genuine \(kind.humanName) is far smaller: check that this is the right file"
            }
        return XMLLimits(maximumFileSize: maximumFileSize(kind), sizeAdvice: advice)
    }
}

extension DocumentKind {
    /// The kind's name in messages.
    var humanName: String {
        switch self {
        case .catalogue: "catalogue"
        case .network: "network profile"
        case .match: "match result"
        case .plan: "plan"
        case .rubric: "rubric"
        case .call: "call"
        case .reviewerSheet: "reviewer sheet"
        case .review: "review"
        case .lexicon: "concept lexicon"
        case .regions: "region list"
        case .scenarios: "scenario file"
        }
    }
}
