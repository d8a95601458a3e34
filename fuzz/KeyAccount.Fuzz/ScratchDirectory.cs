using System;
using System.IO;

namespace KeyAccount.Fuzz;

/// <summary>A directory of this process for the files a target hands to the tool; emptied before each input.</summary>
internal sealed class ScratchDirectory
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"keyaccount-fuzz-{Environment.ProcessId}-{Guid.NewGuid():N}");

    /// <summary>Removes the files of the previous input.</summary>
    public void Clear()
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        Directory.CreateDirectory(path);
    }

    /// <summary>Writes a file.</summary>
    /// <param name="name">The file name.</param>
    /// <param name="content">The bytes.</param>
    /// <returns>The file's path.</returns>
    public string Write(string name, ReadOnlySpan<byte> content)
    {
        var file = Path.Combine(path, name);
        File.WriteAllBytes(file, content.ToArray());
        return file;
    }
}
