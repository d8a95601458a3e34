using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Identifiers;
using NodaTime;

namespace KeyAccount.Domain.Negotiations;

/// <summary>An item of the agenda and how it stands (NEG-07).</summary>
/// <param name="Item">The item.</param>
/// <param name="Settlement">Open, agreed or deferred.</param>
/// <param name="Note">What was agreed, or why deferred.</param>
public sealed record AgendaItemProgress(AgendaItem Item, Settlement Settlement, string? Note);
