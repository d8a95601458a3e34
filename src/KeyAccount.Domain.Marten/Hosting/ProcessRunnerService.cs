using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KeyAccount.Domain.Hosting;

/// <summary>
/// Runs <see cref="KeyAccountProcesses"/> in the background: polls the stores' global reads after the checkpoints,
/// then waits <see cref="KeyAccountDomainOptions.ProcessPollInterval"/>. A failing run is logged and retried at the
/// next poll (delivery is at least once; command IDs derived from the source events keep effects single, GEN-03).
/// </summary>
internal sealed partial class ProcessRunnerService(KeyAccountProcesses processes, KeyAccountDomainOptions options, ILogger<ProcessRunnerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await processes.RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed poll must not stop the host; it is logged and retried.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogFailed(logger, e);
            }

            try
            {
                await Task.Delay(options.ProcessPollInterval, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Error, Message = "A process run failed; it is retried at the next poll")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
