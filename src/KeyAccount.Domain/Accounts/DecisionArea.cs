using System;
using System.Text.Json.Serialization;

namespace KeyAccount.Domain.Accounts;

/// <summary>
/// A matter the customer decides on, for which each contact holds decision, advisory or no authority (ACC-08), e.g.
/// supplier choice, technical approval or price. Companies differ, so areas are open: any name will do.
/// </summary>
/// <remarks>Names are trimmed and compared without regard to case. The default value of the struct is not a valid area.</remarks>
[JsonConverter(typeof(DecisionAreaJsonConverter))]
public readonly struct DecisionArea : IEquatable<DecisionArea>
{
    private readonly string? name;

    /// <summary>Creates a decision area.</summary>
    /// <param name="name">The area's name, e.g. <c>technical approval</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public DecisionArea(string name) => this.name = Preconditions.CheckNotBlank(name);

    /// <summary>Gets the choice of supplier (选择供应商).</summary>
    public static DecisionArea SupplierChoice { get; } = new("supplier choice");

    /// <summary>Gets the technical approval of the product (技术认可).</summary>
    public static DecisionArea TechnicalApproval { get; } = new("technical approval");

    /// <summary>Gets the price (价格).</summary>
    public static DecisionArea Price { get; } = new("price");

    /// <summary>Gets the area's name.</summary>
    public string Name => name ?? string.Empty;

    /// <summary>Compares two areas by name, ignoring case.</summary>
    /// <param name="left">The first area.</param>
    /// <param name="right">The second area.</param>
    /// <returns>Whether they name the same area.</returns>
    public static bool operator ==(DecisionArea left, DecisionArea right) => left.Equals(right);

    /// <summary>Compares two areas by name, ignoring case.</summary>
    /// <param name="left">The first area.</param>
    /// <param name="right">The second area.</param>
    /// <returns>Whether they name different areas.</returns>
    public static bool operator !=(DecisionArea left, DecisionArea right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(DecisionArea other) => string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DecisionArea other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Name);

    /// <inheritdoc />
    public override string ToString() => Name;
}
