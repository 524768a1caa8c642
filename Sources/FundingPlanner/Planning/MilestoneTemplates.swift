/// The dated steps to get the money from one chosen revenue model.
enum MilestoneTemplates {
    /// The steps for `model`, pursued from month `startMonth` after the plan's start (0 = 1 January of the first
    /// plan year), in `language`, ordered by month, then title.
    ///
    /// The list always holds a first step at `startMonth` (name a lead partner), one step per prerequisite the
    /// network still lacks (scheduled early: before any submission and before income), the steps that fit the
    /// model's kind (a grant call, a CSR competition, venue hire, a waffle bake…) and a final "first income
    /// expected" step at `startMonth + model.timing.leadTimeMonths`, then (except for fundraising events, which
    /// celebrate in their own steps, and in-kind support) a "celebrate what failed" step two months later. For a
    /// municipality's money, when `firstYear` is known, the municipal calendar: a request before each yearly
    /// revision of the multi-year plan (September), results shown before the local elections of October 2030
    /// (May 2030) and a request for the new multi-year plan (March 2031). No step falls before `startMonth`
    /// (itself clamped to 0), and a submission deadline always falls before the first-income month.
    ///
    /// - Parameters:
    ///   - model: The chosen revenue model.
    ///   - startMonth: The month the network starts working on the model, counted from the plan's start.
    ///   - missingPrerequisites: The prerequisites the network still lacks, already worded in `language`.
    ///   - language: The language of titles and details.
    ///   - firstYear: The plan's first calendar year (month 0 is its January), for the municipal calendar.
    /// - Returns: The steps, ordered by month, then title.
    static func steps(
        for model: RevenueModel, startMonth: Int, missingPrerequisites: [String], language: Language,
        firstYear: Int? = nil
    ) -> [PlannedStep] {
        let plan = StepTimeline(start: max(0, startMonth), leadTime: model.timing.leadTimeMonths)
        let kind = MilestoneKind(model)
        let name = "‘" + model.name.text(in: language) + "’"
        var list = StepList(wording: Wording(language: language), plan: plan)
        list.add(
            plan.start, ("Duid een trekker aan", "Name a lead partner"),
            (
                "Beslis samen welke partner het werk rond \(name) trekt en wie meehelpt; leg het vast op het volgende netwerkoverleg.",
                "Decide together which partner leads the work on \(name) and who helps; record it at the next network meeting."
            ))
        list.addModelSteps(
            kind, model: model, foodSafetyListed: missingPrerequisites.contains(where: mentionsFoodSafety))

        let latest = max(plan.start, (kind.hasSubmission ? plan.submission : plan.income) - 1)
        let missing = missingPrerequisites.map(sentence).filter { !$0.isEmpty }
        for (index, text) in missing.enumerated() {
            let title =
                missing.count == 1
                ? ("Vervul de ontbrekende voorwaarde", "Meet the missing prerequisite")
                : (
                    "Vervul voorwaarde \(index + 1) van \(missing.count)",
                    "Meet prerequisite \(index + 1) of \(missing.count)"
                )
            list.add(
                min(plan.start + 1 + index, latest), title,
                (
                    text
                        + " Dit moet rond zijn voordat \(name) geld kan opbrengen; spreek af welke partner het opneemt.",
                    text + " This must be in place before \(name) can bring in money; agree which partner takes it on."
                ))
        }

        var closing =
            kind == .inKind
            ? (
                "De eerste steun in natura uit \(name) komt binnen; ze wordt gewaardeerd, maar nooit bij het geld opgeteld.",
                "The first in-kind support from \(name) arrives; it is valued, but never added to the cash."
            )
            : (
                "Het eerste geld uit \(name) komt binnen; boek het in de begroting en laat de partners weten wat het oplevert.",
                "The first money from \(name) comes in; record it in the budget and tell the partners what it brings."
            )
        if model.success.isCompetitive {
            closing.0 += " Wordt het een nee, vraag dan feedback en vier wat jullie leerden."
            closing.1 += " If the answer is no, ask for feedback and celebrate what you learned."
        }
        list.add(plan.income, ("Eerste inkomsten verwacht", "First income expected"), closing)
        if kind != .fundraisingEvent && kind != .inKind {
            list.add(
                plan.after(2), ("Vier wat mislukte", "Celebrate what failed"),
                (
                    "Bespreek met de partners wat werkte en wat mislukte rond \(name), en vier ook de mislukkingen: zo blijft het netwerk lerend en durft het nieuwe dingen te proberen. Noteer wat jullie anders doen.",
                    "Review with the partners what worked and what failed with \(name), and celebrate the failures too: that keeps the network learning and willing to try new things. Note what you will do differently."
                ))
        }
        if model.funder.type == .municipality, let firstYear {
            list.addMunicipalCalendar(firstYear: firstYear)
        }

        return list.steps.enumerated()
            .sorted {
                ($0.element.monthOffset, $0.element.title, $0.offset) < (
                    $1.element.monthOffset, $1.element.title, $1.offset
                )
            }
            .map(\.element)
    }

    /// `text` with a capital first letter and a closing full stop.
    private static func sentence(_ text: String) -> String {
        let trimmed = String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
        guard let first = trimmed.first else { return "" }
        let capitalised = first.uppercased() + trimmed.dropFirst()
        return capitalised.last.map { ".!?".contains($0) } == true ? capitalised : capitalised + "."
    }

    /// Whether a worded prerequisite is the food-safety registration (FAVV in Dutch, FASFC in English).
    private static func mentionsFoodSafety(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return lowered.contains("favv") || lowered.contains("fasfc")
    }
}

/// The months that matter for one model: its start, the first-income month and the submission month.
struct StepTimeline {
    let start: Int
    let income: Int

    init(start: Int, leadTime: Int) {
        self.start = start
        income = start + max(0, leadTime)
    }

    var leadTime: Int { income - start }

    /// `months` after the start, but no later than the month before income (and never before the start).
    func before(_ months: Int) -> Int { min(start + max(0, months), max(start, income - 1)) }

    /// The given share of the lead time after the start, kept before income.
    func share(_ numerator: Int, of denominator: Int) -> Int { before(leadTime * numerator / max(1, denominator)) }

    /// `months` after the first-income month.
    func after(_ months: Int) -> Int { income + max(0, months) }

    /// A few months before income (one to four: half the lead time), never before the start.
    var submission: Int { max(start, income - max(1, min(4, leadTime / 2))) }

    /// Halfway between the start and the submission.
    var drafting: Int { start + (submission - start) / 2 }
}

/// The municipal calendar in Flanders: councils revise their multi-year plan (meerjarenplan) every
/// year; the next local elections are in October 2030, after which the new council draws up its
/// multi-year plan for 2032–2037 during 2031.
enum MunicipalCalendar {
    static let electionYear = 2030
    /// September: when a request reaches the college in time for the yearly revision.
    static let revisionRequestMonth = 8
}

extension StepList {
    /// Steps for asking a municipality at the moments its calendar allows, from `firstYear` (month 0).
    mutating func addMunicipalCalendar(firstYear: Int) {
        for year in 0..<6 {
            let month = 12 * year + MunicipalCalendar.revisionRequestMonth
            guard month >= plan.start else { continue }
            add(
                month,
                ("Vraag het vóór de aanpassing van het meerjarenplan", "Ask before the multi-year plan is revised"),
                (
                    "De gemeenteraad past het meerjarenplan elk jaar aan, meestal eind van het jaar. Bezorg het college nu de resultaten van het netwerk en uw vraag, gekoppeld aan de doelstellingen van het meerjarenplan, zodat ze in de aanpassing voor \(firstYear + year + 1) kan.",
                    "The municipal council revises its multi-year plan every year, usually at the end of the year. Send the college (mayor and aldermen) the network's results and your request now, tied to the plan's objectives, so that it can go into the revision for \(firstYear + year + 1)."
                ))
        }
        let elections = 12 * (MunicipalCalendar.electionYear - firstYear) + 4
        if elections >= plan.start {
            add(
                elections,
                (
                    "Toon resultaten vóór de verkiezingen van oktober 2030",
                    "Show results before the October 2030 elections"
                ),
                (
                    "De volgende gemeenteraadsverkiezingen zijn in oktober 2030. Nodig schepenen en raadsleden van alle partijen uit op de plek waar het netwerk werkt en toon de eerste resultaten: wat nu zichtbaar is, komt in de programma's en in het volgende meerjarenplan.",
                    "The next municipal elections are in October 2030. Invite aldermen and councillors of all parties to the place where the network works and show the first results: what is visible now gets into the manifestos and the next multi-year plan."
                ))
        }
        let newPlan = 12 * (MunicipalCalendar.electionYear + 1 - firstYear) + 2
        if newPlan >= plan.start {
            add(
                newPlan, ("Vraag een plaats in het nieuwe meerjarenplan", "Ask for a place in the new multi-year plan"),
                (
                    "Het nieuwe bestuur maakt in \(MunicipalCalendar.electionYear + 1) zijn meerjarenplan voor \(MunicipalCalendar.electionYear + 2)–\(MunicipalCalendar.electionYear + 7). Bezorg het college vroeg in het jaar uw voorstel, met de resultaten en de meerwaarde voor zijn beleidsdoelstellingen.",
                    "The new council draws up its multi-year plan for \(MunicipalCalendar.electionYear + 2)–\(MunicipalCalendar.electionYear + 7) in \(MunicipalCalendar.electionYear + 1). Send the college your proposal early in the year, with the results and the added value for its policy objectives."
                ))
        }
    }
}

/// The steps collected in the chosen language.
struct StepList {
    let wording: Wording
    let plan: StepTimeline
    var steps: [PlannedStep] = []

    /// Adds a step; `title` and `detail` are (Dutch, English).
    mutating func add(_ month: Int, _ title: (String, String), _ detail: (String, String), deadline: Bool = false) {
        steps.append(
            PlannedStep(
                monthOffset: max(plan.start, month), title: wording(title.0, title.1),
                detail: wording(detail.0, detail.1), isDeadline: deadline))
    }
}

/// What kind of work a model asks for, from its category, mechanism and, for a few models, its id.
enum MilestoneKind: Equatable {
    case grantCall, csrCompetition, companyPartnership, venueHire, catering, fundraisingEvent
    case contributions, training, service, inKind, crowdfunding, donations

    init(_ model: RevenueModel) {
        let mechanism = model.taxonomy.revenueMechanism
        switch model.id {
        case "csr-competition": self = .csrCompetition
        case "crowdfunding": self = .crowdfunding
        case "waffle-bake", "fundraising-event": self = .fundraisingEvent
        case "social-cafe", "event-catering": self = .catering
        case "venue-hire", "coworking-memberships": self = .venueHire
        case "course-fees", "company-training-contracts", "train-the-trainer-services": self = .training
        default:
            // The first rule that holds decides; the order matters (an in-kind grant is in kind, a corporate grant a prize).
            let category = model.category
            let rules: [(holds: Bool, kind: MilestoneKind)] = [
                (category == .inKind || mechanism == .contributionInKind, .inKind),
                (category == .membership, .contributions),
                (
                    mechanism == .grant,
                    category == .corporate && model.success.isCompetitive ? .csrCompetition : .grantCall
                ),
                (category == .corporate, .companyPartnership),
                (category == .communityFundraising, .fundraisingEvent),
                (category == .philanthropy || mechanism == .donation, .donations),
                (category == .publicFunding || category == .euFunding, .grantCall),
                (mechanism == .renting, .venueHire),
                (model.prerequisites.contains(.asset(.kitchen)), .catering),
            ]
            self = rules.first { $0.holds }?.kind ?? .service
        }
    }

    /// Whether the model has a submission date that prerequisites must precede.
    var hasSubmission: Bool { self == .grantCall || self == .csrCompetition }
}

// MARK: - Steps by kind of model

extension StepList {
    /// Adds the steps that fit `kind`; `foodSafetyListed`: the FAVV registration is already a missing prerequisite.
    mutating func addModelSteps(_ kind: MilestoneKind, model: RevenueModel, foodSafetyListed: Bool) {
        let lead = plan.leadTime
        switch kind {
        case .grantCall:
            addGrantSteps(model)
        case .csrCompetition:
            add(
                plan.start, ("Zoek wedstrijden die passen", "Find competitions that fit"),
                (
                    "Lijst MVO-wedstrijden en -prijzen op van bedrijven, sectororganisaties en besturen waarvan het thema bij het doel past, met hun sluitingsdatum.",
                    "List CSR competitions and awards by companies, sector bodies and governments whose theme fits the purpose, with their closing dates."
                ))
            add(
                plan.drafting, ("Bereid de inzending voor met deelnemers", "Prepare the entry with participants"),
                (
                    "Laat deelnemers in hun eigen woorden vertellen wat het netwerk voor hen veranderde, met foto's en enkele concrete resultaten.",
                    "Let participants tell in their own words what the network changed for them, with photos and a few concrete results."
                ))
            add(
                plan.submission, ("Dien de inzending in", "Submit the entry"),
                (
                    "Dien de inzending in vóór de sluitingsdatum; vervang deze maand door de officiële datum van de wedstrijd.",
                    "Submit the entry before the closing date; replace this month with the competition's official date."
                ), deadline: plan.submission < plan.income)
            add(
                plan.after(1), ("Contacteer de bedrijven die je ontmoette", "Approach the companies you met"),
                (
                    "Nodig de bedrijven uit de jury en van de uitreiking uit voor een bezoek, ook als de prijs niet gewonnen is.",
                    "Invite the companies from the jury and the award ceremony for a visit, even if the prize was not won."
                ))
            add(
                plan.after(3), ("Stel een duurzaam partnerschap voor", "Propose a lasting partnership"),
                (
                    "Stel een geïnteresseerd bedrijf een samenwerking over meerdere jaren voor: teamdagen, mentoring of een jaarlijkse bijdrage. Zo wordt een prijs een partnerschap.",
                    "Propose a multi-year partnership to an interested company: team days, mentoring or a yearly contribution. That is how a prize becomes a partnership."
                ))
        case .companyPartnership:
            add(
                plan.start, ("Maak een lijst van bedrijven", "List companies to approach"),
                (
                    "Begin bij bedrijven die de partners al kennen en bij bedrijven die werken rond het thema of de doelgroepen van het netwerk.",
                    "Start with companies the partners already know and companies that work on the network's theme or target groups."
                ))
            add(
                plan.share(1, of: 3), ("Maak een voorstel op maat", "Write a tailored proposal"),
                (
                    "Toon wat het bedrijf wint: gemotiveerde medewerkers, prikkelend werk zoals mentoring of een teamdag, zichtbaarheid en contact met toekomstige collega's.",
                    "Show what the company gains: motivated staff, stimulating work such as mentoring or a team day, visibility and contact with future recruits."
                ))
            add(
                plan.share(2, of: 3), ("Ga langs bij het bedrijf", "Meet the company"),
                (
                    "Stel het voorstel voor samen met een deelnemer en luister naar wat het bedrijf zelf zoekt.",
                    "Present the proposal together with a participant and listen to what the company itself is looking for."
                ))
            add(
                plan.before(lead - 1), ("Onderteken de overeenkomst", "Sign the agreement"),
                (
                    "Leg bedrag, duur en ieders inzet vast; een bedrijf dat meer geeft, krijgt daarom niet meer zeggenschap in het netwerk.",
                    "Record the amount, the duration and what each side does; a company that gives more does not get more say in the network."
                ))
        case .venueHire:
            add(
                plan.start, ("Leg tarieven en huisregels vast", "Set rates and house rules"),
                (
                    "Bepaal een uurtarief (met een lager tarief voor verenigingen), wat inbegrepen is, en afspraken over poetsen en sleutels.",
                    "Set an hourly rate (with a lower one for associations), what is included, and rules for cleaning and keys."
                ))
            add(
                plan.before(1), ("Regel de verzekering", "Arrange insurance"),
                (
                    "Vraag bij de eigenaar en de verzekeraar na of brand en burgerlijke aansprakelijkheid ook gedekt zijn als anderen de ruimte huren.",
                    "Check with the owner and the insurer that fire and third-party liability are also covered when others hire the space."
                ))
            add(
                plan.before(lead - 1), ("Maak de beschikbaarheid bekend", "Publish the availability"),
                (
                    "Zet de ruimte met foto's, tarieven en een reservatiekalender online en vraag partners en de gemeente om ze door te geven.",
                    "Put the space online with photos, rates and a booking calendar, and ask the partners and the municipality to pass it on."
                ))
        case .catering:
            let cafe = model.id == "social-cafe"
            add(
                plan.before(1), ("Rust de keuken uit", "Equip the kitchen"),
                (
                    "Lijst op wat de keuken nog mist (koeling, vaatwas, werkvlakken) en vraag partners om materiaal in natura voor je iets koopt.",
                    "List what the kitchen still lacks (cooling, dishwasher, work surfaces) and ask partners for equipment in kind before buying."
                ))
            if !foodSafetyListed {
                add(
                    plan.before(1), ("Registreer bij het FAVV", "Register with the FASFC (FAVV)"),
                    (
                        "Registreer de activiteit bij het FAVV, het federale voedselagentschap, en leg de hygiëneregels en de autocontrole vast.",
                        "Register the activity with the FASFC (FAVV), the Belgian food safety agency, and set down the hygiene rules and self-checks."
                    ))
            }
            add(
                plan.before(lead - 2), ("Leid de deelnemers op", "Train the participants"),
                (
                    "Geef deelnemers een opleiding in hygiëne, bediening en kassa, zodat het werk zelf een leerkans wordt.",
                    "Train participants in food hygiene, service and the till, so that the work itself becomes a learning opportunity."
                ))
            add(
                plan.before(lead - 1),
                cafe
                    ? ("Open met een proefperiode", "Open with a trial run")
                    : ("Verzorg een eerste proefopdracht", "Cater a first trial event"),
                cafe
                    ? (
                        "Open eerst voor partners en buren, vraag feedback en stel menu en prijzen bij.",
                        "Open first for partners and neighbours, ask for feedback and adjust the menu and prices."
                    )
                    : (
                        "Verzorg de catering van een activiteit van een partner, vraag feedback en stel menu en prijzen bij.",
                        "Cater a partner's event, ask for feedback and adjust the menu and prices."
                    ))
        case .fundraisingEvent:
            addEventSteps(isWaffleBake: model.id == "waffle-bake")
        case .contributions:
            addContributionSteps(membersPay: model.funder.type == .members, pooled: model.id == "pooled-partner-fund")
        case .training, .service:
            addOfferSteps(isTraining: kind == .training, forCompanies: model.funder.type == .company)
        case .inKind:
            addInKindSteps(from: model.funder.type)
        case .crowdfunding:
            add(
                plan.start, ("Bereid de campagne voor", "Prepare the campaign"),
                (
                    "Kies een platform en een haalbaar doelbedrag voor één concreet project, en maak een filmpje waarin deelnemers zelf vertellen.",
                    "Choose a platform and a realistic target for one concrete project, and make a video in which participants speak for themselves."
                ))
            add(
                plan.before(lead - 2), ("Lanceer de campagne", "Launch the campaign"),
                (
                    "Laat de campagne ongeveer zes weken lopen; vraag partners en naasten om in de eerste dagen te geven en deel elke week een nieuw verhaal.",
                    "Run the campaign for about six weeks; ask partners and close contacts to give in the first days and share a new story every week."
                ))
            addThanks()
        case .donations:
            addDonationSteps(major: model.id == "major-gift" || model.taxonomy.bridgespanModel == .bigBettor)
        }
    }
}
