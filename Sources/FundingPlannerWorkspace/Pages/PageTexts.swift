import Foundation
import FundingPlanner

/// The fixed words of the pages, in Dutch or English (the `t` object in every template).
enum PageTexts {
    static func texts(_ language: Language) -> [String: String] {
        let say = Say(language)
        return [
            "errorPrefix": say("Fout:", "Error:"),
            "skip": say("Naar de inhoud", "Skip to content"),
            "sections": say("Onderdelen", "Sections"),
            "errorSummary": say("Er is een probleem", "There is a problem"),
            "advice": say("Advies bij dit profiel", "Advice on this profile"),
            "save": say("Opslaan en advies bijwerken", "Save and update advice"),
            "tasks": say("Wat je invult", "What you fill in"),
            "versionsHeading": say("Versies", "Versions"),
            "note": say("Notitie bij deze versie", "Note for this version"),
            "saveVersion": say("Versie bewaren", "Save version"),
            "history": say("Alle versies", "All versions"),
            "downloads": say("Downloads en openen", "Downloads and open"),
            "findings": say("Bevindingen", "Findings"),
            "noFindings": say("Geen bevindingen: alles in orde.", "No findings: all in order."),
            "matches": say("Best passende verdienmodellen", "Best-matching revenue models"),
            "incomplete": say(
                "Het profiel is nog niet volledig. Nog te doen:", "The profile is not complete yet. Still to do:"),
            "update": say("Advies bijwerken", "Update advice"),
            "when": say("Wanneer", "When"),
            "from": say("Van", "From"),
            "to": say("Naar", "To"),
            "restore": say("Terugzetten", "Restore"),
            "compare": say("Vergelijk", "Compare"),
            "noVersions": say(
                "Nog geen bewaarde versies. Bewaar er een op de startpagina.",
                "No saved versions yet. Save one on the home page."),
            "noChanges": say("Geen verschillen.", "No differences."),
            "restoreThis": say("Deze versie terugzetten", "Restore this version"),
            "conflictText": say(
                "Dit profiel werd intussen gewijzigd, in een ander venster of tabblad. Je wijzigingen zijn niet bewaard, zodat niets ongemerkt overschreven wordt.",
                "This profile was changed in the meantime, in another window or tab. Your changes were not saved, so that nothing is overwritten unnoticed."
            ),
            "conflictDiff": say(
                "Wat je wilde bewaren, tegenover wat er nu staat", "What you wanted to save, against what is there now"),
            "conflictReload": say(
                "Open de pagina opnieuw met wat er nu staat", "Open the page again with what is there now"),
            "downloadsIntro": say(
                "Precies de bestanden die fundplan op de opdrachtregel schrijft. Een gedownload profiel opent hier weer ongewijzigd.",
                "Exactly the files fundplan writes on the command line. A downloaded profile opens here again unchanged."
            ),
            "noProfileYet": say(
                "Er is nog geen volledig profiel: vul eerst alle onderdelen in.",
                "There is no complete profile yet: fill in every section first."),
            "makePlan": say("Maak het financieringsplan", "Make the funding plan"),
            "makePDF": say("Maak de PDF's van beide rapporten", "Make the PDFs of both reports"),
            "pdfUnavailable": say(
                "PDF's maken vraagt een headless Chromium (het Debian-pakket chromium), dat hier niet gevonden is: open plan.html en druk het vanuit je browser af naar PDF.",
                "Making PDFs needs a headless Chromium (the Debian package chromium), which is not found here: open plan.html and print it to PDF from your browser."
            ),
            "uploadHeading": say("Een bestaand profiel openen", "Open an existing profile"),
            "uploadLabel": say("Profielbestand (XML)", "Profile file (XML)"),
            "upload": say("Openen", "Open"),
            "plan": say("Financieringsplan (schets)", "Funding plan (sketch)"),
            "scenariosIntro": say(
                "Probeer een variant van je profiel: andere maxima, verdienmodellen die er zeker in of net niet in moeten, andere reserves. Vergelijk tot drie varianten met het profiel; wat verschilt staat in het vet.",
                "Try a variant of your profile: other caps, revenue models that must or must not be in, other reserves. Compare up to three with the profile; what differs is in bold."
            ),
            "scenarioName": say("Naam van een nieuw scenario", "Name of a new scenario"),
            "newScenario": say("Maak een scenario van het profiel", "Make a scenario from the profile"),
            "compareWhich": say(
                "Welke scenario's vergelijken (hoogstens drie)", "Which scenarios to compare (at most three)"),
            "change": say("aanpassen", "change"), "comparison": say("Vergelijking", "Comparison"),
            "figure": say("Cijfer", "Figure"), "differs": say("verschilt:", "differs:"),
            "promote": say("Maak dit het profiel", "Make this the profile"),
            "saveScenario": say("Scenario bewaren", "Save scenario"),
            "backToScenarios": say("Terug naar de scenario's", "Back to the scenarios"),
            "planLater": say(
                "Druk op ‘Advies bijwerken’ om het plan te schetsen (dat duurt een ogenblik).",
                "Press ‘Update advice’ to sketch the plan (it takes a moment)."),
            "reviewIntro": say(
                "Zet plannen (plan.xml van fundplan plan) in de map review/ van deze werkmap, of laad ze hier op; ze worden beoordeeld zoals fundplan review doet, met de ingebouwde rubriek.",
                "Put plans (plan.xml from fundplan plan) in this workspace's review/ folder, or upload them here; they are reviewed as fundplan review does, with the built-in rubric."
            ),
            "reviewUpload": say("Plannen (XML, meerdere tegelijk)", "Plans (XML, several at once)"),
            "reviewFiles": say("Plannen in review/", "Plans in review/"),
            "reviewRun": say("Beoordeel de plannen", "Review the plans"),
            "reviewZip": say("Of een ZIP-bestand met plannen", "Or a ZIP file of plans"),
            "reviewRubricFile": say(
                "Eigen beoordelingsschema (XML, niet verplicht)", "Your own rubric (XML, optional)"),
            "reviewCallFile": say("Eigen oproep (XML, niet verplicht)", "Your own call (XML, optional)"),
            "reviewRubric": say("Beoordelingsschema", "Rubric"),
            "reviewCall": say("Oproep (de voorwaarden als poortcriteria)", "Call (its rules as gates)"),
            "reviewNoCall": say("Geen oproep", "No call"),
            "compareTwo": say("Vergelijken", "Compare"),
            "sideBySide": say("Twee plannen naast elkaar", "Two plans side by side"),
            "planFigures": say("Bronnen en cijfers (fundplan compare)", "Sources and figures (fundplan compare)"),
            "backToReview": say("Terug naar beoordelen", "Back to the review"),
            "ranking": say("Rangschikking", "Ranking"), "rank": say("Plaats", "Rank"),
            "network": say("Netwerk", "Network"),
            "score": say("Score", "Score"), "passes": say("Voldoet aan de poorten", "Passes the gates"),
            "failedGates": say("Niet gehaalde poorten", "Gates failed"),
            "fromYear": say("vanaf", "from"), "year": say("Jaar", "Year"), "costs": say("Kosten", "Costs"),
            "income": say("Netto inkomsten", "Net income"),
            "covered": say("Kans gedekt", "Chance covered"),
            "planHint": say(
                "Een schets met 500 simulaties; de downloads maken het volledige plan met 10 000.",
                "A sketch with 500 simulation runs; the downloads make the full plan with 10,000."),
        ]
    }
}
