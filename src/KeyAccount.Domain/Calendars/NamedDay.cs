using NodaTime;

namespace KeyAccount.Domain.Calendars;

/// <summary>A date with a name: a public holiday, or the holiday a make-up working day belongs to.</summary>
/// <param name="Date">The date (ISO calendar).</param>
/// <param name="Name">The name, e.g. <c>春节 Spring Festival</c>.</param>
public sealed record NamedDay(LocalDate Date, string Name)
{
    /// <summary>Gets the name; never empty.</summary>
    public string Name { get; } = Preconditions.CheckNotBlank(Name);
}
