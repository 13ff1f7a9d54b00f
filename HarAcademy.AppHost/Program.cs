using HarAcademy.Hosting;

// The Har Academy graph. Ports are run mode's (DESIGN.md); tests and --isolated use free random ones.
var builder = DistributedApplication.CreateBuilder(args);

var postgres = builder.AddPostgres("postgres", port: 5432);
var redis = builder.AddRedis("redis", port: 6379);
var chroma = builder.AddChroma("chroma", port: 8100);

// One database per service (DESIGN.md §2), created on the server at start; each service references only its own.
var authDb = postgres.AddDatabase("authdb", "har_auth");
var coursesDb = postgres.AddDatabase("coursesdb", "har_courses");
var paymentsDb = postgres.AddDatabase("paymentsdb", "har_payments");
var aiDb = postgres.AddDatabase("aidb", "har_ai");

var auth = builder.AddProject("auth", "services/HarAcademy.Auth", port: 3001)
    .WithReference(authDb).WaitFor(authDb)
    .WithReference(redis).WaitFor(redis)
    .WithParameter(builder.AddParameter("admin-email", "admin@har.academy"))
    .WithParameter(builder.AddParameter("admin-password", secret: true))
    .WithParameter(builder.AddParameter("demo-password", secret: true));

var gatewayReplicas = int.Parse(builder.AddParameter("gateway-replicas", "1").Value);
builder.AddProject("gateway", "services/HarAcademy.Gateway", port: 8000)
    .WithReplicas(gatewayReplicas)
    .WithReference(redis).WaitFor(redis)
    .WithReference(auth)
    .WithParameter(builder.AddParameter("web-origins", "http://localhost:3000"));

return await builder.Build().RunAsync();

/// <summary>Marks this assembly's entry point for <c>DistributedApplicationTestingBuilder.CreateAsync&lt;Program&gt;()</c>.</summary>
public partial class Program;
