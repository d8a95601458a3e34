using NodaTime;

namespace KeyAccount.Domain.Accounts;

/// <summary>
/// 关键决策人个人信息 — what the account team knows about a decision maker as a person (ACC-04, ACC-09). Every value
/// is personal data: <see cref="ToString"/> withholds them, and summaries include them only on request.
/// </summary>
/// <remarks>Every value is optional; a profile with no value at all does not count as recorded.</remarks>
public sealed record PersonalDetails
{
    /// <summary>Gets the place of origin (籍贯).</summary>
    [PersonalData]
    public string? Birthplace { get; init; }

    /// <summary>Gets the age in years.</summary>
    [PersonalData]
    public int? Age { get; init; }

    /// <summary>Gets the birthday (生日), without the year.</summary>
    [PersonalData]
    public AnnualDate? Birthday { get; init; }

    /// <summary>Gets the interests (兴趣).</summary>
    [PersonalData]
    public string? Interests { get; init; }

    /// <summary>Gets the hobbies (爱好), e.g. tea or wine.</summary>
    [PersonalData]
    public string? Hobbies { get; init; }

    /// <summary>Gets how long the person has been with the company (在该企业时间长短).</summary>
    [PersonalData]
    public string? Tenure { get; init; }

    /// <summary>Gets the personality (性格).</summary>
    [PersonalData]
    public string? Personality { get; init; }

    /// <summary>Gets the working style (做事风格).</summary>
    [PersonalData]
    public string? WorkingStyle { get; init; }

    /// <summary>Gets the family situation (家庭情况).</summary>
    [PersonalData]
    public string? Family { get; init; }

    /// <summary>Gets whether no value is known.</summary>
    public bool IsEmpty =>
        Blank(Birthplace) && Age is null && Birthday is null && Blank(Interests) && Blank(Hobbies) && Blank(Tenure)
        && Blank(Personality) && Blank(WorkingStyle) && Blank(Family);

    /// <summary>Returns a text that withholds every personal value (ACC-09), safe for logs.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsEmpty ? "PersonalDetails { (none) }" : "PersonalDetails { (personal data withheld) }";

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);
}
