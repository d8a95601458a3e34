using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Identifiers;
using NodaTime;

namespace KeyAccount.Domain.Negotiations;

/// <summary>A follow-up action and how it stands (NEG-10).</summary>
/// <param name="Action">The action.</param>
/// <param name="Status">Pending, done or cancelled.</param>
/// <param name="Note">The outcome or the reason for cancelling.</param>
public sealed record FollowUpProgress(FollowUpAction Action, FollowUpStatus Status, string? Note);
