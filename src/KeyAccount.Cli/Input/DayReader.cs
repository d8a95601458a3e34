using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using System.Threading.Tasks;
using KeyAccount.Domain.Reconciliation;

namespace KeyAccount.Cli.Input;

/// <summary>
/// Reads a day's sites, payments and notice copies from CSV files (one kind per file, told by the header) and JSON
/// Lines files (one record per line, with a <c>record</c> property), in two passes: every site first, then every
/// payment and copy, parsed straight into compact records, each noted with its file and line. Every problem is collected
/// as <c>file:line: reason</c>.
/// </summary>
internal sealed class DayReader
{
    private const long ProgressThreshold = 64L << 20;

    /// <summary>Gets or sets the size from which a CSV file is read in parts on every core (4 MiB; tests lower it to
    /// read small files in parts too).</summary>
    internal static long PartedThreshold { get; set; } = 4L << 20;

    private readonly CliConsole console;
    private readonly DayInput day;
    private readonly InputErrors errors = new();
    private readonly Dictionary<string, CsvFormat> formats = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte[]> sheets = new(StringComparer.Ordinal);
    private bool sitesIncomplete;
    private bool stopped;
    private long totalBytes;
    private long doneBytes;
    private int lastPercent = -1;

    private DayReader(CliConsole console, DayInput? day = null)
    {
        this.console = console;
        this.day = day ?? new DayInput();
    }

    private enum FileKind
    {
        Unknown,
        Sites,
        Payments,
        Notices,
    }

    /// <summary>Reads the files and directories (a directory stands for its <c>*.csv</c> files).</summary>
    /// <param name="paths">The paths as given on the command line.</param>
    /// <param name="console">Where progress goes.</param>
    /// <returns>The day, or the problems found.</returns>
    public static (DayInput? Day, InputErrors Errors) Read(IReadOnlyList<string> paths, CliConsole console) =>
        new DayReader(console).Run(paths);

    private (DayInput? Day, InputErrors Errors) Run(IReadOnlyList<string> paths)
    {
        var reader = this;
        var files = reader.Expand(paths);
        if (reader.errors.Any)
        {
            return (null, reader.errors);
        }

        reader.totalBytes = files.Sum(f => reader.Length(f)) * 2;
        var classified = new List<(string File, FileKind Kind, int[] Columns, int Width)>();
        reader.formats.Clear();
        foreach (var file in files)
        {
            if (IsJsonLines(file))
            {
                reader.ReadJsonLines(file, sitesOnly: true);
                classified.Add((file, FileKind.Unknown, [], 0));
            }
            else if (reader.ReadCsvHeader(file) is { } header)
            {
                if (header.Kind == FileKind.Sites)
                {
                    reader.ReadCsv(file, header.Kind, header.Columns, header.Width);
                }
                else
                {
                    reader.doneBytes += Length(file);
                }

                classified.Add((file, header.Kind, header.Columns, header.Width));
            }
        }

        if (!reader.errors.Any && classified.TrueForAll(c => c.Kind is FileKind.Payments or FileKind.Notices))
        {
            reader.errors.Add("no sites file given (a CSV file with the columns site and sales_mode, or 案场 and 销售模式)");
            return (null, reader.errors);
        }

        // A site left out by a sites file that could not be read is not reported again as unknown for each payment.
        reader.sitesIncomplete = reader.errors.Any;
        foreach (var (file, kind, columns, width) in classified)
        {
            if (kind == FileKind.Unknown)
            {
                reader.ReadJsonLines(file, sitesOnly: false);
            }
            else if (kind != FileKind.Sites)
            {
                reader.ReadCsv(file, kind, columns, width);
            }
            else
            {
                reader.doneBytes += Length(file);
            }
        }

        reader.ClearProgress();

        return reader.errors.Any ? (null, reader.errors) : (reader.day, reader.errors);
    }

    private static bool IsJsonLines(string file) =>
        file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    private List<string> Expand(IReadOnlyList<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var csvFiles = Directory.GetFiles(path, "*.csv").Concat(Directory.GetFiles(path, "*.xlsx")).Order(StringComparer.Ordinal).ToList();
                if (csvFiles.Count == 0)
                {
                    errors.Add($"{path}: the directory has no .csv or .xlsx file");
                }

                csvFiles.ForEach(f => AddFile(files, f));
            }
            else if (File.Exists(path))
            {
                AddFile(files, path);
            }
            else
            {
                errors.Add($"{path}: no such file or directory");
            }
        }

        return files;
    }

    // A workbook stands for its sheets, each named book.xlsx[sheet] and read as a CSV file from memory.
    private void AddFile(List<string> files, string path)
    {
        if (!Workbook.Is(path))
        {
            files.Add(path);
            return;
        }

        if (Workbook.TryRead(path, out var read) is { } unreadable)
        {
            errors.Add(unreadable);
            return;
        }

        foreach (var (name, text) in read)
        {
            var sheet = $"{path}[{name}]";
            sheets[sheet] = text;
            files.Add(sheet);
        }
    }

    private long Length(string file) => sheets.TryGetValue(file, out var text) ? text.Length : new FileInfo(file).Length;

    private Stream Open(string file) => sheets.TryGetValue(file, out var text) ? new MemoryStream(text, writable: false) : File.OpenRead(file);

    private (FileKind Kind, int[] Columns, int Width)? ReadCsvHeader(string file)
    {
        var format = sheets.ContainsKey(file) ? CsvFormat.Sheet : CsvFormat.Detect(file);
        formats[file] = format;
        if (!format.IsUtf8)
        {
            console.Error.WriteLine($"{file}: read as {format.EncodingName}");
        }

        using var rows = new CsvRows(Open(file), format);
        if (!rows.TryRead(out var problem))
        {
            errors.Add(file, 1, problem ?? "empty file: a header row is expected");
            return null;
        }

        if (rows.Count == 1 && rows[0].IsEmpty)
        {
            errors.Add(file, 1, "empty file: a header row is expected");
            return null;
        }

        var names = Enumerable.Range(0, rows.Count).Select(i => rows[i].ToString()).ToArray();
        var kind = Vocabulary.SalesMode.IndexIn(names) >= 0 ? FileKind.Sites
            : Vocabulary.Copy.IndexIn(names) >= 0 ? FileKind.Notices
            : Vocabulary.Channel.IndexIn(names) >= 0 || Vocabulary.Collector.IndexIn(names) >= 0 ? FileKind.Payments
            : FileKind.Unknown;
        if (kind == FileKind.Unknown)
        {
            errors.Add(file, 1, "not a sites file (a 'sales_mode' column), a payments file (a 'channel' column) or a notices file (a 'copy' column)");
            return null;
        }

        var wanted = kind switch
        {
            FileKind.Sites => Vocabulary.SiteColumns,
            FileKind.Payments => Vocabulary.PaymentColumns,
            _ => Vocabulary.NoticeColumns,
        };
        if (wanted.Select(c => (Column: c, Fields: c.IndicesIn(names))).FirstOrDefault(c => c.Fields.Count > 1) is { Column: { } twice } given)
        {
            errors.Add(file, 1, $"column {twice} is given twice, as fields {given.Fields[0] + 1} and {given.Fields[1] + 1}; keep one");
            return null;
        }

        var columns = wanted.Select(c => c.IndexIn(names)).ToArray();
        var missing = wanted.Where((c, i) => columns[i] < 0).ToList();
        if (missing.Count > 0)
        {
            errors.Add(file, 1, $"missing column{(missing.Count > 1 ? "s" : string.Empty)} {string.Join(", ", missing)}");
            return null;
        }

        return (kind, columns, names.Length);
    }

    private void ReadCsv(string file, FileKind kind, int[] columns, int fieldCount)
    {
        var format = formats[file];
        var length = Length(file);
        if (kind != FileKind.Sites)
        {
            day.StartFile(file);
        }

        if (kind == FileKind.Sites || sheets.ContainsKey(file) || length < PartedThreshold || Environment.ProcessorCount < 2)
        {
            var start = doneBytes;
            ReadRows(file, new CsvRows(Open(file), format), header: true, kind, columns, fieldCount, length, start);
            doneBytes = start + length;
            return;
        }

        ReadCsvInParts(file, format, kind, columns, fieldCount, length);
    }

    // A large file is cut at line breaks into a few parts per core, each parsed by its own reader on its own thread,
    // with its own problems, into its own range of slots of the day's buffers (one slot per line), which are then
    // closed up in the order of the file with the runs of lines they were read from: the same day and the same problems,
    // in the same order, as one reader gives, and the records held once. The lines before each part are counted first,
    // so that every problem and record names its line.
    private void ReadCsvInParts(string file, CsvFormat format, FileKind kind, int[] columns, int fieldCount, long length)
    {
        using var handle = File.OpenHandle(file);
        var bounds = Bounds(handle, length, (int)Math.Min(Environment.ProcessorCount * 4L, Math.Max(2, length / PartedThreshold * 2)));
        var parts = bounds.Length - 1;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        var linesBefore = new long[parts + 1];
        Parallel.For(0, parts, options, k => linesBefore[k + 1] = CountLines(handle, bounds[k], bounds[k + 1]));
        for (var k = 0; k < parts; k++)
        {
            linesBefore[k + 1] += linesBefore[k];
        }

        var lines = (int)Math.Min(Array.MaxLength, linesBefore[parts] + 1);
        var first = day.OpenSlots(kind == FileKind.Payments ? lines : 0, kind == FileKind.Notices ? lines : 0);
        var readers = new DayReader?[parts];
        Parallel.For(0, parts, options, k =>
        {
            // A part ends after a line break, but the last may end with a line that has none.
            var slots = (int)(linesBefore[k + 1] - linesBefore[k] + (k == parts - 1 ? 1 : 0));
            var window = kind == FileKind.Payments
                ? new DayInput.Window(first.Payments + (int)linesBefore[k], slots, first.Notices, 0)
                : new DayInput.Window(first.Payments, 0, first.Notices + (int)linesBefore[k], slots);
            var part = new DayReader(console, new DayInput(day, window)) { sitesIncomplete = sitesIncomplete };
            part.ReadRows(file, new CsvRows(new FileWindow(handle, bounds[k], bounds[k + 1]), format, linesBefore[k]), header: k == 0, kind, columns, fieldCount, bounds[k + 1] - bounds[k], progressFrom: null);
            readers[k] = part;
        });

        var written = new List<DayInput>(parts);
        foreach (var part in readers)
        {
            errors.Append(part!.errors);
            written.Add(part.day);
            day.Negatives.AddRange(part.day.Negatives);
            if (part.stopped)
            {
                break;
            }
        }

        day.CloseSlots(first, written);
        doneBytes += length;
        Progress(file, doneBytes);
    }

    // Where the parts start: near equal shares of the file, each moved on to just after a line break; the last bound
    // is the file's length.
    private static long[] Bounds(Microsoft.Win32.SafeHandles.SafeFileHandle handle, long length, int parts)
    {
        var bounds = new List<long> { 0 };
        var buffer = new byte[1 << 16];
        for (var k = 1; k < parts; k++)
        {
            var at = Math.Max(bounds[^1], length * k / parts);
            while (at < length)
            {
                var read = RandomAccess.Read(handle, buffer, at);
                var newline = buffer.AsSpan(0, read).IndexOf((byte)'\n');
                if (newline >= 0)
                {
                    at += newline + 1;
                    break;
                }

                at += read;
            }

            if (at < length && at > bounds[^1])
            {
                bounds.Add(at);
            }
        }

        bounds.Add(length);
        return [.. bounds];
    }

    private static long CountLines(Microsoft.Win32.SafeHandles.SafeFileHandle handle, long start, long end)
    {
        var buffer = new byte[1 << 16];
        long count = 0;
        for (var at = start; at < end;)
        {
            var read = RandomAccess.Read(handle, buffer.AsSpan(0, (int)Math.Min(buffer.Length, end - at)), at);
            if (read == 0)
            {
                break;
            }

            count += buffer.AsSpan(0, read).Count((byte)'\n');
            at += read;
        }

        return count;
    }

    // Reads the rows of a whole file, whose first line is its header, or of a part of one that starts after some lines,
    // into this reader's day.
    private void ReadRows(string file, CsvRows rows, bool header, FileKind kind, int[] columns, int fieldCount, long length, long? progressFrom)
    {
        using var owned = rows;
        if (header && !rows.TryRead(out _))
        {
            return;
        }

        var read = 0;
        long sampled = 0;
        string? problem;
        while (rows.TryRead(out problem))
        {
            if (progressFrom is { } from && (rows.LineNumber & 0xFFFF) == 0 && rows.Position >= 0)
            {
                Progress(file, from + rows.Position);
            }

            if (read < 1024)
            {
                sampled += rows.RawBytes;
                if (++read == 1024)
                {
                    Reserve(kind, length, sampled);
                }
            }

            if (rows.IsEmpty)
            {
                continue;
            }

            var number = rows.LineNumber;
            if (rows.Count != fieldCount)
            {
                errors.Add(file, number, $"{rows.Count} fields where the header has {fieldCount} (a comma inside a value must be quoted)");
                continue;
            }

            var at = new Where(file, number);
            switch (kind)
            {
                case FileKind.Sites:
                    AddSite(at, rows[columns[0]], rows[columns[1]]);
                    break;
                case FileKind.Payments:
                    AddPayment(at, rows[columns[0]], rows[columns[1]], rows[columns[2]], rows[columns[3]], rows[columns[4]], rows[columns[5]], rows[columns[6]]);
                    break;
                default:
                    AddNotice(at, rows[columns[0]], rows[columns[1]], rows[columns[2]], rows[columns[3]], rows[columns[4]], rows[columns[5]]);
                    break;
            }
        }

        if (problem is not null)
        {
            // One line for the file: the lines after it cannot be read reliably.
            errors.Add(file, rows.LineNumber, problem);
            stopped = true;
        }
    }

    private void ReadJsonLines(string file, bool sitesOnly)
    {
        using var lines = new Utf8LineReader(File.OpenRead(file));
        if (!sitesOnly)
        {
            day.StartFile(file);
        }

        var start = doneBytes;
        var any = false;
        while (TryRead(file, lines, out var line, report: sitesOnly))
        {
            if ((lines.LineNumber & 0xFFFF) == 0)
            {
                Progress(file, start + lines.Position);
            }

            if (line.Trim(" \t"u8).IsEmpty)
            {
                continue;
            }

            any = true;
            var at = new Where(file, lines.LineNumber);
            if (!Utf8.IsValid(line))
            {
                if (sitesOnly)
                {
                    errors.Add(file, at.Line, "not valid UTF-8; save the file as UTF-8");
                }

                continue;
            }

            ReadJsonRecord(at, line, sitesOnly);
        }

        if (!any && sitesOnly)
        {
            errors.Add(file, 1, "empty file: one JSON record per line is expected");
        }

        doneBytes = start + lines.Position;
    }

    // Sizes the record buffers once from the length of the first lines, instead of doubling them as rows come in:
    // a large day then needs no spare capacity and no copy of the records while growing.
    private void Reserve(FileKind kind, long fileLength, long sampled)
    {
        var estimate = (long)(fileLength / (sampled / 1024.0) * 1.02);
        if (kind == FileKind.Payments)
        {
            day.Reserve(estimate, 0);
        }
        else if (kind == FileKind.Notices)
        {
            day.Reserve(0, estimate);
        }
    }

    private bool TryRead(string file, Utf8LineReader lines, out ReadOnlySpan<byte> line, bool report = true)
    {
        try
        {
            return lines.TryReadLine(out line);
        }
        catch (InvalidDataException)
        {
            if (report)
            {
                errors.Add(file, lines.LineNumber + 1, $"the line is longer than {Utf8LineReader.MaxLineLength} bytes");
            }

            stopped = true;

            line = default;
            return false;
        }
    }

    private void ReadJsonRecord(Where at, ReadOnlySpan<byte> line, bool sitesOnly)
    {
        var values = new string[Vocabulary.PaymentColumns.Length + 3];
        string? record = null;
        try
        {
            var reader = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = 4 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException("a JSON object is expected");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                reader.Read();
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    reader.Skip();
                    continue;
                }

                var value = reader.TokenType == JsonTokenType.String
                    ? reader.GetString()!
                    : Encoding.UTF8.GetString(reader.ValueSpan);
                if (name == "record")
                {
                    record = value;
                    continue;
                }

                var slot = Array.FindIndex(JsonColumns, c => c.English == name || c.Chinese == name);
                if (slot >= 0)
                {
                    values[slot] = value;
                }
            }
        }
        catch (JsonException e)
        {
            if (sitesOnly)
            {
                errors.Add(at.File, at.Line, "not a JSON object: " + e.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0]);
            }

            return;
        }
        catch (InvalidOperationException)
        {
            // The line is valid UTF-8; a string that cannot be read as text holds an escaped surrogate without its pair.
            if (sitesOnly)
            {
                errors.Add(at.File, at.Line, "a string holds an unpaired surrogate escape (\\uD800–\\uDFFF without its pair)");
            }

            return;
        }

        ReadOnlySpan<char> V(Column c) => values[Array.IndexOf(JsonColumns, c)];
        string? Missing(params Column[] needed) =>
            needed.Where(c => values[Array.IndexOf(JsonColumns, c)] is null).Select(c => $"'{c.English}'").ToList() is { Count: > 0 } m
                ? $"missing propert{(m.Count > 1 ? "ies" : "y")} {string.Join(", ", m)}"
                : null;

        switch (record)
        {
            case "site" when sitesOnly:
                if (Missing(Vocabulary.SiteColumns) is { } ms)
                {
                    errors.Add(at.File, at.Line, ms);
                    return;
                }

                AddSite(at, V(Vocabulary.Site), V(Vocabulary.SalesMode));
                return;
            case "payment" when !sitesOnly:
                if (Missing(Vocabulary.PaymentColumns) is { } mp)
                {
                    errors.Add(at.File, at.Line, mp);
                    return;
                }

                AddPayment(at, V(Vocabulary.NoticeNo), V(Vocabulary.Site), V(Vocabulary.Date), V(Vocabulary.Amount), V(Vocabulary.Currency), V(Vocabulary.Channel), V(Vocabulary.Collector));
                return;
            case "notice" when !sitesOnly:
                if (Missing(Vocabulary.NoticeColumns) is { } mn)
                {
                    errors.Add(at.File, at.Line, mn);
                    return;
                }

                AddNotice(at, V(Vocabulary.NoticeNo), V(Vocabulary.Site), V(Vocabulary.Date), V(Vocabulary.Amount), V(Vocabulary.Currency), V(Vocabulary.Copy));
                return;
            case "site" or "payment" or "notice":
                return;
            default:
                if (sitesOnly)
                {
                    errors.Add(at.File, at.Line, "property 'record' must be \"site\", \"payment\" or \"notice\"");
                }

                return;
        }
    }

    private static readonly Column[] JsonColumns =
    [
        Vocabulary.Site, Vocabulary.SalesMode, Vocabulary.NoticeNo, Vocabulary.Date, Vocabulary.Amount,
        Vocabulary.Currency, Vocabulary.Channel, Vocabulary.Collector, Vocabulary.Copy,
    ];

    private void AddSite(Where at, ReadOnlySpan<char> code, ReadOnlySpan<char> mode)
    {
        if (code.IsEmpty)
        {
            errors.Add(at.File, at.Line, $"{Vocabulary.Site}: the site code is empty");
        }
        else if (!Vocabulary.TryMode(mode, out var salesMode))
        {
            errors.Add(at.File, at.Line, $"{Vocabulary.SalesMode}: '{Vocabulary.Show(mode)}' is not agency (代理) or underwriting (包销)");
        }
        else if (day.AddSite(code.ToString(), salesMode) is { } conflict)
        {
            errors.Add(at.File, at.Line, conflict);
        }
    }

    private void AddPayment(Where at, ReadOnlySpan<char> notice, ReadOnlySpan<char> site, ReadOnlySpan<char> date, ReadOnlySpan<char> amount, ReadOnlySpan<char> currency, ReadOnlySpan<char> channel, ReadOnlySpan<char> collector)
    {
        if (!Common(at, notice, site, date, amount, currency, out var number, out var siteIndex, out var dayNumber, out var minor, out var code))
        {
            return;
        }

        if (!Vocabulary.TryChannel(channel, out var ch))
        {
            errors.Add(at.File, at.Line, $"{Vocabulary.Channel}: '{Vocabulary.Show(channel)}' is not cash, bank_card, bank_transfer or cheque (现金, 刷卡, 转账, 支票)");
            return;
        }

        if (!Vocabulary.TryCollector(collector, out var co))
        {
            errors.Add(at.File, at.Line, $"{Vocabulary.Collector}: '{Vocabulary.Show(collector)}' is not developer or company_cashier (开发商, 公司收银)");
            return;
        }

        NoteNegative(at, EntryKind.Payment, number, minor, code);
        day.Add(new PaymentRecord(number, siteIndex, dayNumber, minor, code, ch, co), at.Line);
    }

    private void AddNotice(Where at, ReadOnlySpan<char> notice, ReadOnlySpan<char> site, ReadOnlySpan<char> date, ReadOnlySpan<char> amount, ReadOnlySpan<char> currency, ReadOnlySpan<char> copy)
    {
        if (!Common(at, notice, site, date, amount, currency, out var number, out var siteIndex, out var dayNumber, out var minor, out var code))
        {
            return;
        }

        if (!Vocabulary.TryCopy(copy, out var kind))
        {
            errors.Add(at.File, at.Line, $"{Vocabulary.Copy}: '{Vocabulary.Show(copy)}' is not clerk or cashier (文员联, 收银联)");
            return;
        }

        NoteNegative(at, kind, number, minor, code);
        day.Add(kind, new RemittanceNoticeRecord(number, siteIndex, dayNumber, minor, code), at.Line);
    }

    // Notes a payment or copy with a negative amount, which the report flags with its file and line.
    private void NoteNegative(Where at, EntryKind side, long number, long minor, CurrencyCode code)
    {
        if (minor < 0)
        {
            day.Negatives.Add(new SourceRecord(side, number, at.File, at.Line, minor, code));
        }
    }

    private bool Common(Where at, ReadOnlySpan<char> notice, ReadOnlySpan<char> site, ReadOnlySpan<char> date, ReadOnlySpan<char> amount, ReadOnlySpan<char> currency, out long number, out int siteIndex, out int dayNumber, out long minor, out CurrencyCode code)
    {
        siteIndex = 0;
        dayNumber = 0;
        minor = 0;
        code = default;
        if (!Vocabulary.TryNoticeNo(notice, out number))
        {
            errors.Add(at.File, at.Line, $"{Vocabulary.NoticeNo}: '{Vocabulary.Show(notice)}' is not a positive whole number or RN- and digits (a remittance notice number)");
            return false;
        }

        if (!day.TryFindSite(site, out siteIndex))
        {
            if (!sitesIncomplete)
            {
                errors.Add(at.File, at.Line, $"{Vocabulary.Site}: unknown site '{Vocabulary.Show(site)}' (not in any sites file)");
            }

            return false;
        }

        if (!Vocabulary.TryDate(date, out dayNumber))
        {
            errors.Add(at.File, at.Line, $"{Vocabulary.Date}: '{Vocabulary.Show(date)}' is not a date yyyy-MM-dd");
            return false;
        }

        if (!Vocabulary.TryAmount(amount, out minor))
        {
            errors.Add(at.File, at.Line, Vocabulary.IsTooLarge(amount)
                ? $"{Vocabulary.Amount}: '{Vocabulary.Show(amount)}' is too large (at most {Vocabulary.MaxWholeDigits} digits before the decimal point)"
                : $"{Vocabulary.Amount}: '{Vocabulary.Show(amount)}' is not an amount with at most two decimals");
            return false;
        }

        if (!Vocabulary.TryCurrency(currency, out code))
        {
            errors.Add(at.File, at.Line, $"{Vocabulary.Currency}: unknown currency '{Vocabulary.Show(currency)}'");
            return false;
        }

        return true;
    }

    private void Progress(string file, long position)
    {
        if (!console.ShowsProgress || totalBytes < ProgressThreshold)
        {
            return;
        }

        var percent = (int)(100 * Math.Min(1.0, (double)position / totalBytes));
        if (percent != lastPercent)
        {
            lastPercent = percent;
            console.Error.Write($"\rreading {Path.GetFileName(file)}… {percent,3}%");
        }
    }

    private void ClearProgress()
    {
        if (lastPercent >= 0)
        {
            console.Error.Write("\r" + new string(' ', 60) + "\r");
        }
    }

    private readonly record struct Where(string File, long Line);
}
