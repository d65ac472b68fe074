using FeedFunctions.Host.Cli;

// The self-host and the command line are one program: `feedfunctions serve` runs the self-host.
return await FeedFunctionsCli.RunAsync(args);
