import Foundation
public import FundingPlanner

/// A problem with one field of the workspace's forms, in the chosen language.
public struct FieldError: Sendable, Hashable {
    /// The `id` of the input in the page (`partner-r3-name`); the error summary links to it.
    public var field: String
    /// The section page the field is on.
    public var section: Section
    /// What is wrong and how to fix it.
    public var message: String
}

extension ProfileForm {
    /// The form filled with a profile's values.
    public init(_ profile: NetworkProfile) {
        self.init()
        networkID = profile.id
        fictional = profile.isFictional
        let names = profile.name.entries
        let purposes = profile.purpose.entries
        textLanguage = names.first?.language ?? purposes.first?.language ?? "nl"
        name = profile.name.entries.first { $0.language == textLanguage }?.text ?? ""
        purpose = purposes.first { $0.language == textLanguage }?.text ?? ""
        let others = Set(names.map(\.language) + purposes.map(\.language)).subtracting([textLanguage]).sorted()
        otherTexts = others.map { language in
            [
                language, names.first { $0.language == language }?.text ?? "",
                purposes.first { $0.language == language }?.text ?? "",
            ]
        }
        themes = profile.themes
        targetGroups = profile.targetGroups.map(\.rawValue)
        regionCode = profile.region.code
        regionName = profile.region.name
        municipalities = profile.municipalities.map { [$0.nisCode, $0.name] }
        founded = profile.founded.description
        legalForm = profile.legalForm.rawValue
        for partner in profile.partners {
            let statement = partner.statement.entries.first
            partners.append(
                PartnerRow(
                    key: newKey(), id: partner.id, name: partner.name, type: partner.type.rawValue,
                    roles: partner.roles.map(\.rawValue), joins: "\(partner.joins)", statement: statement?.text ?? "",
                    statementLanguage: statement?.language ?? textLanguage, seats: "\(partner.seats)",
                    votes: "\(partner.votes)", veto: partner.hasVeto, vetoScope: partner.vetoScope.rawValue,
                    sector: partner.sector ?? "", askCeiling: partner.askCeiling.map(Self.typed),
                    country: partner.country == "BE" ? nil : partner.country))
            for item in partner.contributions {
                contributions.append(
                    ContributionRow(
                        key: newKey(), partner: partner.id, year: "\(item.year)", kind: item.kind.rawValue,
                        amount: Self.typed(item.amount), valuation: item.valuation?.rawValue ?? "",
                        description: item.description ?? "", hours: item.hours.map { "\($0)" } ?? "",
                        hourlyRate: item.hourlyRate.map(Self.typed) ?? "", committed: item.isCommitted ? nil : false))
            }
        }
        for asset in profile.assets {
            assets.append(
                AssetRow(
                    key: newKey(), type: asset.type.rawValue, owner: asset.owner ?? "",
                    capacity: asset.capacity.map { "\($0)" } ?? "",
                    freeHours: asset.freeHoursPerWeek.map { "\($0)" } ?? "",
                    description: asset.description ?? "", neutral: asset.isNeutral,
                    equipment: asset.equipment.map { [$0.type.rawValue, "\($0.count)", $0.description ?? ""] }))
        }
        licences = profile.licences.map {
            [$0.type.rawValue, $0.holder, $0.validUntil?.description ?? "", $0.description ?? ""]
        }
        volunteerHours = "\(profile.volunteerHoursPerMonth)"
        staffHours = "\(profile.staffHoursPerMonth)"
        staffHourValue = profile.staffHourValue.map(Self.typed) ?? ""
        volunteerHourValue = profile.volunteerHourValue.map(Self.typed) ?? ""
        manifesto = profile.hasManifesto
        startYear = "\(profile.budget.startYear)"
        horizonYears = "\(profile.budget.horizonYears)"
        reserves = Self.typed(profile.budget.reserves)
        costs = profile.budget.costs.map {
            CostRow(
                key: newKey(), year: "\($0.year)", category: $0.category.rawValue, amount: Self.typed($0.amount),
                description: $0.description ?? "")
        }
        // Indicator rows take their keys after the cost lines, as when a file is read loosely.
        indicators =
            profile.outputIndicators.isEmpty
            ? nil
            : profile.outputIndicators.map { indicator in
                IndicatorRow(
                    key: newKey(), id: indicator.id, unit: indicator.unit.rawValue,
                    callIndicator: indicator.callIndicator ?? "",
                    names: indicator.name.entries.map { [$0.language, $0.text] },
                    targets: indicator.targets.map { ["\($0.year)", "\($0.value)"] })
            }
        let preferences = profile.preferences
        maxShareOfOneSource = Self.percent(preferences.maximumShareOfOneSource)
        maxPublicShare = Self.percent(preferences.maximumPublicShare)
        hourlyRate = Self.typed(preferences.hourlyRate)
        excludedModels = preferences.excludedModels
        pinnedModels = preferences.pinnedModels
        blocs = profile.blocs.isEmpty ? nil : profile.blocs.map { [$0.id, $0.name] + $0.members }
        publicShareGoal = preferences.publicShareGoal.map { "\($0.value)" }
        ownIncomeGoal = preferences.ownIncomeGoal.map { "\($0.value)" }
    }

    /// An amount the way the form shows it: `10000` or `10000,50` (what ``TypedInput`` reads back).
    static func typed(_ money: Money) -> String {
        money.cents % 100 == 0
            ? "\(money.cents / 100)" : money.decimalEuros.replacingOccurrences(of: ".", with: ",")
    }

    /// Basis points as a percentage the form shows (`4000` → `40`, `1250` → `12,5`).
    static func percent(_ share: BasisPoints) -> String {
        let whole = share.value / 100
        let rest = share.value % 100
        guard rest != 0 else { return "\(whole)" }
        let fraction = rest % 10 == 0 ? "\(rest / 10)" : (rest < 10 ? "0\(rest)" : "\(rest)")
        return "\(whole),\(fraction)"
    }
}
