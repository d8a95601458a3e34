using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using NodaTime;
using Xunit;
using Xunit.Abstractions;

namespace KeyAccount.SalesOffice.Tests.ScaleOut;

/// <summary>
/// Three sales-office hosts, each its own process, on one PostgreSQL schema: clients drive
/// <c>KEYACCOUNT_SCALE_COMMANDS</c> commands (10,000 by default) over HTTP on loopback, within
/// <c>KEYACCOUNT_SCALE_SECONDS</c> (180 by default), across 300 units of one project and one contract register; then,
/// once the processes have applied every step (within <c>KEYACCOUNT_SCALE_SETTLE_SECONDS</c>, 300 by default), the
/// database must satisfy <see cref="ScaleInvariants"/>. Once with the three hosts up throughout, once with one
/// killed (SIGKILL) half-way and started again. The run prints the accepted commands and the lost races per second.
/// </summary>
public sealed class ScaleOutTests(ITestOutputHelper output)
{
    private const int Units = 300;
    private const int Clients = 16;

    private static int Commands => int.TryParse(Environment.GetEnvironmentVariable("KEYACCOUNT_SCALE_COMMANDS"), CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 10_000;

    private static TimeSpan Settle => TimeSpan.FromSeconds(
        int.TryParse(Environment.GetEnvironmentVariable("KEYACCOUNT_SCALE_SETTLE_SECONDS"), CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 300);

    private static TimeSpan Limit => TimeSpan.FromSeconds(
        int.TryParse(Environment.GetEnvironmentVariable("KEYACCOUNT_SCALE_SECONDS"), CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 180);

    [PostgresSalesOfficeTests.PostgresFact]
    [Trait("Rule", "SUB-01")]
    [Trait("Rule", "CR-01")]
    [Trait("Rule", "GEN-03")]
    [Trait("Rule", "GEN-12")]
    public Task Three_hosts_on_one_database_hold_no_unit_twice_number_contracts_without_gap_and_apply_each_step_once() =>
        RunAsync(killOne: false);

    [PostgresSalesOfficeTests.PostgresFact]
    [Trait("Rule", "SUB-01")]
    [Trait("Rule", "CR-01")]
    [Trait("Rule", "GEN-03")]
    [Trait("Rule", "GEN-12")]
    public Task With_one_host_killed_and_restarted_mid_run_every_invariant_still_holds() =>
        RunAsync(killOne: true);

    private async Task RunAsync(bool killOne)
    {
        var connectionString = PostgresSalesOfficeTests.ConnectionString();
        var schema = $"keyaccount_scale_{Guid.NewGuid():N}";
        var (project, units) = await SetUpAsync(connectionString, schema);
        var register = Guid.NewGuid();
        var hosts = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => HostProcess.StartAsync(connectionString, schema)));
        try
        {
            var killed = false;
            var workload = new ScaleWorkload(hosts, project, units, register, Commands, Limit);
            await workload.RunAsync(Clients, killOne
                ? async () =>
                {
                    hosts[1].Kill();
                    killed = true;
                    await Task.Delay(TimeSpan.FromSeconds(2));
                    await hosts[1].StartAsync();
                }
                : null);

            var ledger = workload.Ledger;
            var seconds = workload.Elapsed.TotalSeconds;
            Report(FormattableString.Invariant(
                $"{(killOne ? "one host killed and restarted" : "three hosts")}: {ledger.Sent:N0} commands sent in {seconds:F1} s by {Clients} clients; {ledger.Accepted:N0} accepted ({ledger.Accepted / seconds:F0}/s), {ledger.Replayed:N0} recognised retries, {ledger.Conflicts:N0} lost races ({ledger.Conflicts / seconds:F1}/s), {ledger.Rejected:N0} rejected, {ledger.Unreachable:N0} unreachable; {ledger.Registrations.Count:N0} contracts registered"));

            var findings = await SettledAsync(connectionString, schema, ledger, register);
            Assert.True(findings.Violations.Count == 0, string.Join('\n', findings.Violations.Take(20)));
            Assert.True(findings.Pending.Count == 0, $"Not applied after {Settle.TotalSeconds} s:\n" + string.Join('\n', findings.Pending.Take(20)));
            Assert.True(ledger.Accepted > 0 && !ledger.Registrations.IsEmpty && ledger.Commits.Any(c => c.DeliberateRetry), "The run committed too little to check anything.");
            Assert.Equal(killOne, killed);
            await DropAsync(connectionString, schema);
        }
        catch
        {
            foreach (var host in hosts)
            {
                output.WriteLine($"host on port {host.Port}:\n{host.Output}");
            }

            throw;
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }
    }

    // The processes run on in the hosts: wait until nothing is pending, or a violation shows, printing what is pending.
    private async Task<ScaleInvariants> SettledAsync(string connectionString, string schema, Ledger ledger, Guid register)
    {
        var started = DateTime.UtcNow;
        while (true)
        {
            var findings = await ScaleInvariants.CheckAsync(connectionString, schema, ledger, register);
            Report(FormattableString.Invariant($"after {(DateTime.UtcNow - started).TotalSeconds:F0} s: {findings.Pending.Count} steps pending, {findings.Violations.Count} violations"));
            if (findings.Violations.Count > 0 || findings.Pending.Count == 0 || DateTime.UtcNow - started > Settle)
            {
                return findings;
            }

            await Task.Delay(TimeSpan.FromSeconds(2));
        }
    }

    // The project is registered, prepared and opened in a test server whose clock the test moves (the launch rules
    // need days between preparation and launch); today's and tomorrow's sales days are opened (a run across midnight
    // posts to the next day) and the units listed. The hosts then run on the system clock.
    private static async Task<(Guid Project, Guid[] Units)> SetUpAsync(string connectionString, string schema)
    {
        await using var factory = new SalesOfficeFactory(connectionString, schema);
        var today = SystemClock.Instance.GetCurrentInstant().InZone(SalesOfficeFactory.Shanghai).Date;
        factory.Time.Now = SalesOfficeFactory.At(today.PlusDays(-7));
        var client = factory.CreateClient();
        var project = (await CreatedAsync(client, "/projects", new { name = "滨江花园三期", launchDate = today.ToString("yyyy-MM-dd", null), mode = "underwriting" })).GetProperty("id").GetGuid();
        await OkAsync(client, $"/projects/{project}/preparation", new { confirmedBy = "SM-01" });
        var units = new Guid[Units];
        for (var i = 0; i < units.Length; i++)
        {
            units[i] = (await CreatedAsync(client, $"/projects/{project}/units", new { code = $"{i / 30 + 1}-{i % 30 + 101}" })).GetProperty("id").GetGuid();
        }

        factory.Time.Now = SystemClock.Instance.GetCurrentInstant();
        await OkAsync(client, $"/projects/{project}/open", new { });
        foreach (var day in new[] { today, today.PlusDays(1) })
        {
            await OkAsync(client, $"/projects/{project}/days/{day:yyyy-MM-dd}/open", new { siteManager = "SM-01" });
        }

        return (project, units);
    }

    private static async Task<JsonElement> CreatedAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task OkAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task DropAsync(string connectionString, string schema)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"drop schema if exists {schema} cascade", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private void Report(string line)
    {
        output.WriteLine(line);
        Console.WriteLine(line);
    }
}
