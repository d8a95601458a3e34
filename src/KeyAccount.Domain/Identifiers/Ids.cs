using System;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Identifiers;

// The strongly typed identifiers of the package, one per aggregate or entity. They share one shape and
// one JSON form (the GUID as a string), so they live together; each is documented where it is used.

/// <summary>Identifies a key account (大客户).</summary>
/// <param name="Value">The underlying value.</param>
[JsonConverter(typeof(GuidIdentifierJsonConverter<AccountId>))]
public readonly record struct AccountId(Guid Value) : IGuidIdentifier<AccountId>
{
    /// <inheritdoc />
    public static AccountId From(Guid value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies a contact in an account's buying centre (人员结构).</summary>
/// <param name="Value">The underlying value.</param>
[JsonConverter(typeof(GuidIdentifierJsonConverter<ContactId>))]
public readonly record struct ContactId(Guid Value) : IGuidIdentifier<ContactId>
{
    /// <inheritdoc />
    public static ContactId From(Guid value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies a customer visit (拜访).</summary>
/// <param name="Value">The underlying value.</param>
[JsonConverter(typeof(GuidIdentifierJsonConverter<VisitId>))]
public readonly record struct VisitId(Guid Value) : IGuidIdentifier<VisitId>
{
    /// <inheritdoc />
    public static VisitId From(Guid value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies a negotiation plan (商务谈判方案).</summary>
/// <param name="Value">The underlying value.</param>
[JsonConverter(typeof(GuidIdentifierJsonConverter<NegotiationPlanId>))]
public readonly record struct NegotiationPlanId(Guid Value) : IGuidIdentifier<NegotiationPlanId>
{
    /// <inheritdoc />
    public static NegotiationPlanId From(Guid value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies a property project (项目).</summary>
/// <param name="Value">The underlying value.</param>
[JsonConverter(typeof(GuidIdentifierJsonConverter<ProjectId>))]
public readonly record struct ProjectId(Guid Value) : IGuidIdentifier<ProjectId>
{
    /// <inheritdoc />
    public static ProjectId From(Guid value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies a unit (房号) of a project.</summary>
/// <param name="Value">The underlying value.</param>
[JsonConverter(typeof(GuidIdentifierJsonConverter<UnitId>))]
public readonly record struct UnitId(Guid Value) : IGuidIdentifier<UnitId>
{
    /// <inheritdoc />
    public static UnitId From(Guid value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies a subscription agreement (认购书).</summary>
/// <param name="Value">The underlying value.</param>
[JsonConverter(typeof(GuidIdentifierJsonConverter<SubscriptionId>))]
public readonly record struct SubscriptionId(Guid Value) : IGuidIdentifier<SubscriptionId>
{
    /// <inheritdoc />
    public static SubscriptionId From(Guid value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies a sales day of one site (日日平帐).</summary>
/// <param name="Value">The underlying value.</param>
[JsonConverter(typeof(GuidIdentifierJsonConverter<SalesDayId>))]
public readonly record struct SalesDayId(Guid Value) : IGuidIdentifier<SalesDayId>
{
    /// <inheritdoc />
    public static SalesDayId From(Guid value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies a contract register (合同登记簿) that issues serial numbers.</summary>
/// <param name="Value">The underlying value.</param>
[JsonConverter(typeof(GuidIdentifierJsonConverter<ContractRegisterId>))]
public readonly record struct ContractRegisterId(Guid Value) : IGuidIdentifier<ContractRegisterId>
{
    /// <inheritdoc />
    public static ContractRegisterId From(Guid value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies a contract review (合同评审).</summary>
/// <param name="Value">The underlying value.</param>
[JsonConverter(typeof(GuidIdentifierJsonConverter<ContractReviewId>))]
public readonly record struct ContractReviewId(Guid Value) : IGuidIdentifier<ContractReviewId>
{
    /// <inheritdoc />
    public static ContractReviewId From(Guid value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies a customer complaint (客户投诉).</summary>
/// <param name="Value">The underlying value.</param>
[JsonConverter(typeof(GuidIdentifierJsonConverter<ComplaintId>))]
public readonly record struct ComplaintId(Guid Value) : IGuidIdentifier<ComplaintId>
{
    /// <inheritdoc />
    public static ComplaintId From(Guid value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies a customer satisfaction survey (顾客满意度调查).</summary>
/// <param name="Value">The underlying value.</param>
[JsonConverter(typeof(GuidIdentifierJsonConverter<SurveyId>))]
public readonly record struct SurveyId(Guid Value) : IGuidIdentifier<SurveyId>
{
    /// <inheritdoc />
    public static SurveyId From(Guid value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}

/// <summary>
/// Identifies one command as the host issued it; a command retried with the same ID takes effect at most once (GEN-03).
/// </summary>
/// <param name="Value">The underlying value.</param>
[JsonConverter(typeof(GuidIdentifierJsonConverter<CommandId>))]
public readonly record struct CommandId(Guid Value) : IGuidIdentifier<CommandId>
{
    /// <inheritdoc />
    public static CommandId From(Guid value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
