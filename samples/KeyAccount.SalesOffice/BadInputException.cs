using System;

namespace KeyAccount.SalesOffice;

/// <summary>Input the sales office refuses before it builds a command: the field and why.</summary>
internal sealed class BadInputException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
