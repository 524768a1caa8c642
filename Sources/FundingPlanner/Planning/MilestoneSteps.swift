// Model-specific milestone steps: grants, events, contributions, offers, in-kind, donations.

extension StepList {
    /// Grants and calls: read the call, write together, submit before the deadline, report each funded year.
    mutating func addGrantSteps(_ model: RevenueModel) {
        let esf = model.id.hasPrefix("esf")
        add(
            plan.start, ("Bestudeer de oproep en haar regels", "Check the call and its rules"),
            model.funder.type == .municipality
                ? (
                    "Lees het subsidiereglement: voorwaarden, bedrag, indiendatum en gevraagde verantwoording; zoek uit aan welke doelen uit het meerjarenplan het netwerk bijdraagt.",
                    "Read the grant regulation: conditions, amount, submission date and required justification; find out which goals of the multi-year policy plan the network serves."
                )
                : (
                    "Lees de oproep: wie mag indienen, welke kosten in aanmerking komen, de indiendatum en hoe je de resultaten verantwoordt.",
                    "Read the call: who may apply, which costs are eligible, the submission date and how results must be justified."
                ))
        if model.id.hasPrefix("erasmus") {
            add(
                plan.start, ("Zoek een partner in het buitenland", "Find a partner abroad"),
                (
                    "Een Erasmus+-partnerschap vraagt organisaties uit minstens twee landen; zoek een partner via bestaande contacten of EPALE.",
                    "An Erasmus+ partnership needs organisations from at least two countries; find a partner through existing contacts or EPALE."
                ))
        }
        add(
            plan.drafting, ("Schrijf de aanvraag met de partners", "Write the application with the partners"),
            (
                "Werk doel, activiteiten, begroting en de rol van elke partner samen uit; laat elke partner de tekst nalezen en goedkeuren.",
                "Work out the purpose, activities, budget and each partner's role together; let every partner read and approve the draft."
            ))
        let share = model.prerequisites.lazy.compactMap { prerequisite -> BasisPoints? in
            if case .cofinancing(let minimum) = prerequisite { return minimum }
            return nil
        }.first
        if esf || share != nil {
            let nl =
                share.map {
                    ", zodat de partners samen minstens \($0.formatted(.nl)) van de subsidiabele kosten dragen"
                } ?? ""
            let en =
                share.map { ", so that together they carry at least \($0.formatted(.en)) of the eligible costs" } ?? ""
            add(
                plan.drafting, ("Spreek de cofinanciering af", "Agree the co-financing"),
                (
                    "Leg vast hoeveel elke partner zelf bijdraagt\(nl), in geld of, waar de oproep dat toelaat, in natura.",
                    "Record how much each partner contributes itself\(en), in cash or, where the call allows it, in kind."
                ))
        }
        if esf {
            add(
                plan.submission - 1, ("Onderteken de partnerschapsovereenkomst", "Sign the partnership agreement"),
                (
                    "Leg rollen, taken, de verdeling van het budget en de manier van beslissen vast; elke partner heeft evenveel inspraak, los van zijn bijdrage.",
                    "Record roles, tasks, the budget split and how decisions are made; every partner has an equal say, whatever its contribution."
                ))
        }
        add(
            plan.submission, ("Dien de aanvraag in", "Submit the application"),
            (
                "Dien de volledige aanvraag in vóór de deadline; vervang deze maand door de officiële datum zodra die bekend is.",
                "Submit the complete application before the deadline; replace this month with the official date as soon as it is known."
            ),
            deadline: plan.submission < plan.income)
        for year in 1...min(6, max(1, model.timing.maximumYears ?? 6)) {
            add(
                plan.income + 12 * year - 1, ("Rapporteer over werkingsjaar \(year)", "Report on funded year \(year)"),
                (
                    "Bezorg het inhoudelijke en financiële verslag met de bewijsstukken die de financier vraagt; bewaar facturen en aanwezigheidslijsten doorlopend.",
                    "Send the narrative and financial report with the supporting documents the funder asks for; keep invoices and attendance lists as you go."
                ))
        }
    }

    /// Fundraising events: participants organise it, and afterwards everyone celebrates, failures included.
    mutating func addEventSteps(isWaffleBake: Bool) {
        let lead = plan.leadTime
        add(
            plan.start, ("Prik een datum", "Set the date"),
            (
                "Kies een datum die niet botst met andere activiteiten in de buurt en reserveer plaats en materiaal.",
                "Pick a date that does not clash with other local events and book the place and equipment."
            ))
        add(
            plan.before(1), ("Laat deelnemers het organiseren", "Let participants organise it"),
            (
                "Verdeel de taken onder deelnemers (aankoop, \(isWaffleBake ? "bakken" : "programma"), verkoop, kassa): zo zetten ze hun talenten in en ontwikkelen ze die verder.",
                "Share the tasks among participants (buying, \(isWaffleBake ? "baking" : "programme"), sales, till): that way they use and develop their talents."
            ))
        add(
            plan.before(lead - 1), ("Maak reclame", "Promote it"),
            (
                "Verspreid affiches en berichten via alle partners en lokale media, en laat deelnemers zelf bestellingen of tickets verkopen.",
                "Spread posters and messages through all partners and local media, and let participants sell orders or tickets themselves."
            ))
        add(
            plan.income,
            isWaffleBake
                ? ("Hou de wafelenbak", "Hold the waffle bake")
                : ("Hou de benefietactiviteit", "Hold the fundraising event"),
            (
                "Zorg dat elke deelnemer zijn taak kent; tel de opbrengst met twee en noteer ze meteen.",
                "Make sure every participant knows their task; count the takings with two people and record them straight away."
            ))
        add(
            plan.after(1), ("Vier het resultaat", "Celebrate the result"),
            (
                "Vier met iedereen die meehielp, ook wat mislukte: zo blijft het netwerk lerend. Noteer wat jullie volgende keer anders doen.",
                "Celebrate with everyone who helped, including what went wrong: that keeps the network learning. Note what to do differently next time."
            ))
    }

    /// Membership fees and partner contributions: agree the amounts, with an equal say whatever the amount.
    mutating func addContributionSteps(membersPay: Bool, pooled: Bool) {
        if membersPay {
            add(
                plan.share(1, of: 3), ("Bepaal lidgeld en voordelen", "Set the fee and benefits"),
                (
                    "Bepaal het lidgeld, met een sociaal tarief, en wat leden ervoor krijgen.",
                    "Set the membership fee, with a reduced rate, and what members get for it."
                ))
        } else {
            add(
                plan.share(1, of: 3), ("Spreek de bedragen af", "Agree the amounts"),
                (
                    "Spreek in de partnerschapsovereenkomst af wat elke partner jaarlijks bijdraagt, in geld of in natura, naar draagkracht.",
                    "Agree in the partnership agreement what each partner contributes each year, in cash or in kind, according to its means."
                ))
        }
        add(
            plan.share(2, of: 3), ("Scheid geld en macht", "Keep money and power separate"),
            (
                "Schrijf in de \(membersPay ? "statuten" : "overeenkomst") dat iedereen evenveel inspraak heeft, ongeacht het bedrag dat hij inbrengt.",
                "Write into the \(membersPay ? "statutes" : "agreement") that everyone has an equal say, regardless of the amount they bring in."
            ))
        if pooled {
            add(
                plan.share(2, of: 3), ("Leg de regels van het fonds vast", "Set the fund's rules"),
                (
                    "Spreek af hoe de partners samen over uitgaven uit het fonds beslissen en hoe het fonds jaarlijks verantwoording aflegt.",
                    "Agree how the partners decide together on spending from the fund and how the fund reports each year."
                ))
        }
        add(
            plan.before(plan.leadTime - 1),
            membersPay ? ("Werf leden", "Recruit members") : ("Vraag de bijdragen op", "Request the contributions"),
            membersPay
                ? (
                    "Vraag partners, deelnemers en buren om lid te worden en stuur elk lid een betalingsverzoek.",
                    "Ask partners, participants and neighbours to join and send every member a payment request."
                )
                : (
                    "Stuur de partners die in geld bijdragen een betalingsverzoek met het afgesproken bedrag en de termijn.",
                    "Send the partners who contribute cash a payment request with the agreed amount and due date."
                ))
    }
}

extension StepList {
    /// Courses, training for companies and other services sold: design the offer, price it, find the first takers.
    mutating func addOfferSteps(isTraining: Bool, forCompanies: Bool) {
        add(
            plan.start, ("Ontwerp het aanbod", "Design the offer"),
            forCompanies
                ? (
                    "Vraag enkele bedrijven wat ze nodig hebben en werk met de partners een aanbod op maat uit: inhoud, duur, plaats en wie het geeft.",
                    "Ask a few companies what they need and work out a tailored offer with the partners: content, duration, place and who delivers it."
                )
                : (
                    "Werk met de partners uit wat klanten of deelnemers precies krijgen, hoe lang, waar en wie het geeft.",
                    "Work out with the partners what customers or participants get exactly, for how long, where and who delivers it."
                ))
        add(
            plan.share(1, of: 2), ("Bepaal de prijzen", "Set the prices"),
            (
                "Reken de volledige kost uit (tijd, ruimte, materiaal) en kies een eerlijke prijs die die kost dekt\(forCompanies ? "" : ", met een sociaal tarief waar nodig").",
                "Work out the full cost (time, space, materials) and choose a fair price that covers it\(forCompanies ? "" : ", with a reduced rate where needed")."
            ))
        let (nlTitle, enTitle) =
            forCompanies
            ? ("Zoek de eerste bedrijven", "Find the first client companies")
            : isTraining
                ? ("Werf deelnemers", "Recruit participants") : ("Zoek de eerste klanten", "Find the first customers")
        add(
            plan.before(plan.leadTime - 1), (nlTitle, enTitle),
            (
                "Maak het aanbod bekend via de partners en hun netwerk, en laat eerdere deelnemers of klanten getuigen.",
                "Make the offer known through the partners and their networks, and let earlier participants or customers speak about it."
            ))
    }

    /// In-kind support: list the need, ask, and record the value apart from cash.
    mutating func addInKindSteps(from funder: FunderType) {
        add(
            plan.start, ("Lijst op wat nodig is", "List what is needed"),
            (
                "Noteer welke lokalen, welk materiaal of hoeveel personeelsuren het netwerk nodig heeft, en wanneer.",
                "Note which rooms, equipment or staff hours the network needs, and when."
            ))
        let (nlWho, enWho) =
            funder == .municipality
            ? ("de gemeente", "the municipality")
            : funder == .company ? ("het bedrijf", "the company") : ("de partners", "the partners")
        add(
            plan.before(plan.leadTime - 1), ("Vraag het aan \(nlWho)", "Ask \(enWho)"),
            (
                "Vraag \(nlWho) concreet wat \(funder == .partners ? "elk" : funder == .municipality ? "ze" : "het") kan inbrengen en leg de afspraken schriftelijk vast; een bijdrage in natura telt als volwaardige bijdrage.",
                "Ask \(enWho) exactly what \(funder == .partners ? "each" : "it") can provide and put the arrangement in writing; an in-kind contribution is a full contribution."
            ))
        add(
            plan.after(1), ("Registreer de waarde", "Record the value"),
            (
                "Waardeer de bijdrage (uren maal tarief, marktprijs of kostprijs) en noteer ze apart: ze telt nooit mee in de geldtotalen.",
                "Value the contribution (hours times rate, market price or cost price) and record it separately: it never counts in the cash totals."
            ))
    }

    /// Donations and major gifts: identify donors, make the ask, thank them.
    mutating func addDonationSteps(major: Bool) {
        add(
            plan.start,
            major
                ? ("Breng mogelijke grote schenkers in kaart", "Identify potential major donors")
                : ("Breng schenkers in kaart", "Identify donors"),
            major
                ? (
                    "Lijst enkele personen of familiefondsen op die dicht bij het doel staan, en zoek uit wie in het netwerk hen kent.",
                    "List a few people or family funds close to the purpose, and find out who in the network knows them."
                )
                : (
                    "Lijst op wie al dicht bij het netwerk staat (families van deelnemers, buren, personeel van partners) en ga na of het netwerk fiscale attesten mag uitreiken.",
                    "List who is already close to the network (participants' families, neighbours, partners' staff) and check whether the network may issue tax certificates."
                ))
        add(
            plan.before(plan.leadTime - 1), ("Doe de vraag", "Make the ask"),
            major
                ? (
                    "Ga persoonlijk langs met een trekker of een deelnemer en vraag een concreet bedrag voor een concreet project.",
                    "Visit in person with a lead partner or a participant and ask for a specific amount for a specific project."
                )
                : (
                    "Vraag om een gift met het verhaal van een deelnemer en een eenvoudige manier om te geven, eenmalig of maandelijks.",
                    "Ask for a gift with a participant's story and an easy way to give, once or monthly."
                ))
        addThanks()
    }

    /// Thanks to donors a month after the money came in.
    mutating func addThanks() {
        add(
            plan.after(1), ("Bedank de schenkers", "Thank the donors"),
            (
                "Bedank elke schenker persoonlijk en laat zien wat er met het geld gebeurt.",
                "Thank every donor personally and show what the money is doing."
            ))
    }
}
