using FeedFunctions;
using FeedFunctions.Functions;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddFeedFunctionsCore(builder.Configuration);
builder.Services.AddFunctionsAppChecks();
builder.Build().Run();
