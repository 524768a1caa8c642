import ArgumentParser
import Foundation
import FundingPlanner

/// `fundplan compare PLAN.xml…`: plans side by side.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "List the differences between plans side by side: sources, amounts, coverage, own income, reserve.",
        discussion: """
            Reads two or more plan.xml files (each validated against plan-1.xsd) and prints one \
            column per plan: every source's amount over the plan period, partners' cash, costs, the \
            simulated chance of covering every year and the chance aimed for, the own-income share \
            of the last year, the reserve target and the expected reserve; rows that differ start \
            with *.
            Example: fundplan compare plan-80/plan.xml plan-90/plan.xml --lang en
            """
    )

    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp("Two or more plan files (plan.xml).", valueName: "plan"))
    var plans: [String]

    func validate() throws {
        if plans.count < 2 { throw ValidationError("compare needs at least two plan files") }
    }

    func run() throws {
        do {
            StandardOutput.write(try PlanComparison.text(paths: plans, language: language.lang))
        } catch {
            throw Terminal.fail(error)
        }
    }
}
