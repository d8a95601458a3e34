using KeyAccount.Domain.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace KeyAccount.SalesOffice.Tests;

/// <summary>The sales office in a test server with a clock the test moves; in memory, or on PostgreSQL when given a
/// connection string, in a schema of its own unless given one.</summary>
public sealed class SalesOfficeFactory(string? postgres = null, string? schema = null) : WebApplicationFactory<Program>
{
    public static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>A Monday; the project is prepared a week before.</summary>
    public static readonly LocalDate Launch = new(2026, 3, 9);

    public Clock Time { get; } = new(At(Launch.PlusDays(-7)));

    public static Instant At(LocalDate date) => date.At(new LocalTime(10, 0)).InZoneStrictly(Shanghai).ToInstant();

    public Task RunProcessesAsync() => Services.GetRequiredService<KeyAccountProcesses>().RunOnceAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (postgres is not null)
        {
            builder.UseSetting("KeyAccount:Postgres", postgres);
            builder.UseSetting("KeyAccount:Schema", schema ?? $"keyaccount_salesoffice_{Guid.NewGuid():N}");
        }

        builder.ConfigureTestServices(services => services.AddSingleton<IClock>(Time));
    }

    /// <summary>A clock the test moves by hand.</summary>
    public sealed class Clock(Instant now) : IClock
    {
        public Instant Now { get; set; } = now;

        public Instant GetCurrentInstant() => Now;
    }
}
