using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace KeyAccount.SalesOffice.Tests;

/// <summary>The sales-office flow over HTTP: a project opened, a unit listed, a subscription drafted, paid, stamped, cancelled and refunded.</summary>
public sealed class SalesOfficeFlow(SalesOfficeFactory factory)
{
    public const string IdNumber = "110101199001011234";

    public HttpClient Client { get; } = factory.CreateClient();

    public Guid Project { get; private set; }

    public Guid Unit { get; private set; }

    public Guid Subscription { get; private set; }

    public const string SiteManager = "SM-01";

    /// <summary>Gets the path of the project's sales day on the launch date, the day its payment is taken.</summary>
    public string Day => $"/projects/{Project}/days/{SalesOfficeFactory.Launch:yyyy-MM-dd}";

    /// <summary>Runs the processes until the day holds what the test expects (the payment and its two notice copies).</summary>
    public async Task<JsonElement> DayAfterProcessesAsync(int payments, int copies)
    {
        var day = await GetAsync(Day);
        for (var attempt = 0; attempt < 50 && (day.GetProperty("payments").GetInt32() != payments || day.GetProperty("noticeCopies").GetInt32() != copies); attempt++)
        {
            await Task.Delay(200);
            await factory.RunProcessesAsync();
            day = await GetAsync(Day);
        }

        return day;
    }

    /// <summary>Runs the flow up to a completed cancellation, the refund not yet due.</summary>
    public async Task UpToCompletedCancellationAsync()
    {
        Project = await CreatedAsync("/projects", new { name = "滨江花园二期", launchDate = SalesOfficeFactory.Launch.ToString("yyyy-MM-dd", null), mode = "underwriting" });
        await OkAsync($"/projects/{Project}/preparation", new { confirmedBy = "SM-01" });
        Unit = await CreatedAsync($"/projects/{Project}/units", new { code = "3-1502" });
        factory.Time.Now = SalesOfficeFactory.At(SalesOfficeFactory.Launch);
        await OkAsync($"/projects/{Project}/open", new { });
        await OkAsync($"{Day}/open", new { siteManager = SiteManager });
        Subscription = await CreatedAsync("/subscriptions", new { projectId = Project, unitId = Unit, customers = new[] { new { name = "王芳", idDocumentNumber = IdNumber } }, price = 1_200_000m });
        Assert.Equal("Held", await UnitStatusAfterProcessesAsync("Held"));

        await OkAsync($"/subscriptions/{Subscription}/payments", new { noticeNumber = "RN-0001", amount = 50_000m, method = "transfer", collector = "companyCashier", collectedBy = "CASH-1" });
        await OkAsync($"/subscriptions/{Subscription}/stamp", new { copies = new[] { "customer", "company", "developer" } });
        Assert.Equal("Effective", (await GetAsync($"/subscriptions/{Subscription}")).GetProperty("status").GetString());
        var next = await GetAsync($"/subscriptions/{Subscription}/next");
        Assert.Contains("RequestCancellation", next.GetProperty("accepted").EnumerateArray().Select(c => c.GetString()));

        await OkAsync($"/subscriptions/{Subscription}/cancellation", new { presentWithId = new[] { IdNumber } });
        await OkAsync($"/subscriptions/{Subscription}/cancellation/retention", new { siteManager = "SM-01", certificateOfficer = "CO-01", retained = false });
        await OkAsync($"/subscriptions/{Subscription}/cancellation/approval", new { developerAgent = (string?)null, statutoryException = (string?)null });
        await OkAsync($"/subscriptions/{Subscription}/documents", new { document = "subscriptionCustomerCopy" });
        await OkAsync($"/subscriptions/{Subscription}/documents", new { document = "subscriptionDeveloperCopy" });
        await OkAsync($"/subscriptions/{Subscription}/cancellation/completion", new { });
        Assert.Equal("Cancelled", (await GetAsync($"/subscriptions/{Subscription}")).GetProperty("status").GetString());
        Assert.Equal("Available", await UnitStatusAfterProcessesAsync("Available"));
    }

    /// <summary>Runs the whole flow: the refund is paid once it is due.</summary>
    public async Task RunAsync()
    {
        await UpToCompletedCancellationAsync();
        factory.Time.Now = SalesOfficeFactory.At(SalesOfficeFactory.Launch.PlusDays(14));
        await OkAsync($"/subscriptions/{Subscription}/refund", new { place = "companyHeadquarters", developerAgent = (string?)null });
        Assert.Equal("Refunded", (await GetAsync($"/subscriptions/{Subscription}")).GetProperty("status").GetString());
    }

    public Task<HttpResponseMessage> PostAsync(string path, object body, string? language = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        return Client.SendAsync(request);
    }

    public async Task<JsonElement> GetAsync(string path)
    {
        var response = await Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<string?> UnitStatusAfterProcessesAsync(string expected)
    {
        // The process runner also polls in the background; on PostgreSQL a fresh event may wait for the gap check.
        string? status = null;
        for (var attempt = 0; attempt < 50 && status != expected; attempt++)
        {
            await factory.RunProcessesAsync();
            status = (await GetAsync($"/units/{Unit}")).GetProperty("status").GetString();
            if (status != expected)
            {
                await Task.Delay(200);
            }
        }

        return status;
    }

    public async Task<JsonElement> OkAsync(string path, object body)
    {
        var response = await PostAsync(path, body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<Guid> CreatedAsync(string path, object body)
    {
        var response = await PostAsync(path, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
