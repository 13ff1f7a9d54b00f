using HarAcademy.Bench;

// bcrypt-rate [work factor] [threads] [seconds]: BCrypt verifications per second, the upper bound for sign-ins.
// graph [--replicas N] [--without a,b] [--parameter name=value]... [--set resource:NAME=VALUE]...: starts the AppHost's graph, prints its addresses as one JSON
// line once healthy, and runs until SIGTERM or stdin closes.
return args switch
{
    ["bcrypt-rate", .. var rest] => BcryptRate.Run(rest),
    ["graph", .. var rest] => await BenchGraph.RunAsync(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: HarAcademy.Bench bcrypt-rate [work-factor=12] [threads=16] [seconds=10]");
    Console.Error.WriteLine("       HarAcademy.Bench graph [--replicas N] [--without a,b] [--parameter name=value]... [--set resource:NAME=VALUE]...");
    return 2;
}
