namespace KeyAccount.Domain.Marten;

/// <summary>A reader's checkpoint as a Marten document (<see cref="MartenCheckpointStore"/>).</summary>
public sealed class ProcessCheckpoint
{
    /// <summary>Gets or sets the reader's name.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Gets or sets the last global position the reader finished.</summary>
    public long Position { get; set; }
}
