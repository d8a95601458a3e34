using System;
using System.Collections.Generic;

namespace KeyAccount.Cli.Input;

/// <summary>
/// Where each record of one of a day's buffers was read, with no memory per record: the records are kept in the order
/// of the files and their lines, so the buffer falls into runs of records read from consecutive lines of one file, and
/// a record's line is its run's first line plus its distance from the run's first slot. A file starts a run, and so
/// does every record after lines that gave none (a header, blank lines; in a JSON Lines file the sites and the records
/// of the other buffer): a short list per file.
/// </summary>
internal sealed class RecordLines
{
    private readonly List<Run> runs = [];
    private Run last = new(-1, -1, 0);

    /// <summary>Notes the file and line of the record in a slot; slots are noted in increasing order.</summary>
    /// <param name="slot">The record's slot.</param>
    /// <param name="file">The index of the file it was read from.</param>
    /// <param name="line">The 1-based line it was read from.</param>
    public void Note(int slot, int file, long line)
    {
        if (slot != last.Slot + 1 || file != last.File || line != last.Line + 1)
        {
            runs.Add(new Run(slot, file, line));
        }

        last = new Run(slot, file, line);
    }

    /// <summary>Takes on the runs of a part of a file whose records were moved to start at a slot of this buffer.</summary>
    /// <param name="part">The part's runs, its slots counted from its first record.</param>
    /// <param name="start">The slot of the part's first record in this buffer.</param>
    public void Append(RecordLines part, int start)
    {
        foreach (var run in part.runs)
        {
            Note(start + run.Slot, run.File, run.Line);
        }

        if (part.runs.Count > 0)
        {
            last = new Run(start + part.last.Slot, part.last.File, part.last.Line);
        }
    }

    /// <summary>Forgets every run, as the buffer is emptied.</summary>
    public void Clear()
    {
        runs.Clear();
        runs.Capacity = 0;
        last = new Run(-1, -1, 0);
    }

    /// <summary>Gets the file and line of the record in a slot.</summary>
    /// <param name="slot">A slot noted.</param>
    /// <returns>The index of the file and the 1-based line the record was read from.</returns>
    public (int File, long Line) At(int slot)
    {
        int low = 0, high = runs.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (runs[middle].Slot <= slot)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        if (runs.Count == 0 || runs[low].Slot > slot)
        {
            throw new ArgumentOutOfRangeException(nameof(slot), slot, "No record was noted in this slot.");
        }

        return (runs[low].File, runs[low].Line + (slot - runs[low].Slot));
    }

    private readonly record struct Run(int Slot, int File, long Line);
}
