import Testing

@testable import FundingPlanner

@Suite struct MoneyTests {
    @Test(arguments: [
        ("1500", Int64(150_000)), ("1500.5", 150_050), ("1500.50", 150_050), ("0.05", 5), ("-12.25", -1225),
        ("007", 700), ("1.5", 150), ("90000000000", 9_000_000_000_000),
    ])
    func parsesDecimalEuros(text: String, cents: Int64) {
        #expect(Money(euros: text)?.cents == cents)
    }

    @Test(arguments: [
        "12,50", "123abc", "1e3", "", ".", "-", "1.005", "1 000", "90000000001", "99999999999999999999999",
        "10.000", "2.500", "1.500,50", "1.500", "1500.500", "+3", "+3.", ".5", "3.", "€10", "10000.505",
    ])
    func refusesWhatIsNotAnExactAmount(text: String) {
        #expect(Money(euros: text) == nil)
    }

    @Test func writesTwoDecimals() {
        #expect(Money(cents: 150_050).decimalEuros == "1500.50")
        #expect(Money(cents: -5).decimalEuros == "-0.05")
        #expect(Money(cents: 0).decimalEuros == "0.00")
    }

    @Test func formatsForPeople() {
        #expect(Money(cents: 123_456_789).formatted(.nl) == "€ 1.234.567,89")
        #expect(Money(cents: 123_456_700).formatted(.en) == "€1,234,567")
        #expect(Money(cents: -50).formatted(.en) == "-€0.50")
        #expect(Money(cents: -50).formatted(.nl) == "€ -0,50")
        #expect(Money(cents: -103_751).formatted(.nl) == "€ -1.037,51")
        #expect(Money(cents: -103_751).formatted(.en) == "-€1,037.51")
        #expect(BasisPoints(2500).formatted(.nl) == "25 %")
        #expect(BasisPoints(1250).formatted(.nl) == "12,5 %")
        #expect(BasisPoints(1205).formatted(.en) == "12.05 %")
    }
}
