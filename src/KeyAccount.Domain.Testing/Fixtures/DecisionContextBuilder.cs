using System;
using System.Collections.Generic;
using KeyAccount.Domain.Calendars;
using KeyAccount.Domain.Decisions;
using NodaTime;

namespace KeyAccount.Domain.Testing.Fixtures;

/// <summary>
/// Builds decision contexts for tests, policies included: start from Beijing time on 2025-03-03 with the 2025
/// calendar, change what the test is about, and build.
/// </summary>
/// <example>
/// <code>
/// var context = new DecisionContextBuilder()
///     .At(new LocalDateTime(2025, 9, 26, 16, 0))
///     .WithPolicy(new RefundWaitingPolicy(WorkingDays: 7))
///     .Build();
/// </code>
/// </example>
public sealed class DecisionContextBuilder
{
    private readonly List<Func<DecisionContext, DecisionContext>> policies = [];
    private LocalDateTime local = new(2025, 3, 3, 10, 0);
    private DateTimeZone zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private BusinessCalendar calendar = TestCalendars.ChinaMainland2025;

    /// <summary>Sets the local date and time of the decision, in the builder's zone.</summary>
    /// <param name="localDateTime">The local date and time.</param>
    /// <returns>This builder.</returns>
    public DecisionContextBuilder At(LocalDateTime localDateTime)
    {
        local = localDateTime;
        return this;
    }

    /// <summary>Sets the zone (default Asia/Shanghai).</summary>
    /// <param name="timeZone">The zone.</param>
    /// <returns>This builder.</returns>
    public DecisionContextBuilder InZone(DateTimeZone timeZone)
    {
        zone = timeZone ?? throw new ArgumentNullException(nameof(timeZone));
        return this;
    }

    /// <summary>Sets the business calendar (default: mainland China 2025).</summary>
    /// <param name="businessCalendar">The calendar.</param>
    /// <returns>This builder.</returns>
    public DecisionContextBuilder WithCalendar(BusinessCalendar businessCalendar)
    {
        calendar = businessCalendar ?? throw new ArgumentNullException(nameof(businessCalendar));
        return this;
    }

    /// <summary>Sets a host policy; later calls for the same policy type win.</summary>
    /// <typeparam name="TPolicy">The policy type.</typeparam>
    /// <param name="policy">The policy.</param>
    /// <returns>This builder.</returns>
    public DecisionContextBuilder WithPolicy<TPolicy>(TPolicy policy)
        where TPolicy : class, IPolicy<TPolicy>
    {
        ArgumentNullException.ThrowIfNull(policy);
        policies.Add(c => c.With(policy));
        return this;
    }

    /// <summary>Builds the context. A local time skipped by a daylight-saving change is resolved forward.</summary>
    /// <returns>The context.</returns>
    public DecisionContext Build()
    {
        var instant = local.InZoneLeniently(zone).ToInstant();
        var context = new DecisionContext(instant, zone, calendar);
        foreach (var apply in policies)
        {
            context = apply(context);
        }

        return context;
    }
}
