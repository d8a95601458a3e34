using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Negotiations;
using KeyAccount.Domain.Reconciliation;

namespace KeyAccount.Domain.Rules;

/// <summary>
/// The business rule catalogue: every rule of the specification, in the specification's order, with the area and
/// aggregate it belongs to and its title and statement in English and Simplified Chinese.
/// </summary>
/// <remarks>
/// Hosts and tools use the catalogue to list the rules, to explain a rejection (<see cref="DomainError.RuleId"/>
/// names an entry) and to generate documentation. The catalogue is fixed for a given version of the package.
/// </remarks>
public static class RuleCatalogue
{
    private const string KeyAccount = "KeyAccount";
    private const string Subscription = "Subscription";
    private const string SalesDay = "SalesDay";
    private const string Reconciler = "Reconciler";
    private const string ContractReview = "ContractReview";
    private const string Kernel = "Kernel";
    private const string FulfilmentOrder = "FulfilmentOrder";
    private const string AccountService = "AccountService";

    private static readonly ImmutableArray<RuleDefinition> Definitions =
    [
        Rule("ACC-01", RuleArea.KeyAccounts, KeyAccount),
        Rule("ACC-02", RuleArea.KeyAccounts, KeyAccount),
        Rule("ACC-03", RuleArea.KeyAccounts, KeyAccount),
        Rule("ACC-04", RuleArea.KeyAccounts, KeyAccount),
        Rule("ACC-05", RuleArea.KeyAccounts, KeyAccount),
        Rule("ACC-06", RuleArea.KeyAccounts, KeyAccount),
        Rule("ACC-07", RuleArea.KeyAccounts, KeyAccount),
        Rule("ACC-08", RuleArea.KeyAccounts, KeyAccount),
        Rule("ACC-09", RuleArea.KeyAccounts, KeyAccount, inferred: true),
        Rule("ACC-10", RuleArea.KeyAccounts, KeyAccount),
        Rule("ACC-11", RuleArea.KeyAccounts, KeyAccount),
        Rule("ACC-12", RuleArea.KeyAccounts, KeyAccount, inferred: true),
        Rule("ACC-13", RuleArea.KeyAccounts, KeyAccount, policy: true),
        Rule("ACC-14", RuleArea.KeyAccounts, KeyAccount, policy: true),

        Rule("KAM-01", RuleArea.AccountManagement, "ProspectScreening", policy: true),
        Rule("KAM-02", RuleArea.AccountManagement, "Proposal"),
        Rule("KAM-03", RuleArea.AccountManagement, "Proposal"),
        Rule("KAM-04", RuleArea.AccountManagement, AccountService, policy: true),
        Rule("KAM-05", RuleArea.AccountManagement, AccountService, policy: true),
        Rule("KAM-06", RuleArea.AccountManagement, "AccountPlan"),

        Rule("VIS-01", RuleArea.Visits, "Visit"),
        Rule("VIS-02", RuleArea.Visits, "Visit", policy: true),
        Rule("VIS-03", RuleArea.Visits, "Visit"),
        Rule("VIS-04", RuleArea.Visits, "Visit"),

        Rule("NEG-01", RuleArea.Negotiations, "NegotiationPlan"),
        Rule("NEG-02", RuleArea.Negotiations, "NegotiationPlan"),
        Rule("NEG-03", RuleArea.Negotiations, "NegotiationPlan"),
        Rule("NEG-04", RuleArea.Negotiations, "NegotiationPlan"),
        Rule("NEG-05", RuleArea.Negotiations, "NegotiationPlan"),
        Rule("NEG-06", RuleArea.Negotiations, "NegotiationPlan"),
        Rule("NEG-07", RuleArea.Negotiations, "NegotiationPlan"),
        Rule("NEG-08", RuleArea.Negotiations, "NegotiationPlan"),
        Rule("NEG-09", RuleArea.Negotiations, "NegotiationPlan"),
        Rule("NEG-10", RuleArea.Negotiations, "NegotiationPlan"),
        Rule("NEG-11", RuleArea.Negotiations, "NegotiationPlan", inferred: true),
        Rule("NEG-12", RuleArea.Negotiations, "NegotiationPlan"),
        Rule("NEG-13", RuleArea.Negotiations, "NegotiationPlan"),

        Rule("RCP-01", RuleArea.SalesSite, "Reception"),
        Rule("RCP-02", RuleArea.SalesSite, "Reception"),
        Rule("RCP-03", RuleArea.SalesSite, "Reception"),
        Rule("RCP-04", RuleArea.SalesSite, "Reception", inferred: true),
        Rule("SITE-01", RuleArea.SalesSite, "SalesLaunch", policy: true),
        Rule("SITE-02", RuleArea.SalesSite, "SiteItem"),

        Rule("SUB-01", RuleArea.Subscriptions, "Unit"),
        Rule("SUB-02", RuleArea.Subscriptions, Subscription),
        Rule("SUB-03", RuleArea.Subscriptions, Subscription),
        Rule("SUB-04", RuleArea.Subscriptions, Subscription),
        Rule("SUB-05", RuleArea.Subscriptions, Subscription),
        Rule("SUB-06", RuleArea.Subscriptions, SalesDay),
        Rule("SUB-07", RuleArea.Subscriptions, Subscription),
        Rule("SUB-08", RuleArea.Subscriptions, "Unit", inferred: true),
        Rule("SUB-09", RuleArea.Subscriptions, Subscription, inferred: true),

        Rule("CAN-01", RuleArea.Cancellations, Subscription),
        Rule("CAN-02", RuleArea.Cancellations, Subscription),
        Rule("CAN-03", RuleArea.Cancellations, Subscription),
        Rule("CAN-04", RuleArea.Cancellations, Subscription),
        Rule("CAN-05", RuleArea.Cancellations, Subscription, policy: true),
        Rule("CAN-06", RuleArea.Cancellations, Subscription),
        Rule("CAN-07", RuleArea.Cancellations, Subscription),
        Rule("CAN-08", RuleArea.Cancellations, Subscription, inferred: true),

        Rule("RET-01", RuleArea.Returns, Subscription),
        Rule("RET-02", RuleArea.Returns, Subscription),
        Rule("RET-03", RuleArea.Returns, Subscription),
        Rule("RET-04", RuleArea.Returns, Subscription),

        Rule("REC-01", RuleArea.Reconciliation, Reconciler),
        Rule("REC-02", RuleArea.Reconciliation, Reconciler),
        Rule("REC-03", RuleArea.Reconciliation, SalesDay),
        Rule("REC-04", RuleArea.Reconciliation, SalesDay),
        Rule("REC-05", RuleArea.Reconciliation, Reconciler),
        Rule("REC-06", RuleArea.Reconciliation, SalesDay, inferred: true),

        Rule("CR-01", RuleArea.ContractReviews, ContractReview),
        Rule("CR-02", RuleArea.ContractReviews, ContractReview),
        Rule("CR-03", RuleArea.ContractReviews, ContractReview),
        Rule("CR-04", RuleArea.ContractReviews, ContractReview),
        Rule("CR-05", RuleArea.ContractReviews, ContractReview),
        Rule("CR-06", RuleArea.ContractReviews, ContractReview),

        Rule("CMP-01", RuleArea.Complaints, "Complaint"),
        Rule("CMP-02", RuleArea.Complaints, "Complaint"),

        Rule("SAT-01", RuleArea.Satisfaction, "SatisfactionSurvey"),

        Rule("DLV-01", RuleArea.Fulfilment, FulfilmentOrder),
        Rule("DLV-02", RuleArea.Fulfilment, FulfilmentOrder),
        Rule("DLV-03", RuleArea.Fulfilment, FulfilmentOrder),
        Rule("DLV-04", RuleArea.Fulfilment, FulfilmentOrder),
        Rule("DLV-05", RuleArea.Fulfilment, "ServiceRequest", policy: true),

        Rule("GEN-01", RuleArea.CrossCutting, Kernel),
        Rule("GEN-02", RuleArea.CrossCutting, Kernel),
        Rule("GEN-03", RuleArea.CrossCutting, Kernel),
        Rule("GEN-04", RuleArea.CrossCutting, Kernel),
        Rule("GEN-05", RuleArea.CrossCutting, Kernel),
        Rule("GEN-06", RuleArea.CrossCutting, Kernel),
        Rule("GEN-07", RuleArea.CrossCutting, Kernel),
        Rule("GEN-08", RuleArea.CrossCutting, Kernel),
        Rule("GEN-09", RuleArea.CrossCutting, Kernel),
        Rule("GEN-10", RuleArea.CrossCutting, Kernel),
        Rule("GEN-11", RuleArea.CrossCutting, Kernel, inferred: true),
        Rule("GEN-12", RuleArea.CrossCutting, Kernel, inferred: true),
    ];

    private static readonly FrozenDictionary<RuleId, RuleDefinition> ById = Definitions.ToFrozenDictionary(rule => rule.Id);

    /// <summary>
    /// Gets every rule of the catalogue, in the order of the specification (account pipeline, account management cycle, visits, negotiation,
    /// sales site, subscriptions, cancellations, returns, reconciliation, contract review, complaints, satisfaction,
    /// fulfilment and after-sales service, cross-cutting rules).
    /// </summary>
    public static IReadOnlyList<RuleDefinition> All { get; } = Definitions;

    /// <summary>Gets the rule with the given ID.</summary>
    /// <param name="id">The rule ID, e.g. <c>CAN-05</c>.</param>
    /// <returns>The rule's definition.</returns>
    /// <exception cref="KeyNotFoundException"><paramref name="id"/> is not a rule of the catalogue (including the default <see cref="RuleId"/>).</exception>
    public static RuleDefinition Get(RuleId id) =>
        ById.TryGetValue(id, out var rule)
            ? rule
            : throw new KeyNotFoundException($"'{id}' is not a rule of the catalogue.");

    /// <summary>Looks up the rule with the given ID.</summary>
    /// <param name="id">The rule ID, e.g. <c>CAN-05</c>.</param>
    /// <param name="rule">The rule's definition when found; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="id"/> is a rule of the catalogue.</returns>
    public static bool TryGet(RuleId id, [NotNullWhen(true)] out RuleDefinition? rule) => ById.TryGetValue(id, out rule);

    private static RuleDefinition Rule(string id, RuleArea area, string aggregate, bool policy = false, bool inferred = false) =>
        new(new RuleId(id), area, aggregate, policy, inferred);
}
