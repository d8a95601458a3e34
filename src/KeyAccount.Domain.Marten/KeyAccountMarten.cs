using System;
using KeyAccount.Domain.Serialization;
using JasperFx.Events;
using Marten;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using Weasel.Core;

namespace KeyAccount.Domain.Marten;

/// <summary>Configures a Marten store for the package's events.</summary>
public static class KeyAccountMarten
{
    /// <summary>
    /// Sets up a Marten <see cref="StoreOptions"/> for the package: streams keyed by the package's
    /// <see cref="Identifiers.StreamId"/> (strings), every event of <see cref="Aggregates.AggregateCatalogue.All"/>
    /// stored under its wire name (e.g. <c>subscription.payment_received.v1</c>), event headers for the command ID,
    /// actor and decision time, and JSON in the package's style (camelCase, enumerations as strings, NodaTime's ISO
    /// formats).
    /// </summary>
    /// <param name="options">The options to configure.</param>
    /// <param name="connectionString">The PostgreSQL connection string.</param>
    /// <param name="schema">The database schema of the tables; <c>keyaccount</c> by default.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> or <paramref name="schema"/> is blank.</exception>
    public static StoreOptions Configure(StoreOptions options, string connectionString, string schema = "keyaccount")
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Connection(Preconditions.CheckNotBlank(connectionString));
        options.DatabaseSchemaName = Preconditions.CheckNotBlank(schema);
        options.Events.StreamIdentity = StreamIdentity.AsString;
        options.Events.MetadataConfig.HeadersEnabled = true;
        options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase, json =>
        {
            json.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
            json.MaxDepth = KeyAccountJson.MaxDepth;
        });
        foreach (var (type, wireName) in EventTypeMap.All)
        {
            options.Events.MapEventType(type, wireName);
        }

        options.Schema.For<ProcessCheckpoint>().Identity(c => c.Id);
        return options;
    }
}
