using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace KeyAccount.Domain.Decisions;

/// <summary>
/// A business rejection: the value a decider returns instead of events when a rule says no (GEN-06, GEN-07).
/// </summary>
/// <remarks>
/// <para>The family is closed: every kind of rejection is a sealed type of this package, so a host can match on
/// them exhaustively. Every rejection carries the <see cref="RuleId"/> of the catalogue, a stable machine
/// <see cref="Code"/>, the <see cref="Details"/> behind the refusal, and a message in English or Simplified
/// Chinese chosen by culture. The rule ID, the code and the details never change with the language.</para>
/// <para>Rejections are values: a decider never throws for a business "no".</para>
/// </remarks>
public abstract record DomainError
{
    private readonly MessageSource messages;

    private protected DomainError(RuleId ruleId, string code, IReadOnlyList<ErrorDetail> details, MessageSource messages)
    {
        Preconditions.CheckArgument(ruleId.Value.Length > 0, nameof(ruleId), "A rejection must name its rule.");
        RuleId = ruleId;
        Code = Preconditions.CheckNotBlank(code);
        Details = Preconditions.CheckNotNull(details);
        this.messages = messages;
    }

    /// <summary>Gets the rule of the catalogue that rejected the command, e.g. <c>CAN-05</c>.</summary>
    public RuleId RuleId { get; }

    /// <summary>Gets the stable machine code of this kind of rejection, e.g. <c>refund.not_yet_due</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the data behind the refusal, in the order the message uses it.</summary>
    public IReadOnlyList<ErrorDetail> Details { get; }

    /// <summary>Gets the message in the current UI culture.</summary>
    public string Message => GetMessage(CultureInfo.CurrentUICulture);

    /// <summary>Returns the message in a culture: Simplified Chinese for <c>zh-CN</c>, <c>zh-Hans</c> and their
    /// specific cultures, English otherwise.</summary>
    /// <param name="culture">The culture; the current UI culture when null.</param>
    /// <returns>The message.</returns>
    public virtual string GetMessage(CultureInfo? culture = null) =>
        messages.Format(Code, culture ?? CultureInfo.CurrentUICulture, MessageDetails);

    /// <summary>Gets the details the message template is filled with: <see cref="Details"/>, unless a rejection keeps
    /// a richer value for the message than the detail it exposes (e.g. an enumeration member behind a state's name).</summary>
    internal virtual IReadOnlyList<ErrorDetail> MessageDetails => Details;

    /// <summary>Returns the value of a detail by name.</summary>
    /// <typeparam name="T">The expected type of the value.</typeparam>
    /// <param name="name">The detail's name.</param>
    /// <returns>The value.</returns>
    /// <exception cref="KeyNotFoundException">There is no detail of that name.</exception>
    /// <exception cref="InvalidCastException">The value is not a <typeparamref name="T"/>.</exception>
    public T Detail<T>(string name) =>
        (T)(Details.FirstOrDefault(d => d.Name == name) ?? throw new KeyNotFoundException($"The rejection has no detail '{name}'.")).Value!;

    /// <summary>Returns <c>RULE code: message</c> with the English message, suitable for logs.</summary>
    /// <returns>The text.</returns>
    public sealed override string ToString() => $"{RuleId} {Code}: {GetMessage(CultureInfo.InvariantCulture)}";

    /// <inheritdoc />
    public virtual bool Equals(DomainError? other) =>
        other is not null && EqualityContract == other.EqualityContract && RuleId == other.RuleId && Code == other.Code
        && Details.SequenceEqual(other.Details);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(EqualityContract, RuleId, Code, Details.Count);
}
