using KeyAccount.Domain.Identifiers;

namespace KeyAccount.Domain.Accounts;

/// <summary>
/// A person in the customer's organisation the account team deals with (ACC-08). Authority lives in the
/// <see cref="BuyingCentre"/>; the personal details (ACC-09) are withheld from <see cref="ToString"/>.
/// </summary>
/// <param name="Id">The contact's identifier.</param>
/// <param name="Name">The contact's name.</param>
/// <param name="Function">What the contact does.</param>
/// <param name="IsInsider">Whether the contact is our insider (内线, ACC-04).</param>
/// <param name="Details">The personal details (personal data, ACC-09).</param>
public sealed record Contact(ContactId Id, string Name, ContactFunction Function, bool IsInsider, [property: PersonalData] PersonalDetails Details)
{
    /// <summary>Gets whether personal details have been recorded (ACC-04: the decision maker's profile).</summary>
    public bool HasProfile => !Details.IsEmpty;

    /// <summary>Returns a text without personal data (ACC-09), safe for logs.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"Contact {{ Id = {Id}, Name = {Name}, Function = {Function}, IsInsider = {IsInsider} }}";
}
