using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace KeyAccount.SalesOffice.Tests.ScaleOut;

/// <summary>
/// One sales-office host as its own operating-system process: the sample host's build output started with
/// <c>dotnet KeyAccount.SalesOffice.dll</c> on a loopback port, on PostgreSQL in a given schema. It can be killed
/// (SIGKILL: no shutdown, no flush) and started again on the same port.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly string connectionString;
    private readonly string schema;
    private readonly Queue<string> output = new();
    private Process? process;

    private HostProcess(int port, string connectionString, string schema)
    {
        Port = port;
        this.connectionString = connectionString;
        this.schema = schema;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    public int Port { get; }

    public Uri BaseAddress { get; }

    /// <summary>Gets the last lines the host wrote, for a failure message.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return string.Join('\n', output);
            }
        }
    }

    /// <summary>Starts a host on a free loopback port and waits until it answers.</summary>
    public static async Task<HostProcess> StartAsync(string connectionString, string schema)
    {
        var host = new HostProcess(FreePort(), connectionString, schema);
        await host.StartAsync();
        return host;
    }

    /// <summary>Starts the host (again) on its port and waits until it answers.</summary>
    public async Task StartAsync()
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(Dll)!,
        };
        foreach (var argument in new[]
        {
            Dll, "--urls", BaseAddress.ToString(), "--KeyAccount:Postgres", connectionString, "--KeyAccount:Schema", schema,
            "--Logging:LogLevel:Default", "Warning", "--Logging:LogLevel:Microsoft.Hosting.Lifetime", "Information",
        })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(240))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The host on port {Port} exited with {process.ExitCode}:\n{Output}");
            }

            try
            {
                if ((await client.GetAsync("/rules")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The host on port {Port} did not answer within 240 s:\n{Output}");
    }

    /// <summary>Kills the host at once (SIGKILL), as a crash would.</summary>
    public void Kill()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process?.Dispose();
        process = null;
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        return ValueTask.CompletedTask;
    }

    /// <summary>Gets the sample host's build output: the same configuration as this test's, built with the solution.</summary>
    public static string Dll { get; } = FindDll();

    private static string FindDll()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var root = testOutput;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "KeyAccount.Domain.sln")))
        {
            root = root.Parent;
        }

        var dll = root is null ? null : Path.Combine(root.FullName, "samples", "KeyAccount.SalesOffice", "bin", configuration, framework, "KeyAccount.SalesOffice.dll");
        return dll is not null && File.Exists(dll)
            ? dll
            : throw new FileNotFoundException($"The sample host is not built for {configuration}/{framework}: build the solution first.", dll);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Enqueue(line);
            if (output.Count > 200)
            {
                output.Dequeue();
            }
        }
    }
}
