namespace KeyAccount.Fuzz;

/// <summary>One event catalogue, as seen by <see cref="EventJsonTarget"/>.</summary>
internal interface ICatalogueProbe
{
    /// <summary>Gets the catalogue's event base type name.</summary>
    string Name { get; }

    /// <summary>Reads a document and checks the answer.</summary>
    /// <param name="document">The document.</param>
    /// <returns>Whether the catalogue accepted it.</returns>
    bool Read(byte[] document);
}
