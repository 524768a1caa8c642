import Foundation
public import FundingPlanner

/// The sections of the workspace, one page each, in the order of the home page's task list.
public enum Section: String, Sendable, Hashable, CaseIterable {
    /// Name, purpose, themes, target groups, place, founding date, legal form.
    case purpose
    /// The partners: who, what kind, their roles and their own why.
    case partners
    /// What each partner gives per year, and their seats, votes and veto.
    case contributions
    /// Rooms, kitchens, equipment the network can use.
    case assets
    /// Plan years, reserves and the costs per year and category.
    case budget
    /// The output indicators: what the network counts, and its target for each plan year.
    case indicators
    /// Hours available, the funding-mix limits and the hourly rate.
    case preferences

    /// The section's title.
    public func title(_ language: Language) -> String {
        let nl = language == .nl
        return switch self {
        case .purpose: nl ? "Doel en kenmerken" : "Purpose and basics"
        case .partners: nl ? "Partners" : "Partners"
        case .contributions: nl ? "Bijdragen en stemmen" : "Contributions and votes"
        case .assets: nl ? "Ruimtes en materiaal" : "Places and equipment"
        case .budget: nl ? "Begroting per jaar en categorie" : "Budget per year and category"
        case .indicators: nl ? "Resultaten en streefwaarden" : "Outputs and targets"
        case .preferences: nl ? "Capaciteit en voorkeuren" : "Capacity and preferences"
        }
    }

    /// One sentence on why the section is asked.
    public func hint(_ language: Language) -> String {
        let nl = language == .nl
        return switch self {
        case .purpose:
            nl
                ? "Eén eenvoudige zin: voor wie verandert er wat? Thema's en doelgroepen sturen welke verdienmodellen passen."
                : "One simple sentence: what changes, for whom? Themes and target groups decide which revenue models fit."
        case .partners:
            nl
                ? "Wie doet mee, in welke rol, en waarom — in de woorden van de partner zelf."
                : "Who takes part, in which role, and why — in the partner's own words."
        case .contributions:
            nl
                ? "Wat elke partner per jaar geeft (geld of in natura) en hoeveel zeggenschap hij heeft: geld en macht horen gescheiden."
                : "What each partner gives per year (cash or in kind) and how much say it has: money and power should stay apart."
        case .assets:
            nl
                ? "Ruimtes en middelen openen verdienmodellen zoals zaalverhuur of catering."
                : "Places and means open revenue models such as room hire or catering."
        case .budget:
            nl
                ? "De kosten per jaar en categorie die het plan moet dekken."
                : "The costs per year and category the plan must cover."
        case .indicators:
            nl
                ? "Wat het netwerk telt en per jaar wil halen (deelnemers, sessies, uren …): een subsidieaanvraag vraagt erom, en de versie voor de financier toont het."
                : "What the network counts and aims for each year (participants, sessions, hours …): a grant application asks for it, and the funder's version shows it."
        case .preferences:
            nl
                ? "Hoeveel tijd het netwerk heeft en hoe gespreid de inkomsten moeten zijn."
                : "How much time the network has and how spread its income must be."
        }
    }
}
