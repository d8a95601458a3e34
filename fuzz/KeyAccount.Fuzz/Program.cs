using System;
using System.IO;
using System.Linq;
using SharpFuzz;

namespace KeyAccount.Fuzz;

/// <summary>
/// The fuzzing host. <c>KeyAccount.Fuzz TARGET</c> runs a target under afl-fuzz (SharpFuzz's fork server, one
/// process for many inputs); <c>KeyAccount.Fuzz TARGET PATH...</c> runs it once per file (a directory stands for
/// every file under it) and reports each broken promise, for replaying a corpus or a crash without afl-fuzz.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length == 0 || FuzzTargets.Find(args[0]) is not { } target)
        {
            Console.Error.WriteLine("usage: KeyAccount.Fuzz TARGET [PATH...]");
            foreach (var t in FuzzTargets.All)
            {
                Console.Error.WriteLine($"  {t.Name,-10} {t.Description}");
            }

            return 2;
        }

        if (args.Length == 1)
        {
            Fuzzer.Run(stream => target.Run(ReadAll(stream)));
            return 0;
        }

        return Replay(target, args[1..]);
    }

    private static int Replay(IFuzzTarget target, string[] paths)
    {
        if (paths.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p)) is { } missing)
        {
            Console.Error.WriteLine($"{missing}: no such file or directory");
            return 2;
        }

        var files = paths.SelectMany<string, string>(p => Directory.Exists(p) ? Directory.GetFiles(p, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : [p]).ToList();
        var broken = 0;
        foreach (var file in files)
        {
            try
            {
                target.Run(File.ReadAllBytes(file));
            }
            catch (Exception e)
            {
                broken++;
                Console.Error.WriteLine($"{file}: {e}");
            }
        }

        Console.WriteLine($"{target.Name}: {files.Count} inputs, {broken} broke a promise");
        return broken == 0 ? 0 : 1;
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
