using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Sales.Site;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace KeyAccount.SalesOffice.Tests;

/// <summary>The sales office over HTTP, in memory: the flow, a rejection as problem details in both languages, bad input refused with nothing written.</summary>
public sealed class SalesOfficeTests
{
    [Fact]
    [Trait("Rule", "SUB-08")]
    public async Task The_flow_runs_over_http_from_project_to_refund()
    {
        await using var factory = new SalesOfficeFactory();
        await new SalesOfficeFlow(factory).RunAsync();
    }

    [Fact]
    [Trait("Rule", "REC-06")]
    [Trait("Rule", "REC-03")]
    [Trait("Rule", "REC-04")]
    public async Task The_day_is_reconciled_explained_and_closed_over_http() =>
        await SalesDayClose.RunAsync(new SalesOfficeFactory());

    [Fact]
    [Trait("Rule", "CR-01")]
    [Trait("Rule", "GEN-03")]
    public async Task Contracts_registered_at_once_get_serials_without_gap_and_a_retry_gets_its_own_back()
    {
        await using var factory = new SalesOfficeFactory();
        await ContractRegistrations.RunAsync(factory.CreateClient());
    }

    [Theory]
    [InlineData("zh-CN", "退款")]
    [InlineData("en", "refund")]
    [Trait("Rule", "CAN-05")]
    public async Task A_refund_before_it_is_due_is_a_problem_with_the_rule_the_code_and_the_message_in_the_requested_language(string language, string word)
    {
        await using var factory = new SalesOfficeFactory();
        var flow = new SalesOfficeFlow(factory);
        await flow.UpToCompletedCancellationAsync();
        var before = (await flow.GetAsync($"/subscriptions/{flow.Subscription}")).GetProperty("version").GetInt64();

        var response = await flow.PostAsync($"/subscriptions/{flow.Subscription}/refund", new { place = "companyHeadquarters", developerAgent = (string?)null }, language);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("CAN-05", problem.GetProperty("ruleId").GetString());
        Assert.Equal("sales.refund_not_yet_due", problem.GetProperty("code").GetString());
        Assert.Equal(422, problem.GetProperty("status").GetInt32());
        Assert.Equal("urn:keyaccount:rule:CAN-05", problem.GetProperty("type").GetString());
        Assert.Contains(word, problem.GetProperty("detail").GetString()!, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(SalesOfficeFlow.IdNumber, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, (await flow.GetAsync($"/subscriptions/{flow.Subscription}")).GetProperty("version").GetInt64());
    }

    public static TheoryData<string, string> BadBodies => new()
    {
        { """{"name": "滨江花园", "launchDate": "2026-03-09", "mode": "underwriting" """, "body" },
        { """{"name": "滨江花园", "launchDate": "2026-03-09", "mode": "franchise"}""", "mode" },
        { """{"name": "滨江花园", "launchDate": "2026-03-09", "mode": 1}""", "mode" },
        { """{"name": "滨江花园", "launchDate": 20260309, "mode": "agency"}""", "launchDate" },
        { """{"name": 42, "launchDate": "2026-03-09", "mode": "agency"}""", "name" },
        { "{\"name\": \"" + new string('楼', 201) + "\", \"launchDate\": \"2026-03-09\", \"mode\": \"agency\"}", "name" },
        { """{"launchDate": "2026-03-09", "mode": "agency"}""", "body" },
        { """{"name": "滨江花园", "launchDate": "2026-03-09", "mode": "agency", "owner": "x"}""", "owner" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_input_is_a_400_problem_naming_the_field_and_nothing_is_written(string body, string field)
    {
        await using var factory = new SalesOfficeFactory();
        var client = factory.CreateClient();

        var response = await client.PostAsync("/projects", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
        Assert.Empty(await factory.Services.GetRequiredService<IEventStore<SalesProjectEvent>>().ReadAllAsync(0, 10));
    }

    [Fact]
    public async Task The_rule_catalogue_and_the_openapi_document_are_served()
    {
        await using var factory = new SalesOfficeFactory();
        var flow = new SalesOfficeFlow(factory);
        var request = new HttpRequestMessage(HttpMethod.Get, "/rules");
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");

        var rules = await (await flow.Client.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
        var openApi = await flow.GetAsync("/openapi/v1.json");

        Assert.Equal(KeyAccount.Domain.Rules.RuleCatalogue.All.Count, rules.GetArrayLength());
        var can05 = rules.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "CAN-05");
        Assert.Equal(KeyAccount.Domain.Rules.RuleCatalogue.Get(new("CAN-05")).GetTitle(new System.Globalization.CultureInfo("zh-CN")), can05.GetProperty("title").GetString());
        foreach (var path in new[]
        {
            "/subscriptions/{subscriptionId}/refund", "/projects/{projectId}/days/{date}/open", "/projects/{projectId}/days/{date}/reconciliation",
            "/projects/{projectId}/days/{date}/explanations", "/projects/{projectId}/days/{date}/close", "/contract-registers/{registerId}/contracts",
        })
        {
            Assert.True(openApi.GetProperty("paths").TryGetProperty(path, out _), path);
        }
    }
}
