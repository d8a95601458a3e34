using KeyAccount.Domain.Identifiers;
using NodaTime;

namespace KeyAccount.Domain.Accounts;

/// <summary>One entry of the customer file (客户档案): something the customer said or needs, with when and where it was learned.</summary>
/// <param name="On">The day it was learned.</param>
/// <param name="Kind">What kind of entry it is.</param>
/// <param name="Text">The entry.</param>
/// <param name="Visit">The visit it came from, if any (VIS-04).</param>
/// <param name="Contact">The contact it came from, if known (ACC-14).</param>
public sealed record CustomerFileEntry(LocalDate On, CustomerFileEntryKind Kind, string Text, VisitId? Visit, ContactId? Contact);
