using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Primitives;
using NodaTime;
using static KeyAccount.Domain.Accounts.AccountRejections;

namespace KeyAccount.Domain.Accounts;

/// <summary>What the account's rules share: accepting events, the checks of a contact or a visit the account must
/// know and of a day that must not lie ahead, and the handling of free texts.</summary>
internal static class AccountDecisions
{
    internal static Decision<AccountEvent> Accept(params AccountEvent[] events) => Decision<AccountEvent>.Accept(events);

    /// <summary>ACC-08: the buying centre must know the contact.</summary>
    internal static RuleViolation? UnknownContact(AccountState state, ContactId contact) =>
        state.FindContact(contact) is null ? Violation("ACC-08", "account.contact_unknown", new ErrorDetail("contact", contact)) : null;

    /// <summary>VIS-01: no visit was planned with the identifier.</summary>
    internal static RuleViolation UnknownVisit(VisitId visit) => Violation("VIS-01", "visit.unknown", new ErrorDetail("visit", visit));

    /// <summary>The rule's refusal of a day after today, or null.</summary>
    internal static RuleViolation? InFuture(RuleId rule, LocalDate date, LocalDate today) =>
        date > today ? Violation(rule, "account.date_in_future", new ErrorDetail("date", date), new ErrorDetail("today", today)) : null;

    /// <summary>The texts that are not blank, trimmed, in order.</summary>
    internal static List<string> Clean(IReadOnlyList<string>? texts) =>
        (texts ?? []).Select(t => NonBlankText.TryCreate(t, out var text) ? text.Value : null).OfType<string>().ToList();

    /// <summary>Whether two texts are the same once trimmed, ignoring case (sample items, suppliers).</summary>
    internal static bool SameText(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    internal static LocalDate Later(LocalDate? a, LocalDate b) => a is { } x && x > b ? x : b;
}
