using System;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Identifiers;

/// <summary>
/// Names one event stream: the history of one aggregate instance, e.g. <c>account-3f2c…</c>.
/// </summary>
/// <remarks>The default value of the struct is not a valid stream.</remarks>
[JsonConverter(typeof(StreamIdJsonConverter))]
public readonly record struct StreamId
{
    private readonly string? value;

    /// <summary>Creates a stream name.</summary>
    /// <param name="value">The name; surrounding white space is removed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or white space.</exception>
    public StreamId(string value) => this.value = Preconditions.CheckNotBlank(value);

    /// <summary>Gets the name.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Names the stream of an aggregate instance as <c>{category}-{id}</c>.</summary>
    /// <typeparam name="TId">The identifier type.</typeparam>
    /// <param name="category">The aggregate category, e.g. <c>account</c>.</param>
    /// <param name="id">The instance's identifier.</param>
    /// <returns>The stream name.</returns>
    public static StreamId For<TId>(string category, TId id)
        where TId : struct, IGuidIdentifier<TId> =>
        new($"{Preconditions.CheckNotBlank(category)}-{id.Value:N}");

    /// <inheritdoc />
    public override string ToString() => Value;
}
