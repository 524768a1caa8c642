/// One dated step towards the money of a chosen revenue model.
public struct PlannedStep: Sendable, Hashable {
    /// Months after the plan's start (1 January of its first year) when the step is due.
    public var monthOffset: Int
    /// Short imperative title, for example "Submit the application".
    public var title: String
    /// One or two sentences: what exactly to do.
    public var detail: String
    /// True for a hard deadline (an application date), false for a target.
    public var isDeadline: Bool

    /// A step due `monthOffset` months after the plan's start.
    public init(monthOffset: Int, title: String, detail: String, isDeadline: Bool) {
        self.monthOffset = monthOffset
        self.title = title
        self.detail = detail
        self.isDeadline = isDeadline
    }
}

/// What the added-value text for one funder type can draw on.
public struct AddedValueContext: Sendable, Hashable {
    /// The network's name in the text's language.
    public var networkName: String
    /// The network's purpose in the text's language.
    public var purpose: String
    /// The place (region name) the network works in.
    public var place: String
    /// The groups of people the network works for.
    public var targetGroups: [TargetGroup]
    /// Partner types present, and how many partners of each.
    public var partnerCounts: [PartnerType: Int]
    /// Names of the chosen models this funder type pays for, in the text's language.
    public var chosenModels: [String]
    /// The plan's first calendar year.
    public var firstYear: Int
    /// The plan's last calendar year.
    public var lastYear: Int
}
