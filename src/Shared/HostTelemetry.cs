using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using FeedFunctions.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace FeedFunctions.Hosting;

/// <summary>OpenTelemetry for both hosts: linked as source into each, so Core never depends on an exporter.</summary>
internal static class HostTelemetry
{
    public const string ConsoleSetting = "Telemetry:Console";

    /// <summary>Traces, metrics and logs to Azure Monitor, else OTLP, else the console when Telemetry:Console is on, else nowhere.</summary>
    public static IOpenTelemetryBuilder AddFeedFunctionsTelemetry(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var telemetry = builder.Services.AddOpenTelemetry()
            .WithTracing(tracing => tracing
                .AddSource(FeedFunctionsTelemetry.SourceName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics.AddMeter(FeedFunctionsTelemetry.MeterName))
            .WithLogging();

        var connectionString = configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            // The Bicep turns off local auth on Application Insights and says so with Authorization=AAD.
            var useEntraId = (configuration["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"] ?? "").Contains("Authorization=AAD", StringComparison.OrdinalIgnoreCase);
            telemetry.UseAzureMonitorExporter(options =>
            {
                options.ConnectionString = connectionString;
                if (useEntraId) options.Credential = new DefaultAzureCredential();
            });
        }
        else if (!string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }
        else if (configuration.GetValue<bool>(ConsoleSetting))
        {
            // Off by default: the command line's output stays clean.
            telemetry.WithTracing(tracing => tracing.AddConsoleExporter())
                .WithMetrics(metrics => metrics.AddConsoleExporter())
                .WithLogging(logging => logging.AddConsoleExporter());
        }
        return telemetry;
    }
}
