import ArgumentParser
import Foundation
import FundingPlanner

/// `fundplan dossier PLAN.xml -o FILE.zip`: everything needed to check and remake a plan, in one file.
struct DossierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Bundle a plan, its inputs, its reports, CSV and calendar, and a SHA-256 manifest into one ZIP file.",
        discussion: """
            The plan is made again from its recorded inputs first: a dossier is only made when they \
            reproduce plan.xml byte for byte. Inputs are found at the paths the plan records, beside \
            the plan, or among the files given with --input (matched by SHA-256).
            Example: fundplan dossier plan-output/plan.xml -o dossier.zip
            """
    )

    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp("The plan (plan.xml written by fundplan plan).", valueName: "plan"))
    var plan: String

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The ZIP file to write.", valueName: "file"))
    var output: String

    @Option(
        name: .customLong("input"),
        help: ArgumentHelp("A file the plan used, if it moved (repeatable).", valueName: "file"))
    var inputs: [String] = []

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    func validate() throws {
        guard output.hasSuffix(".zip") else { throw ValidationError("-o needs a file name ending in .zip") }
        if output == plan || inputs.contains(output) {
            throw ValidationError("the output file would overwrite an input; choose another path")
        }
        if FileManager.default.fileExists(atPath: output) && !force {
            throw ValidationError("\(output) exists already; add --force to replace it, or choose another file with -o")
        }
    }

    func run() throws {
        do {
            try AtomicFile.write(Dossier.make(planPath: plan, inputFiles: inputs), to: output)
            StandardOutput.write((language.lang == .nl ? "Geschreven: " : "Written: ") + output + "\n")
        } catch {
            throw Terminal.fail(error)
        }
    }
}

/// `fundplan verify FILE.zip`: checks a dossier and makes its plan again.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a dossier against its manifest and make its plan again, byte for byte.",
        discussion: """
            Exit 0: every file matches the manifest and the plan, its reports, CSV and calendar are \
            reproduced byte for byte. Exit 1: a file was changed, added or removed (named), or an \
            output differs. Exit 2: the file is not a dossier or cannot be read.
            Example: fundplan verify dossier.zip
            """
    )

    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp("The dossier (written by fundplan dossier).", valueName: "dossier.zip"))
    var dossier: String

    func run() throws {
        let nl = language.lang == .nl
        let bytes: [UInt8]
        guard let data = FileManager.default.contents(atPath: dossier) else {
            Terminal.writeError(
                dossier + ": error: "
                    + (nl ? "bestand niet gevonden of onleesbaar" : "no such file, or it cannot be read"))
            throw ExitStatus.usageOrInputOutput.exitCode
        }
        bytes = Array(data)
        let verification: Dossier.Verification
        do {
            verification = try Dossier.verify(bytes, name: dossier)
        } catch {
            throw Terminal.fail(error)
        }
        var lines: [String] = []
        for path in verification.changed { lines.append((nl ? "gewijzigd: " : "changed: ") + path) }
        for path in verification.missing { lines.append((nl ? "ontbreekt: " : "missing: ") + path) }
        for path in verification.unlisted {
            lines.append((nl ? "niet in het manifest: " : "not in the manifest: ") + path)
        }
        for (path, difference) in verification.notReproduced {
            lines.append((nl ? "niet gereproduceerd: " : "not reproduced: ") + path + " (" + difference + ")")
        }
        if verification.isVerified {
            StandardOutput.write(
                nl
                    ? "OK: alle bestanden kloppen met het manifest en het plan is byte voor byte opnieuw gemaakt.\n"
                    : "OK: every file matches the manifest and the plan is reproduced byte for byte.\n")
            return
        }
        for line in lines { Terminal.writeError(dossier + ": error: " + line) }
        throw ExitStatus.invalidInput.exitCode
    }
}
