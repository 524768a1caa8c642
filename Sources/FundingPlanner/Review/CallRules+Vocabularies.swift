import Foundation
internal import FundingPlannerXML

/// The closed vocabularies of a call (`call-1.xsd`), each with its own labels.
extension CallRules {
    /// Which networks a call is for.
    public enum Phase: String, Sendable, Hashable, CaseIterable, Labelled {
        /// Networks that are forming or growing: a forming or growing network passes the phase gate.
        case networkFormation = "network-formation"
        /// Mature networks: only a mature network passes the phase gate.
        case matureNetwork = "mature-network"

        /// The label people read, in `language`.
        public func label(_ language: Language) -> String {
            switch self {
            case .networkFormation: language == .nl ? "netwerkvorming" : "network formation"
            case .matureNetwork: language == .nl ? "mature netwerken" : "mature networks"
            }
        }
    }

    /// Whether the real call a file models still takes applications.
    public enum Status: String, Sendable, Hashable, CaseIterable, Labelled {
        case open
        case closed
        /// A fictional round modelled on a real call.
        case illustrative

        /// The label people read, in `language`.
        public func label(_ language: Language) -> String {
            switch self {
            case .open: language == .nl ? "open" : "open"
            case .closed: language == .nl ? "afgesloten" : "closed"
            case .illustrative: language == .nl ? "fictieve ronde" : "fictional round"
            }
        }
    }

    /// Who pays a share of the eligible costs.
    public enum FundingSource: String, Sendable, Hashable, CaseIterable, Labelled {
        case esf
        case flemishCofinancing = "flemish-cofinancing"
        case municipal
        case otherPublic = "other-public"
        case own

        /// Whether the call's grant pays this share (the rest the applicant and its partners bring).
        public var isPaidByTheCall: Bool {
            switch self {
            case .esf, .flemishCofinancing, .municipal: true
            case .otherPublic, .own: false
            }
        }

        /// The label people read, in `language`.
        public func label(_ language: Language) -> String {
            switch self {
            case .esf: "ESF+"
            case .flemishCofinancing: language == .nl ? "Vlaamse cofinanciering" : "Flemish co-financing"
            case .municipal: language == .nl ? "gemeente" : "municipality"
            case .otherPublic: language == .nl ? "andere publieke middelen" : "other public money"
            case .own: language == .nl ? "eigen aandeel" : "own share"
            }
        }
    }

    /// What the applicant may be in the partnership.
    public enum ApplicantRole: String, Sendable, Hashable, CaseIterable, Labelled {
        case promoter
        case partner

        /// The label people read, in `language`.
        public func label(_ language: Language) -> String {
            switch self {
            case .promoter: language == .nl ? "promotor" : "promoter"
            case .partner: language == .nl ? "partner" : "partner"
            }
        }
    }

    /// What a flat rate is a percentage of.
    public enum FlatRateBase: String, Sendable, Hashable, CaseIterable, Labelled {
        case staffGrossWages = "staff-gross-wages"
        case directCosts = "direct-costs"

        /// The label people read, in `language`.
        public func label(_ language: Language) -> String {
            switch self {
            case .staffGrossWages: language == .nl ? "brutolonen van het personeel" : "staff gross wages"
            case .directCosts: language == .nl ? "directe kosten" : "direct costs"
            }
        }
    }

    /// The state-aid rule for aid to undertakings among the partners.
    public enum StateAidRegime: String, Sendable, Hashable, CaseIterable, Labelled {
        case deMinimis = "de-minimis"
        case gber
        case noEconomicActivity = "no-economic-activity"

        /// The label people read, in `language`.
        public func label(_ language: Language) -> String {
            switch self {
            case .deMinimis: language == .nl ? "de-minimissteun" : "de minimis aid"
            case .gber:
                language == .nl
                    ? "vrijgesteld onder de algemene groepsvrijstellingsverordening"
                    : "exempted under the General Block Exemption Regulation"
            case .noEconomicActivity:
                language == .nl ? "geen economische activiteit, geen staatssteun" : "no economic activity, no state aid"
            }
        }
    }
}
