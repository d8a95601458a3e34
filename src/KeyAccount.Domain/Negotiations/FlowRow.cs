using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace KeyAccount.Domain.Negotiations;

/// <summary>One row of the negotiation information flow table (NEG-12).</summary>
/// <param name="Phase">The phase the activity belongs to.</param>
/// <param name="Activity">The activity, in the table's language (a follow-up action's own description).</param>
/// <param name="Owner">Who is responsible (the team lead, or a follow-up action's owner), if known.</param>
/// <param name="Date">When: the day the phase was completed, the meeting day, the signing day or a follow-up's due date.</param>
/// <param name="Status">Done, pending or cancelled.</param>
public sealed record FlowRow(NegotiationPhase Phase, string Activity, string? Owner, LocalDate? Date, FlowStatus Status);
