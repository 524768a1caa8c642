// The closed vocabulary of what an output indicator counts (common-1.xsd, IndicatorUnit).
// Raw values are the XML tokens; `label(_:)` gives the words people read.

/// What an output indicator of a network counts: people, meetings, hours, diplomas, jobs,
/// partners or places of learning.
///
/// A short list on purpose: an application form asks for counts of these, and a closed list lets
/// the funder's version say the unit in either language.
public enum IndicatorUnit: String, Sendable, Hashable, CaseIterable, Codable, Labelled {
    /// People who take part.
    case participants
    /// Sessions, workshops or meetings held.
    case sessions
    /// Hours of learning, practice or activity.
    case hours
    /// Certificates or attestations obtained.
    case certificates
    /// People placed in work, a traineeship or a job-training place.
    case placements
    /// Partner organisations involved.
    case partners
    /// Places of learning opened or strengthened (a real-life learning context).
    case places

    /// The label people read, in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .participants: language == .nl ? "deelnemers" : "participants"
        case .sessions: language == .nl ? "sessies" : "sessions"
        case .hours: language == .nl ? "uren" : "hours"
        case .certificates: language == .nl ? "getuigschriften" : "certificates"
        case .placements: language == .nl ? "plaatsingen" : "placements"
        case .partners: language == .nl ? "partners" : "partners"
        case .places: language == .nl ? "leerplekken" : "places of learning"
        }
    }
}
