using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace KeyAccount.Domain.Negotiations;

/// <summary>Where an activity of the flow table stands (NEG-12).</summary>
public enum FlowStatus
{
    /// <summary>Not done yet.</summary>
    Pending,

    /// <summary>Done.</summary>
    Done,

    /// <summary>Cancelled (a follow-up action no longer needed).</summary>
    Cancelled,
}
