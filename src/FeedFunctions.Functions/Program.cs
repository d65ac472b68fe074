using FeedFunctions;
using FeedFunctions.Api;
using FeedFunctions.Functions;
using FeedFunctions.Hosting;
using FeedFunctions.Web;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddFeedFunctionsCore(builder.Configuration);
builder.Services.AddFeedFunctionsApiServices();
builder.Services.AddFeedFunctionsWeb();
builder.Services.AddFunctionsAppChecks();
// Adds a span per function invocation, linked to the trace of the host that triggered it.
builder.AddFeedFunctionsTelemetry().UseFunctionsWorkerDefaults();
builder.Build().Run();
