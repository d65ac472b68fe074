using FeedFunctions;
using FeedFunctions.Api;
using FeedFunctions.Functions;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddFeedFunctionsCore(builder.Configuration);
builder.Services.AddFeedFunctionsApiServices();
builder.Services.AddFunctionsAppChecks();
builder.Build().Run();
