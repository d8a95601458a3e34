using System.Collections.Generic;
using System.IO;

namespace KeyAccount.Cli.Input;

/// <summary>The problems found in the input, each as <c>file:line: reason</c>; the first few are kept.</summary>
internal sealed class InputErrors
{
    /// <summary>The most problems kept for printing.</summary>
    public const int Kept = 50;

    private readonly List<string> messages = [];

    /// <summary>Gets the number of problems found.</summary>
    public long Count { get; private set; }

    /// <summary>Gets whether there is any problem.</summary>
    public bool Any => Count > 0;

    /// <summary>Records a problem at a line.</summary>
    /// <param name="file">The file as named on the command line.</param>
    /// <param name="line">The 1-based line.</param>
    /// <param name="reason">What is wrong.</param>
    public void Add(string file, long line, string reason) => Add($"{file}:{line}: {reason}");

    /// <summary>Records a problem with a whole file.</summary>
    /// <param name="message">The message.</param>
    public void Add(string message)
    {
        Count++;
        if (messages.Count < Kept)
        {
            messages.Add(message);
        }
    }

    /// <summary>Adds the problems of a part of the input read on its own, after those already found.</summary>
    /// <param name="other">The part's problems.</param>
    public void Append(InputErrors other)
    {
        foreach (var m in other.messages)
        {
            if (messages.Count < Kept)
            {
                messages.Add(m);
            }
        }

        Count += other.Count;
    }

    /// <summary>Writes the problems kept, and how many more there are.</summary>
    /// <param name="writer">Where to write.</param>
    public void WriteTo(TextWriter writer)
    {
        foreach (var m in messages)
        {
            writer.WriteLine(m);
        }

        if (Count > messages.Count)
        {
            writer.WriteLine($"… and {Count - messages.Count} more problems");
        }
    }
}
