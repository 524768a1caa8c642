/// Every closed list a FundingPlanner file may use, with each allowed value's Dutch and English
/// label: what `fundplan vocabulary` prints and forms offer as choices.
public enum VocabularyIndex {
    /// One allowed value: the token written in files and its labels.
    public struct Entry: Sendable, Hashable {
        /// The value as written in a file (`job-seekers`).
        public var token: String
        /// The Dutch label (`werkzoekenden`).
        public var dutch: String
        /// The English label (`job seekers`).
        public var english: String
    }

    /// A named list: its command-line name, where it is used, and its values.
    public struct List: Sendable, Hashable {
        /// The name to ask for (`target-groups`).
        public var name: String
        /// Where the value is written, for example `<group type="…">` in a network profile.
        public var usedIn: String
        /// The allowed values, in the schema's order.
        public var entries: [Entry]
    }

    /// Every list, the catalogue's themes first.
    public static func lists(catalogue: Catalogue) -> [List] {
        let themes = catalogue.themes.map {
            Entry(token: $0.id, dutch: $0.label.text(in: .nl), english: $0.label.text(in: .en))
        }
        return [
            List(name: "themes", usedIn: "network: <theme ref=\"…\">", entries: themes),
            list("target-groups", "network: <group type=\"…\">", TargetGroup.self),
            list("partner-types", "network: <partner type=\"…\">", PartnerType.self),
            list("partner-roles", "network: <partner roles=\"…\">", PartnerRole.self),
            list("legal-forms", "network: <legalForm type=\"…\">", NetworkLegalForm.self),
            list("contribution-kinds", "network: <contribution kind=\"…\">", ContributionKind.self),
            list("valuation-methods", "network: <contribution valuation=\"…\">", ValuationMethod.self),
            list("asset-types", "network: <asset type=\"…\">", AssetType.self),
            list("equipment-types", "network: <equipment type=\"…\">", EquipmentType.self),
            list("licence-types", "network: <licence type=\"…\">", LicenceType.self),
            list("veto-scopes", "network: <governance vetoScope=\"…\">", VetoScope.self),
            list("cost-categories", "network: <cost category=\"…\">", CostCategory.self),
            list("indicator-units", "network: <indicator unit=\"…\">", IndicatorUnit.self),
            list("revenue-categories", "catalogue: <model category=\"…\">", RevenueCategory.self),
            list("resource-types", "catalogue: <taxonomy resourceType=\"…\">", ResourceType.self),
            list("mechanisms", "catalogue: <taxonomy mechanism=\"…\">", RevenueMechanism.self),
            list("funder-types", "catalogue: <funder type=\"…\">", FunderType.self),
            list("maturity-stages", "catalogue: <maturity minimum=\"…\">", MaturityStage.self),
            list("risk-kinds", "catalogue: <risk kind=\"…\">", RiskKind.self),
            list("call-statuses", "call: <reference status=\"…\">", CallRules.Status.self),
            list("applicant-roles", "call: <applicant role=\"…\">", CallRules.ApplicantRole.self),
            list("funding-sources", "call: <share source=\"…\">", CallRules.FundingSource.self),
            list("call-phases", "call: <phase value=\"…\">", CallRules.Phase.self),
            list("flat-rate-bases", "call: <flatRate base=\"…\">", CallRules.FlatRateBase.self),
            list("state-aid-regimes", "call: <stateAid regime=\"…\">", CallRules.StateAidRegime.self),
        ]
    }

    private static func list<Token: Labelled & CaseIterable>(_ name: String, _ usedIn: String, _: Token.Type) -> List {
        List(
            name: name, usedIn: usedIn,
            entries: Token.allCases.map { Entry(token: $0.rawValue, dutch: $0.label(.nl), english: $0.label(.en)) })
    }
}
