using System;

namespace KeyAccount.Domain.ContractReviews;

/// <summary>
/// A clause of ISO 9001:2015 that an item of audit evidence serves, e.g. <c>8.2.3</c> (review of the requirements for
/// products and services) for a department's verdict on a review form.
/// </summary>
/// <remarks>The well-known clauses of customer communication are static members. The value is the clause number
/// only: one to four dot-separated numbers of one or two digits without a leading zero. The default value of the struct
/// is not a valid clause.</remarks>
public readonly record struct IsoClause
{
    private readonly string? value;

    /// <summary>Creates a clause.</summary>
    /// <param name="value">The clause number, e.g. <c>8.2.3</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not one to four dot-separated numbers.</exception>
    public IsoClause(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Preconditions.CheckArgument(IsWellFormed(value), nameof(value), $"'{value}' is not an ISO clause number such as 8.2.3.");
        this.value = value;
    }

    /// <summary>Gets 7.5.3 — control of documented information (the contract register, 合同编目保存).</summary>
    public static IsoClause ControlOfDocumentedInformation { get; } = new("7.5.3");

    /// <summary>Gets 8.2.1 — customer communication, including customer complaints (客户投诉).</summary>
    public static IsoClause CustomerCommunication { get; } = new("8.2.1");

    /// <summary>Gets 8.2.2 — determining the requirements for products and services (要求的确定).</summary>
    public static IsoClause DeterminingRequirements { get; } = new("8.2.2");

    /// <summary>Gets 8.2.3 — review of the requirements for products and services (合同评审).</summary>
    public static IsoClause ReviewOfRequirements { get; } = new("8.2.3");

    /// <summary>Gets 8.2.4 — changes to requirements for products and services (合同修改).</summary>
    public static IsoClause ChangesToRequirements { get; } = new("8.2.4");

    /// <summary>Gets 8.6 — release of products and services (shipping qualified stock, 合格品出货).</summary>
    public static IsoClause ReleaseOfProducts { get; } = new("8.6");

    /// <summary>Gets 9.1.2 — customer satisfaction (顾客满意度).</summary>
    public static IsoClause CustomerSatisfaction { get; } = new("9.1.2");

    /// <summary>Gets 9.3 — management review (管理评审).</summary>
    public static IsoClause ManagementReview { get; } = new("9.3");

    /// <summary>Gets 10.2 — nonconformity and corrective action (纠正和预防措施).</summary>
    public static IsoClause CorrectiveAction { get; } = new("10.2");

    /// <summary>Gets the clause number.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Compares clauses in document order (8.2.3 before 8.6 before 10.2).</summary>
    internal static int Compare(IsoClause one, IsoClause other)
    {
        var left = one.Value.Split('.');
        var right = other.Value.Split('.');
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var c = int.Parse(left[i], System.Globalization.CultureInfo.InvariantCulture).CompareTo(int.Parse(right[i], System.Globalization.CultureInfo.InvariantCulture));
            if (c != 0)
            {
                return c;
            }
        }

        return left.Length.CompareTo(right.Length);
    }

    /// <inheritdoc />
    public override string ToString() => Value;

    internal static bool IsWellFormed(string value)
    {
        var parts = value.Split('.');
        return parts.Length is >= 1 and <= 4 && Array.TrueForAll(parts, p => p.Length is >= 1 and <= 2 && p[0] != '0' && p.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0);
    }
}
