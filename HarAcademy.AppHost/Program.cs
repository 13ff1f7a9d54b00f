using HarAcademy.Hosting.LocalProcesses;
using Microsoft.Extensions.Configuration;

// The Har Academy graph (docs/architecture.md). Run mode: every resource is a local process under DCP, on the ports
// below (free ones in tests); publish mode: the deployment manifest (containers and projects).
var builder = DistributedApplication.CreateBuilder(args);
builder.RestartCrashedProcesses();
builder.RunProjectsFromBuildOutput();
builder.RunServicesInAppHostEnvironment();
builder.CheckHealthPromptly();

var postgres = builder.AddLocalPostgres("postgres", port: 5432);
var redis = builder.AddLocalRedis("redis", port: 6379);
var chroma = builder.AddLocalChroma("chroma", installDirectory: "../tools/chroma", port: 8100);

// One database per service, created on the server at start; each service references only its own.
var authDb = postgres.AddDatabase("authdb", "har_auth");
var coursesDb = postgres.AddDatabase("coursesdb", "har_courses");
var paymentsDb = postgres.AddDatabase("paymentsdb", "har_payments");
var aiDb = postgres.AddDatabase("aidb", "har_ai");

var webOrigins = builder.AddParameter("web-origins");
// Services believe X-Forwarded-For only from requests carrying this secret, which only the gateway adds.
var gatewayProof = builder.AddGeneratedPassword("gateway-proof");

var auth = builder.AddProject<Projects.HarAcademy_Auth>("auth")
    .WithDirectHttpEndpoint(port: 3001)
    .WithEnvironment("ForwardedHeaders__GatewayProof", gatewayProof)
    // Seals the token-signing keys in the database: a copy of the database alone cannot sign tokens.
    .WithEnvironment("Auth__KeyEncryptionKey", builder.AddGeneratedPassword("auth-key-encryption-key"))
    .WithReference(authDb).WaitFor(authDb)
    .WithReference(redis).WaitFor(redis)
    .WithHttpHealthCheck("/health");

var courses = builder.AddProject<Projects.HarAcademy_Courses>("courses")
    .WithDirectHttpEndpoint(port: 3002)
    .WithEnvironment("ForwardedHeaders__GatewayProof", gatewayProof)
    // Signs the short-lived URLs lessons give for their media (a video element sends no token); shared by replicas.
    .WithEnvironment("Media__SigningKey", builder.AddGeneratedPassword("courses-media-signing-key"))
    .WithReference(coursesDb).WaitFor(coursesDb)
    .WithReference(redis).WaitFor(redis)
    .WithReference(auth).WaitFor(auth)
    .WithHttpHealthCheck("/health");

// Payments: Stripe when the operator gives its keys (parameters stripe-secret-key and stripe-webhook-secret), otherwise
// sandbox mode, whose webhook events are signed with a secret generated here. The operator key lets the dashboard's
// "Reconcile payments" command in (a path the gateway never routes).
var stripeMode = !string.IsNullOrWhiteSpace(builder.Configuration["Parameters:stripe-secret-key"]);
var paymentsOperatorKey = builder.AddGeneratedPassword("payments-operator-key");
var payments = builder.AddProject<Projects.HarAcademy_Payments>("payments")
    .WithDirectHttpEndpoint(port: 3003)
    .WithEnvironment("ForwardedHeaders__GatewayProof", gatewayProof)
    .WithEnvironment("Payments__OperatorKey", paymentsOperatorKey)
    .WithEnvironment("Payments__WebhookSecret", stripeMode
        ? builder.AddParameter("stripe-webhook-secret", secret: true)
        : builder.AddGeneratedPassword("payments-webhook-secret"))
    .WithReference(paymentsDb).WaitFor(paymentsDb)
    .WithReference(redis).WaitFor(redis)
    .WithReference(auth).WaitFor(auth)
    .WithReference(courses).WaitFor(courses)
    .WithHttpHealthCheck("/health")
    .WithHttpCommand("/internal/reconciliation", "Reconcile payments", commandName: "reconcile", commandOptions: new HttpCommandOptions
    {
        Description = "Compare pending payments with the provider's sessions and repair what a lost webhook left behind.",
        IconName = "ArrowSync",
        PrepareRequest = async context => context.Request.Headers.Add("X-Har-Operator-Key", await paymentsOperatorKey.Resource.GetValueAsync(context.CancellationToken)),
    });
if (stripeMode)
{
    payments.WithEnvironment("Payments__StripeSecretKey", builder.AddParameter("stripe-secret-key", secret: true));
}

// The AI service (services/ai, Python on Debian's packages, served by uvicorn): the course tutor, recommendations and
// learner analysis. It indexes the courses' content from the event stream into Chroma; on its first start, and when the
// operator runs "Re-index course content" from the dashboard, it asks the courses service to announce every published
// course again (with the content sync key the two share). With the llm-* parameters set it answers through an
// OpenAI-compatible chat model and retrieves with its embedding model; otherwise in local mode (extractive answers,
// TF-IDF/LSA embeddings).
var contentSyncKey = builder.AddGeneratedPassword("content-sync-key");
courses.WithEnvironment("Courses__ContentSyncKey", contentSyncKey);
auth.WithEnvironment("Auth__ContentSyncKey", contentSyncKey); // learners' names for the AI service's analysis
var aiOperatorKey = builder.AddGeneratedPassword("ai-operator-key");
var ai = builder.AddUvicornApp("ai", "../services/ai", "app.main:app", port: 5000)
    .WithEnvironment("Ai__ContentSyncKey", contentSyncKey)
    .WithEnvironment("Ai__OperatorKey", aiOperatorKey)
    .WithReference(aiDb).WaitFor(aiDb)
    .WithReference(redis).WaitFor(redis)
    .WithReference(chroma).WaitFor(chroma)
    .WithReference(auth).WaitFor(auth)
    .WithReference(courses).WaitFor(courses)
    .WithHttpHealthCheck("/health")
    .WithHttpCommand("/internal/reindex", "Re-index course content", commandName: "reindex", commandOptions: new HttpCommandOptions
    {
        Description = "Forget the tutor's index and rebuild it from every published course.",
        IconName = "ArrowClockwise",
        PrepareRequest = async context => context.Request.Headers.Add("X-Har-Operator-Key", await aiOperatorKey.Resource.GetValueAsync(context.CancellationToken)),
    });
if (!string.IsNullOrWhiteSpace(builder.Configuration["Parameters:llm-base-url"]))
{
    ai.WithEnvironment("Ai__Llm__BaseUrl", builder.AddParameter("llm-base-url"))
        .WithEnvironment("Ai__Llm__ApiKey", builder.AddParameter("llm-api-key", secret: true));
    // Either model may be left out: answers stay extractive without a chat model, retrieval local without an embedding one.
    if (!string.IsNullOrWhiteSpace(builder.Configuration["Parameters:llm-chat-model"]))
    {
        ai.WithEnvironment("Ai__Llm__ChatModel", builder.AddParameter("llm-chat-model"));
    }

    if (!string.IsNullOrWhiteSpace(builder.Configuration["Parameters:llm-embedding-model"]))
    {
        ai.WithEnvironment("Ai__Llm__EmbeddingModel", builder.AddParameter("llm-embedding-model"));
    }
}

// Development accounts (an admin, demo instructors and learners) and the mailbox that stands in for email. Run mode
// only: a deployment has neither. The passwords are generated on the first run and kept in the AppHost's user secrets
// (the dashboard shows them under Parameters), unless the operator sets them.
if (builder.ExecutionContext.IsRunMode)
{
    auth.WithEnvironment("Seed__AdminEmail", builder.AddParameter("admin-email"))
        .WithEnvironment("Seed__AdminPassword", builder.AddGeneratedPassword("admin-password"))
        .WithEnvironment("Seed__DemoPassword", builder.AddGeneratedPassword("demo-password"))
        .WithEnvironment("DevMailbox__Enabled", "true");
    // The demo catalog (16 courses of the demo instructors, with video clips made by ffmpeg) and the uploads' folder.
    courses.WithEnvironment("Seed__Catalog", builder.Configuration["Parameters:seed-catalog"] ?? "true")
        .WithEnvironment("Media__Root", LocalData.DirectoryFor(builder, "courses-media"));
}

// The only public door. Its replicas sit behind DCP's proxy on port 8000, which spreads connections over them.
var gateway = builder.AddProject<Projects.HarAcademy_Gateway>("gateway")
    .WithHttpEndpoint(port: 8000)
    .WithExternalHttpEndpoints()
    .WithReplicas(builder.Configuration.GetValue("Parameters:gateway-replicas", 1))
    .WithReference(redis).WaitFor(redis)
    .WithReference(auth).WaitFor(auth)
    .WithReference(courses).WaitFor(courses)
    .WithReference(payments).WaitFor(payments)
    // Not waited for: the platform opens without its tutor (the gateway answers 503 on /api/v1/ai until it is up).
    .WithOptionalReference(ai)
    .WithEnvironment("Cors__Origins", webOrigins)
    .WithEnvironment("Gateway__ForwardingProof", gatewayProof)
    .WithHttpHealthCheck("/health");

// Services name the public door in their discovery and OpenAPI documents.
auth.WithEnvironment("Auth__PublicUrl", gateway.GetEndpoint("http"));
courses.WithEnvironment("Courses__PublicUrl", gateway.GetEndpoint("http"));

// The web app (web/, docs/web.md), the same origin as the API for the browser: /api and /hubs go to the gateway.
// Run mode: Vite's dev server (hot reload); with Parameters:web-mode=static the production build behind nginx (what
// the browser tests drive); web-mode=none leaves it out (the API suites). Publish mode: its container (web/Dockerfile,
// nginx with the same configuration).
const int WebPort = 3000;
var webMode = builder.ExecutionContext.IsRunMode ? builder.Configuration["Parameters:web-mode"] ?? "dev" : "container";
// The web server is the hop in front of the gateway for browsers: it proves itself with a secret of its own, so the
// gateway believes its X-Forwarded-For and counts each visitor under their own address (not all under the web
// server's), while a client reaching the gateway directly still cannot choose its address.
var webProof = webMode == "none" ? null : builder.AddGeneratedPassword("web-proof");
EndpointReference? webEndpoint = webMode switch
{
    "none" => null,
    "static" => builder.AddStaticWebApp("web", "../web", gateway.GetEndpoint("http"), webProof, port: WebPort)
        .WithReference(gateway).WaitFor(gateway)
        .GetEndpoint("http"),
    _ => builder.AddViteApp("web", "../web", port: WebPort)
        .WithReference(gateway).WaitFor(gateway)
        .WithEnvironment("GATEWAY_URL", gateway.GetEndpoint("http"))
        .WithEnvironment("WEB_PROOF", webProof!)
        .WithExternalHttpEndpoints()
        .GetEndpoint("http"),
};
if (webProof is not null)
{
    gateway.WithEnvironment("ForwardedHeaders__GatewayProof", webProof);
}

// Account emails link to the web app's pages (verify-email, reset-password).
if (webEndpoint is not null)
{
    auth.WithEnvironment("Auth__PublicWebUrl", webEndpoint);
    payments.WithEnvironment("Payments__PublicWebUrl", webEndpoint);
}

// A local run is all loopback HTTP: services read auth's keys over it. A deployment requires HTTPS for them
// (the services' default outside Development) unless its operator decides otherwise.
if (builder.ExecutionContext.IsRunMode)
{
    foreach (var service in builder.Resources.OfType<ProjectResource>().ToList())
    {
        builder.CreateResourceBuilder(service).WithEnvironment("Auth__RequireHttpsMetadata", "false");
    }
}

builder.Build().Run();

/// <summary>Internal: test projects reference both the AppHost and a service, whose public <c>Program</c> WebApplicationFactory needs.</summary>
internal partial class Program;
