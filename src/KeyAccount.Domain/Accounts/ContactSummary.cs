using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using KeyAccount.Domain.Identifiers;

namespace KeyAccount.Domain.Accounts;

/// <summary>A contact in an <see cref="AccountSummary"/>.</summary>
/// <param name="Id">The contact.</param>
/// <param name="Name">The name.</param>
/// <param name="Function">What the contact does.</param>
/// <param name="IsInsider">Whether the contact is our insider.</param>
/// <param name="FollowUp">The derived follow-up class (ACC-08).</param>
/// <param name="Authorities">The contact's authority per area.</param>
/// <param name="Details">The personal details, only when the summary was asked to include personal data (ACC-09).</param>
public sealed record ContactSummary(
    ContactId Id,
    string Name,
    ContactFunction Function,
    bool IsInsider,
    FollowUpClass FollowUp,
    IReadOnlyList<AreaAuthority> Authorities,
    [property: PersonalData] PersonalDetails? Details);
