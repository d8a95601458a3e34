using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Hosting;
using KeyAccount.SalesOffice;
using Microsoft.AspNetCore.Http.Json;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

var builder = WebApplication.CreateBuilder(args);

// In memory by default; `--postgres <connection string>` or the configuration key KeyAccount:Postgres keeps the
// streams in PostgreSQL through Marten.
var postgres = builder.Configuration["postgres"] ?? builder.Configuration["KeyAccount:Postgres"];
builder.Services.AddKeyAccountDomain(options =>
{
    if (!string.IsNullOrWhiteSpace(postgres))
    {
        options.UseMarten(postgres, builder.Configuration["KeyAccount:Schema"] ?? "keyaccount");
    }
});

// Strict JSON at the boundary: enumerations by name only, required members required, unknown members refused.
builder.Services.Configure<JsonOptions>(o =>
{
    o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
    o.SerializerOptions.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
    o.SerializerOptions.RespectNullableAnnotations = true;
    o.SerializerOptions.RespectRequiredConstructorParameters = true;
    o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
});
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();

var app = builder.Build();
app.UseMiddleware<BadInputMiddleware>();
app.MapOpenApi();
app.MapSalesOffice();
app.Run();

/// <summary>The sample host's entry point (public for the integration tests).</summary>
public partial class Program
{
}
