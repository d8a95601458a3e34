using System;

namespace KeyAccount.Domain.Accounts;

/// <summary>
/// Marks a property that holds personal data: of a person in the customer's organisation (ACC-09: birthplace, age,
/// birthday, interests, hobbies, tenure, personality, working style, family) or of a buyer (GEN-10: name, ID
/// document number, phone number, address). Such values are left out of <c>ToString</c>, summaries, rejection
/// messages and exports unless the caller asks for them explicitly; a rejection names a buyer by role or masked ID.
/// </summary>
/// <remarks>Hosts can use the marker for their own redaction (logs, analytics exports) by reflection.</remarks>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, Inherited = true)]
internal sealed class PersonalDataAttribute : Attribute
{
}
