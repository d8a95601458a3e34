using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Identifiers;
using NodaTime;

namespace KeyAccount.Domain.Negotiations;

/// <summary>A dispute and how it stands (NEG-07).</summary>
/// <param name="Id">The dispute.</param>
/// <param name="Subject">What is disputed.</param>
/// <param name="Settlement">Open, resolved or deferred.</param>
/// <param name="Note">How, or why deferred.</param>
public sealed record DisputeProgress(DisputeId Id, string Subject, Settlement Settlement, string? Note);
