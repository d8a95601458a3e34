namespace KeyAccount.Domain.Primitives;

/// <summary>
/// Masks a personal identifier (an ID document or phone number) for texts that must name a person without showing
/// their data (GEN-10): the first four and the last four characters stay, every other one becomes <c>*</c>, e.g.
/// <c>1101**********1234</c>. A value of eight characters or fewer is masked entirely.
/// </summary>
internal static class PersonalDataMask
{
    private const int Kept = 4;

    /// <summary>Masks a value.</summary>
    /// <param name="value">The value, e.g. an 18-character resident ID number.</param>
    /// <returns>The masked value, as long as the original.</returns>
    public static string Mask(string value)
    {
        Preconditions.CheckNotNull(value);
        return value.Length <= 2 * Kept
            ? new string('*', value.Length)
            : value[..Kept] + new string('*', value.Length - (2 * Kept)) + value[^Kept..];
    }
}
