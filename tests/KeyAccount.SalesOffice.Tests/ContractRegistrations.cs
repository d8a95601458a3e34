using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace KeyAccount.SalesOffice.Tests;

/// <summary>
/// Registering contracts in one register over HTTP: eight registrations at once, each retried with its own
/// Idempotency-Key while it loses the race (409), get the serials 1..8 (CR-01); a retry of a registered one gets its
/// own serial back and writes nothing (GEN-03); the same review under a new key is refused (CR-01).
/// </summary>
internal static class ContractRegistrations
{
    public static async Task RunAsync(HttpClient client)
    {
        var register = $"/contract-registers/{Guid.NewGuid()}";
        var keys = Enumerable.Range(0, 8).Select(_ => (Key: Guid.NewGuid(), Review: Guid.NewGuid())).ToArray();

        var serials = await Task.WhenAll(keys.Select(k => RegisterAsync(client, register, k.Key, k.Review)));

        Assert.Equal(Enumerable.Range(1, 8).Select(i => (long)i), serials.Select(s => s.Serial).Order());
        Assert.All(serials, s => Assert.False(s.AlreadyProcessed));
        var retry = await RegisterAsync(client, register, keys[3].Key, keys[3].Review);
        Assert.True(retry.AlreadyProcessed);
        Assert.Equal(serials[3].Serial, retry.Serial);

        var again = await SendAsync(client, register, Guid.NewGuid(), keys[3].Review);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        var problem = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("CR-01", problem.GetProperty("ruleId").GetString());
        Assert.Equal("contract_register.already_registered", problem.GetProperty("code").GetString());
        var state = await client.GetFromJsonAsync<JsonElement>(register);
        Assert.Equal(8, state.GetProperty("lastSerialNumber").GetInt64());
    }

    private static async Task<(long Serial, bool AlreadyProcessed)> RegisterAsync(HttpClient client, string register, Guid key, Guid review)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var response = await SendAsync(client, register, key, review);
            if (response.StatusCode == HttpStatusCode.Conflict)
            {
                continue;
            }

            Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            var result = await response.Content.ReadFromJsonAsync<JsonElement>();
            return (result.GetProperty("detail").GetInt64(), result.GetProperty("alreadyProcessed").GetBoolean());
        }

        throw new InvalidOperationException("A registration lost the race 100 times.");
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string register, Guid key, Guid review)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, register + "/contracts")
        {
            Content = JsonContent.Create(new { review, account = Guid.NewGuid(), title = "年度框架合同" }),
        };
        request.Headers.Add("Idempotency-Key", key.ToString());
        return client.SendAsync(request);
    }
}
