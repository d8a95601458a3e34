using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace KeyAccount.SalesOffice.Tests.ScaleOut;

/// <summary>
/// Drives commands over HTTP at the hosts from concurrent clients, each request to the next host in turn: drafts on
/// random units of one project (many race for the same unit, SUB-01), payments (posted to the sales day by the
/// process), some subscriptions cancelled to the end (the unit is released and drafted again), registrations in one
/// contract register (CR-01), and some commands sent again with the same Idempotency-Key on purpose (GEN-03). A lost
/// race (409 concurrency) and an unreachable host are retried with the same key on the next host. Stops after
/// <c>commands</c> requests or when the time is up.
/// </summary>
internal sealed class ScaleWorkload(IReadOnlyList<HostProcess> hosts, Guid project, IReadOnlyList<Guid> units, Guid register, int commands, TimeSpan limit)
{
    private const string IdNumber = "110101199001011234";
    private readonly HttpClient[] clients = [.. hosts.Select(h => new HttpClient { BaseAddress = h.BaseAddress, Timeout = TimeSpan.FromSeconds(30) })];
    private readonly Stopwatch clock = new();
    private long notices;
    private int turn;

    public Ledger Ledger { get; } = new();

    public TimeSpan Elapsed => clock.Elapsed;

    private bool Done => Ledger.Sent >= commands || clock.Elapsed >= limit;

    /// <summary>Runs the clients to the end; <paramref name="midRun"/>, if given, runs beside them once half the commands are sent.</summary>
    public async Task RunAsync(int clientCount, Func<Task>? midRun = null)
    {
        clock.Start();
        var work = Enumerable.Range(0, clientCount).Select(i => ClientAsync(new Random(20260302 + i))).ToList();
        if (midRun is not null)
        {
            work.Add(Task.Run(async () =>
            {
                while (Ledger.Sent < commands / 2 && !Done)
                {
                    await Task.Delay(50);
                }

                await midRun();
            }));
        }

        await Task.WhenAll(work);
        clock.Stop();
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }

    private async Task ClientAsync(Random random)
    {
        (string Path, object Body, Guid Key, string Kind)? last = null;
        while (!Done)
        {
            var subscription = Guid.NewGuid();
            var draft = new { projectId = project, unitId = units[random.Next(units.Count)], customers = new[] { new { name = "王芳", idDocumentNumber = IdNumber } }, price = 1_200_000m };
            if (await SendAsync("/subscriptions", draft, subscription, "draft") is null)
            {
                continue;
            }

            last = ("/subscriptions", draft, subscription, "draft");
            if (random.NextDouble() < 0.35)
            {
                var path = $"/subscriptions/{subscription}/payments";
                var payment = new { noticeNumber = $"RN-{Interlocked.Increment(ref notices):D6}", amount = 50_000m, method = "transfer", collector = "companyCashier", collectedBy = "CASH-1" };
                var key = Guid.NewGuid();
                if (await SendAsync(path, payment, key, "payment") is not null)
                {
                    last = (path, payment, key, "payment");
                    if (random.NextDouble() < 0.3)
                    {
                        await CancelAsync(subscription);
                    }
                }
            }

            if (random.NextDouble() < 0.3)
            {
                var key = Guid.NewGuid();
                var review = Guid.NewGuid();
                var body = new { review, account = Guid.NewGuid(), title = "年度框架合同" };
                if (await SendAsync($"/contract-registers/{register}/contracts", body, key, "registration") is not null)
                {
                    Ledger.Registrations[key] = review;
                    last = ($"/contract-registers/{register}/contracts", body, key, "registration");
                }
            }

            if (last is { } again && random.NextDouble() < 0.1)
            {
                await SendAsync(again.Path, again.Body, again.Key, again.Kind, deliberateRetry: true);
            }
        }
    }

    // The sales-office flow's cancellation: stamped, applied for, not retained, approved, documents handed back, done.
    private async Task CancelAsync(Guid subscription)
    {
        var steps = new (string Path, object Body)[]
        {
            ("stamp", new { copies = new[] { "customer", "company", "developer" } }),
            ("cancellation", new { presentWithId = new[] { IdNumber } }),
            ("cancellation/retention", new { siteManager = "SM-01", certificateOfficer = "CO-01", retained = false }),
            ("cancellation/approval", new { developerAgent = (string?)null, statutoryException = (string?)null }),
            ("documents", new { document = "subscriptionCustomerCopy" }),
            ("documents", new { document = "subscriptionDeveloperCopy" }),
            ("cancellation/completion", new { }),
        };
        foreach (var (path, body) in steps)
        {
            if (await SendAsync($"/subscriptions/{subscription}/{path}", body, Guid.NewGuid(), path) is null)
            {
                return;
            }
        }
    }

    /// <summary>Sends a command until it is committed or rejected: a lost race, a 5xx and an unreachable host are
    /// retried with the same key on the next host. Returns the result, or null when it was rejected or not sent.</summary>
    private async Task<JsonElement?> SendAsync(string path, object body, Guid key, string kind, bool deliberateRetry = false)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (attempt == 0 && Done)
            {
                return null;
            }

            Ledger.CountSent();
            var client = clients[(Interlocked.Increment(ref turn) & int.MaxValue) % clients.Length];
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", key.ToString());
            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(request);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                Ledger.Unreached();
                await Task.Delay(100);
                continue;
            }

            using (response)
            {
                if (response.IsSuccessStatusCode)
                {
                    var result = await response.Content.ReadFromJsonAsync<JsonElement>();
                    Ledger.Commit(new Committed(
                        kind, key, result.GetProperty("stream").GetString()!, result.GetProperty("version").GetInt64(), result.GetProperty("alreadyProcessed").GetBoolean(), deliberateRetry));
                    return result;
                }

                var text = await response.Content.ReadAsStringAsync();
                if (response.StatusCode == HttpStatusCode.Conflict && text.Contains("concurrency.conflict", StringComparison.Ordinal))
                {
                    Ledger.Conflict();
                    continue;
                }

                if ((int)response.StatusCode >= 500)
                {
                    Ledger.Unreached();
                    await Task.Delay(100);
                    continue;
                }

                if (response.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity)
                {
                    Ledger.Reject();
                    return null;
                }

                throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {text}");
            }
        }

        throw new InvalidOperationException($"{path}: not committed after 100 attempts.");
    }
}
